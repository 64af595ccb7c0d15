import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deleteClips, restoreClips, updateClips, type ClipChange, type RemovedClip } from '@/lib/store/clips';
import { getStore, type Store } from '@/lib/store/db';
import { bodyWordHits, firstPage, loadCatalog, type Catalog, type SortOrder } from '@/lib/store/list';
import { EntityNames, filterOptions, runQuery, type FilterOptions, type ListFilters } from '@/lib/store/query';
import type { ClipRecord } from '@/lib/store/schema';
import { queryWords } from '@/lib/store/search-key';
import { announceClipsChanged, onClipsChanged } from '@/utils/clip-events';
import { listOrderItem } from '@/utils/list-view-item';

/** Clips drawn before the whole catalogue is read: what fills the popup at once. */
export const FIRST_PAGE = 30;

export interface ReadingList {
  /** The first page is there (the list can be drawn). */
  ready: boolean;
  total: number;
  /** The clips that match, in order (only the first page until the catalogue is read). */
  results: ClipRecord[];
  catalog: Catalog | null;
  options: FilterOptions;
  query: string;
  setQuery: (q: string) => void;
  filters: ListFilters;
  setFilters: (f: ListFilters) => void;
  order: SortOrder;
  setOrder: (o: SortOrder) => void;
  update: (ids: string[], change: ClipChange | ((c: ClipRecord) => ClipChange)) => Promise<void>;
  remove: (ids: string[]) => Promise<RemovedClip[]>;
  restore: (removed: RemovedClip[]) => Promise<number>;
  error: string;
}

const NO_OPTIONS: FilterOptions = { entities: [], countries: [], sites: [], tags: [] };
const isFiltered = (f: ListFilters) => Object.values(f).some((v) => v !== undefined && v !== 'all');

/**
 * The popup's reading list: draws the newest clips straight from the index, then
 * reads the catalogue (metadata only) for searching and filtering in memory; the
 * article index answers whole words as they are typed. Changes made in other
 * contexts (a clip saved by the shortcut, the reader, an import) reload it.
 */
export function useReadingList(): ReadingList {
  const dbRef = useRef<Store | null>(null);
  const [first, setFirst] = useState<{ total: number; clips: ClipRecord[] } | null>(null);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ListFilters>({});
  const [order, setOrderState] = useState<SortOrder>('saved');
  const [bodyHits, setBodyHits] = useState<{ key: string; hits: Map<string, Set<string>> } | null>(null);
  const [error, setError] = useState('');

  const reload = async () => {
    if (!dbRef.current) return;
    setCatalog(await loadCatalog(dbRef.current));
  };

  useEffect(() => {
    let stop = () => {};
    void (async () => {
      try {
        const savedOrder = await listOrderItem.getValue();
        setOrderState(savedOrder);
        dbRef.current = await getStore();
        setFirst(await firstPage(dbRef.current, savedOrder, FIRST_PAGE));
        // The rest after the first paint: the popup must show something at once.
        setTimeout(() => void reload().catch((e: unknown) => setError(String(e))), 0);
        stop = onClipsChanged(() => void reload());
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => stop();
  }, []);

  const words = useMemo(() => queryWords(query), [query]);
  const wordsKey = words.join(' ');
  useEffect(() => {
    if (!dbRef.current || words.length === 0) return;
    let current = true;
    void bodyWordHits(dbRef.current, words).then((hits) => {
      if (current) setBodyHits({ key: wordsKey, hits });
    });
    return () => {
      current = false;
    };
  }, [words, wordsKey]);

  const names = useMemo(() => (catalog ? new EntityNames(catalog.entities.values()) : null), [catalog]);
  const options = useMemo(() => (catalog ? filterOptions(catalog) : NO_OPTIONS), [catalog]);
  const results = useMemo(() => {
    if (!catalog || !names) return words.length > 0 || isFiltered(filters) ? [] : (first?.clips ?? []);
    const hits = bodyHits?.key === wordsKey ? bodyHits.hits : undefined;
    return runQuery(catalog, names, { words, filters, order, bodyHits: hits });
  }, [catalog, names, words, wordsKey, bodyHits, filters, order, first]);

  const setOrder = (o: SortOrder) => {
    setOrderState(o);
    void listOrderItem.setValue(o);
  };

  const withDb = async <T>(work: (d: Store) => Promise<T>): Promise<T> => {
    if (!dbRef.current) throw new Error('the reading list is not open yet');
    return work(dbRef.current);
  };

  return {
    ready: first !== null,
    total: catalog?.clips.length ?? first?.total ?? 0,
    results,
    catalog,
    options,
    query,
    setQuery,
    filters,
    setFilters,
    order,
    setOrder,
    error,
    update: async (ids, change) => {
      const changed = await withDb((d) => updateClips(d, ids, change));
      const byId = new Map(changed.map((c) => [c.id, c]));
      setCatalog((cat) => (cat ? { ...cat, clips: cat.clips.map((c) => byId.get(c.id) ?? c) } : cat));
      setFirst((f) => (f ? { ...f, clips: f.clips.map((c) => byId.get(c.id) ?? c) } : f));
      announceClipsChanged({ reason: 'edited', ids });
    },
    remove: async (ids) => {
      const removed = await withDb((d) => deleteClips(d, ids));
      const gone = new Set(ids);
      setCatalog((cat) => (cat ? { ...cat, clips: cat.clips.filter((c) => !gone.has(c.id)) } : cat));
      setFirst((f) => (f ? { total: f.total - removed.length, clips: f.clips.filter((c) => !gone.has(c.id)) } : f));
      announceClipsChanged({ reason: 'deleted', ids });
      return removed;
    },
    restore: async (removed) => {
      const n = await withDb((d) => restoreClips(d, removed));
      await reload();
      announceClipsChanged({ reason: 'restored', ids: removed.map((r) => r.clip.id) });
      return n;
    },
  };
}
