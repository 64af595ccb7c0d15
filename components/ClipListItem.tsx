import type { ClipRecord, EntityRecord } from '@/lib/store/schema';
import { useI18n } from './i18n';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';

export interface ClipListItemProps {
  clip: ClipRecord;
  /** The entities it mentions most, with their names. */
  entities: EntityRecord[];
  /** The date shown: publication (or saving) day in the reader's calendar. */
  dateLabel: string;
  readerHref: string;
  selected: boolean;
  tagSuggestionsId?: string;
  onSelect: (selected: boolean) => void;
  onToggleRead: () => void;
  onToggleStar: () => void;
  onDelete: () => void;
  onTags: (tags: string[]) => void;
  onNote: (note: string) => void;
  onFilterEntity: (id: string) => void;
}

/** One clip in the list: title to the reader page, where and when, tags and note in place, and its actions. */
export function ClipListItem(p: ClipListItemProps) {
  const { t, lang } = useI18n();
  const c = p.clip;
  const title = c.title;
  return (
    <li class={`clip${c.read ? ' is-read' : ''}`} data-clip-id={c.id}>
      <div class="clip-head">
        <input type="checkbox" class="clip-select" checked={p.selected} aria-label={t('listSelectClip', title)}
          onChange={(e) => p.onSelect((e.currentTarget as HTMLInputElement).checked)} />
        <div class="clip-main">
          <h3 class="clip-title">
            {!c.read && <span class="unread-dot" title={t('listUnreadMark')}><span class="visually-hidden">{t('listUnreadMark')}: </span></span>}
            <a href={p.readerHref} target="_blank" dir="auto">{title}</a>
          </h3>
          <p class="clip-meta muted">
            <bdi>{c.site}</bdi>
            {' · '}
            <span>{p.dateLabel}</span>
            {!c.hasBody && <span class="badge muted-badge">{t('listImported')}</span>}
          </p>
        </div>
        <button type="button" class={`icon-button star${c.starred ? ' on' : ''}`} aria-pressed={c.starred}
          aria-label={c.starred ? t('listUnstarClip', title) : t('listStarClip', title)} title={c.starred ? t('listUnstar') : t('listStar')}
          onClick={p.onToggleStar}>{c.starred ? '★' : '☆'}</button>
      </div>
      {c.excerpt && <p class="clip-excerpt" dir="auto">{c.excerpt}</p>}
      {p.entities.length > 0 && (
        <ul class="clip-entities" aria-label={t('listMentions')}>
          {p.entities.map((e) => {
            const name = lang === 'fa' ? e.name.fa || e.name.en : e.name.en;
            return (
              <li key={e.id}>
                <button type="button" class="chip" aria-label={t('listFilterByEntity', name)} onClick={() => p.onFilterEntity(e.id)}><bdi>{name}</bdi></button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="clip-foot">
      <TagEditor tags={c.tags} clipTitle={title} onChange={p.onTags} suggestionsId={p.tagSuggestionsId} />
      <NoteEditor note={c.note} clipTitle={title} onSave={p.onNote} />
      <div class="clip-actions">
        <button type="button" class="link-button" aria-label={c.read ? t('listUnreadClip', title) : t('listReadClip', title)} onClick={p.onToggleRead}>
          {c.read ? t('listMarkUnread') : t('listMarkRead')}
        </button>
        <a class="link-button" href={c.url} target="_blank" rel="noopener noreferrer" aria-label={t('listOpenOriginalOf', title)}>{t('listOpenOriginal')}</a>
        <button type="button" class="link-button danger" aria-label={t('listDeleteClip', title)} onClick={p.onDelete}>{t('listDelete')}</button>
      </div>
      </div>
    </li>
  );
}
