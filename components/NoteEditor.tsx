import { useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface NoteEditorProps {
  note: string;
  clipTitle: string;
  onSave: (note: string) => void;
}

/** The note, edited in place: Ctrl+Enter or "Save note" keeps it, Esc or "Cancel" drops the edit. */
export function NoteEditor({ note, clipTitle, onSave }: NoteEditorProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  const opener = useRef<HTMLButtonElement>(null);
  const close = (save: boolean) => {
    if (save && draft !== note) onSave(draft.trim());
    setEditing(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  if (!editing) {
    return (
      <div class="note">
        {note && <p class="note-text" dir="auto">{note}</p>}
        <button type="button" ref={opener} class="link-button" aria-label={note ? t('listNoteEdit', clipTitle) : t('listNoteAddTo', clipTitle)}
          onClick={() => {
            setDraft(note);
            setEditing(true);
          }}>{note ? t('listNoteEditShort') : t('listNoteAdd')}</button>
      </div>
    );
  }
  return (
    <div class="note editing">
      <textarea ref={(el) => el?.focus()} value={draft} dir="auto" rows={3} maxLength={20_000} aria-label={t('listNoteLabel', clipTitle)}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close(false);
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            close(true);
          }
        }} />
      <div class="row-buttons">
        <button type="button" class="primary" onClick={() => close(true)}>{t('listNoteSave')}</button>
        <button type="button" onClick={() => close(false)}>{t('listNoteCancel')}</button>
      </div>
    </div>
  );
}
