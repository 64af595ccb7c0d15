import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface TagEditorProps {
  tags: string[];
  /** The clip's title, for the controls' accessible names. */
  clipTitle: string;
  onChange: (tags: string[]) => void;
  /** id of a <datalist> of tags already in use. */
  suggestionsId?: string;
}

/** Tags edited in place: each one removable, a field to add more (Enter or comma). */
export function TagEditor({ tags, clipTitle, onChange, suggestionsId }: TagEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const add = () => {
    const fresh = draft.split(/[,،]/).map((s) => s.trim()).filter(Boolean);
    setDraft('');
    if (fresh.length > 0) onChange([...tags, ...fresh]);
  };
  return (
    <div class="tags">
      <ul class="tag-list" aria-label={t('readerTags')}>
        {tags.map((tag) => (
          <li key={tag} class="tag">
            <bdi>{tag}</bdi>
            <button type="button" class="tag-remove" aria-label={t('listTagRemove', tag)} title={t('listTagRemove', tag)}
              onClick={() => onChange(tags.filter((x) => x !== tag))}>×</button>
          </li>
        ))}
      </ul>
      <input type="text" class="tag-input" value={draft} placeholder={t('listTagPlaceholder')} aria-label={t('listTagAdd', clipTitle)}
        list={suggestionsId} dir="auto" maxLength={100}
        onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',' || e.key === '،') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={add} />
    </div>
  );
}
