import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface BulkBarProps {
  /** How many clips the list shows (all of them can be selected at once). */
  total: number;
  selected: number;
  onSelectAll: (all: boolean) => void;
  onRead: (read: boolean) => void;
  onStar: (starred: boolean) => void;
  onAddTag: (tag: string) => void;
  onDelete: () => void;
}

/** The count, "select all", and what to do with the selected clips. */
export function BulkBar(p: BulkBarProps) {
  const { t } = useI18n();
  const [tag, setTag] = useState('');
  const all = p.total > 0 && p.selected === p.total;
  return (
    <div class="bulk">
      <label class="select-all">
        <input type="checkbox" checked={all} ref={(el) => {
          if (el) el.indeterminate = p.selected > 0 && !all;
        }} disabled={p.total === 0} onChange={(e) => p.onSelectAll((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('listSelectAll')}</span>
      </label>
      {p.selected > 0 && (
        <div class="bulk-actions" role="group" aria-label={t('listSelected', String(p.selected))}>
          <span class="muted" aria-hidden="true">{t('listSelected', String(p.selected))}</span>
          <button type="button" onClick={() => p.onRead(true)}>{t('listMarkRead')}</button>
          <button type="button" onClick={() => p.onRead(false)}>{t('listMarkUnread')}</button>
          <button type="button" onClick={() => p.onStar(true)}>{t('listStar')}</button>
          <button type="button" onClick={() => p.onStar(false)}>{t('listUnstar')}</button>
          <span class="bulk-tag">
            <input type="text" dir="auto" value={tag} aria-label={t('listBulkTag')} placeholder={t('listTagPlaceholder')} maxLength={100}
              onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && tag.trim()) {
                  p.onAddTag(tag.trim());
                  setTag('');
                }
              }} />
            <button type="button" disabled={!tag.trim()} onClick={() => {
              p.onAddTag(tag.trim());
              setTag('');
            }}>{t('listBulkTagAdd')}</button>
          </span>
          <button type="button" class="danger" onClick={p.onDelete}>{t('listDelete')}</button>
        </div>
      )}
    </div>
  );
}
