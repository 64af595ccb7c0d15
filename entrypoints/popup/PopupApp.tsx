import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BulkBar } from '@/components/BulkBar';
import { ClipListItem } from '@/components/ClipListItem';
import { EmptyState } from '@/components/EmptyState';
import { useI18n } from '@/components/i18n';
import { ListFilters } from '@/components/ListFilters';
import { ListSearch } from '@/components/ListSearch';
import { Notice } from '@/components/Notice';
import { PopupHeader } from '@/components/PopupHeader';
import { formatDay, parseDay } from '@/lib/clip/calendars';
import type { Settings } from '@/lib/settings';
import type { RemovedClip } from '@/lib/store/clips';
import { listDay } from '@/lib/store/query';
import type { ClipRecord, EntityRecord } from '@/lib/store/schema';
import { describeClipError } from '@/utils/clip-errors';
import { request } from '@/utils/messaging';
import { currentPageSaved, savePage } from './save-page';
import { SiteSection } from './SiteSection';
import { FIRST_PAGE, useReadingList, type Opening } from './use-reading-list';

export interface PopupAppProps {
  settings: Settings;
  openOptions: () => void;
  /** Opens export and import (the options page's reading-list section). */
  openManage: () => void;
  /** The database and first page, being read since the popup's script started. */
  opening: Promise<Opening>;
}

type NoticeState = { kind: 'info' | 'error'; text: string; undo?: RemovedClip[] } | null;

const DATE_HINT = { jalali: '1403-09-12', gregorian: '2024-12-02', hijri: '1446-06-01' } as const;
const UNDO_MS = 10_000;
/** Asked once: each extension-API call costs more than rendering the link it is for. */
const READER_URL = browser.runtime.getURL('/reader.html');
const SHOW_MORE = 30;

/** Wires the reading list (IndexedDB) and the background to the popup's components. */
export function PopupApp({ settings, openOptions, openManage, opening }: PopupAppProps) {
  const { t, lang } = useI18n();
  const list = useReadingList(opening);
  const [saving, setSaving] = useState(false);
  const [pageSaved, setPageSaved] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [shown, setShown] = useState(FIRST_PAGE);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [dates, setDates] = useState({ from: '', to: '' });
  const searchRef = useRef<HTMLInputElement>(null);
  const undoTimerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void currentPageSaved().then(setPageSaved, () => setPageSaved(false));
    // "/" jumps to search, as on most sites with a list.
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && e.target.closest('input, textarea, select, [contenteditable]');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const say = (next: NoticeState) => {
    clearTimeout(undoTimerRef.current);
    setNotice(next);
    if (next?.undo) undoTimerRef.current = setTimeout(() => setNotice(null), UNDO_MS);
  };
  const fail = (err: unknown) => say({ kind: 'error', text: describeClipError(err instanceof Error ? err.message : String(err), t) });

  const save = async () => {
    setSaving(true);
    say(null);
    try {
      const summary = await savePage();
      setPageSaved(true);
      say({ kind: 'info', text: summary.updated ? t('clipUpdated', summary.title) : t('clipSaved', summary.title) });
    } catch (err) {
      fail(err);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (ids: string[]) => {
    try {
      const removed = await list.remove(ids);
      setSelected(new Set());
      const what = removed.length === 1 ? `«${removed[0]!.clip.title}»` : String(removed.length);
      say({ kind: 'info', text: t('listDeleted', what), undo: removed });
      void request('clip:sync', {}).catch(() => undefined);
    } catch (err) {
      fail(err);
    }
  };
  const undo = async (removed: RemovedClip[]) => {
    try {
      const n = await list.restore(removed);
      say({ kind: 'info', text: t('listRestored', String(n)) });
      void request('clip:sync', {}).catch(() => undefined);
    } catch (err) {
      fail(err);
    }
  };
  const edit = (ids: string[], change: Parameters<typeof list.update>[1]) => list.update(ids, change).catch(fail);

  const calendar = settings.listCalendar;
  const dateLabel = (c: ClipRecord) => {
    const day = formatDay(listDay(c), calendar, lang);
    return c.published ? t('listPublished', day) : t('listSavedOn', day);
  };
  const fromDay = dates.from.trim() ? parseDay(dates.from, calendar) : undefined;
  const toDay = dates.to.trim() ? parseDay(dates.to, calendar) : undefined;
  const setDateFields = (change: { from?: string; to?: string }) => {
    const next = { ...dates, ...change };
    setDates(next);
    const parse = (s: string) => (s.trim() ? parseDay(s, calendar) : undefined);
    list.setFilters({ ...list.filters, from: parse(next.from), to: parse(next.to) });
  };
  const entitiesOf = (c: ClipRecord): EntityRecord[] =>
    c.entities.slice(0, 3).map((e) => list.catalog?.entities.get(e.id)).filter((e): e is EntityRecord => e !== undefined);

  const visible = list.results.slice(0, shown);
  const ids = useMemo(() => list.results.map((c) => c.id), [list.results]);
  const filtered = list.query.trim() !== '' || Object.values(list.filters).some((v) => v !== undefined && v !== 'all');

  return (
    <main class="popup">
      <PopupHeader onSave={() => void save()} onOpenOptions={openOptions} saving={saving} />
      <SiteSection initial={settings} />
      {pageSaved && !notice && <p class="muted page-state">{t('clipPageInList')}</p>}
      {notice && (
        <Notice kind={notice.kind} text={notice.text} onDismiss={() => say(null)}
          action={notice.undo ? { label: t('listUndo'), run: () => void undo(notice.undo!) } : undefined} />
      )}
      {list.error && <Notice kind="error" text={describeClipError(list.error, t)} />}
      {list.ready && list.empty && <EmptyState />}
      {list.ready && !list.empty && (
        <section class="reading-list" aria-labelledby="list-heading">
          <h2 id="list-heading" class="visually-hidden">{t('listClips')}</h2>
          <ListSearch value={list.query} inputRef={searchRef} onInput={(q) => {
            list.setQuery(q);
            setShown(FIRST_PAGE);
          }} />
          <ListFilters options={list.options} filters={list.filters} order={list.order} open={filtersOpen} onToggle={setFiltersOpen}
            dates={{ ...dates, fromValid: !dates.from.trim() || fromDay !== undefined, toValid: !dates.to.trim() || toDay !== undefined }}
            dateHint={DATE_HINT[calendar]}
            onFilters={(change) => list.setFilters({ ...list.filters, ...change })} onDates={setDateFields} onOrder={list.setOrder}
            onClear={() => {
              list.setFilters({});
              setDates({ from: '', to: '' });
            }} />
          <p class="count muted" role="status">
            {list.total === null ? '' : filtered ? t('listCountFiltered', String(list.results.length), String(list.total)) : list.total === 1 ? t('listCountOne') : t('listCount', String(list.total))}
          </p>
          <BulkBar total={list.results.length} selected={selected.size}
            onSelectAll={(all) => setSelected(all ? new Set(ids) : new Set())}
            onRead={(read) => void edit([...selected], { read })}
            onStar={(starred) => void edit([...selected], { starred })}
            onAddTag={(tag) => void edit([...selected], (c) => ({ tags: [...c.tags, tag] }))}
            onDelete={() => void remove([...selected])} />
          <datalist id="known-tags">{list.options.tags.map((tag) => <option key={tag} value={tag} />)}</datalist>
          {list.results.length === 0 && list.catalog && <p class="muted no-matches">{t('listNoMatches')}</p>}
          <ul class="clips">
            {visible.map((c) => (
              <ClipListItem key={c.id} clip={c} entities={entitiesOf(c)} dateLabel={dateLabel(c)}
                readerHref={`${READER_URL}?id=${encodeURIComponent(c.id)}`}
                selected={selected.has(c.id)} tagSuggestionsId="known-tags"
                onSelect={(on) => setSelected((s) => {
                  const next = new Set(s);
                  if (on) next.add(c.id);
                  else next.delete(c.id);
                  return next;
                })}
                onToggleRead={() => void edit([c.id], { read: !c.read })}
                onToggleStar={() => void edit([c.id], { starred: !c.starred })}
                onDelete={() => void remove([c.id])}
                onTags={(tags) => void edit([c.id], { tags })}
                onNote={(note) => void edit([c.id], { note })}
                onFilterEntity={(id) => {
                  const isCountry = list.catalog?.entities.get(id)?.type === 'country';
                  list.setFilters({ ...list.filters, ...(isCountry ? { country: id } : { entity: id }) });
                  setFiltersOpen(true);
                }} />
            ))}
          </ul>
          {list.results.length > shown && (
            <button type="button" class="show-more" onClick={() => setShown((n) => n + SHOW_MORE)}>{t('listShowMore')}</button>
          )}
        </section>
      )}
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={openManage}>{t('listManage')}</button>
      </footer>
    </main>
  );
}
