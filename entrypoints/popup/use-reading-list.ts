import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deleteClips, restoreClips, updateClips, type ClipChange, type RemovedClip } from '@/lib/store/clips';
import { getStore, type Store } from '@/lib/store/db';
import { bodyWordHits, firstPage, loadCatalog, loadClips, type Catalog, type SortOrder } from '@/lib/store/list';
import { ClipSearch, filterOptions, matchClips, sortClips, type FilterOptions, type ListFilters } from '@/lib/store/query';
import type { ClipRecord } from '@/lib/store/schema';
import { queryWords } from '@/lib/store/search-key';
import { announceClipsChanged, onClipsChanged } from '@/utils/clip-events';
import { listOrderItem } from '@/utils/list-view-item';

/** Clips drawn before the whole catalogue is read: more than a popup shows at once. */
export const FIRST_PAGE = 15;

export interface Opening {
  db: Store;
  order: SortOrder;
  first: { clips: ClipRecord[] };
}

/**
 * Opens the database and reads the first page; main.tsx starts it before the
 * interface language is even loaded, so the two waits overlap.
 */
export async function openReadingList(): Promise<Opening> {
  const [order, db] = await Promise.all([listOrderItem.getValue(), getStore()]);
  return { db, order, first: await firstPage(db, order, FIRST_PAGE) };
}

export interface ReadingList {
  /** The first page is there (the list can be drawn). */
  ready: boolean;
  /** Whether the list has any clip (known from the first page). */
  empty: boolean;
  /** How many clips there are, once the catalogue is read. */
  total: number | null;
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
 * contexts (a clip saved by the shortcut, edited in the reader) are patched in;
 * an import reloads it.
 */
export function useReadingList(opening: Promise<Opening>): ReadingList {
  const dbRef = useRef<Store | null>(null);
  const [first, setFirst] = useState<{ clips: ClipRecord[] } | null>(null);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ListFilters>({});
  const [order, setOrderState] = useState<SortOrder>('saved');
  const [bodyHits, setBodyHits] = useState<{ key: string; hits: Map<string, Set<string>> } | null>(null);
  const [error, setError] = useState('');

  const reload = async () => {
    if (!dbRef.current) return;
    setCatalog(await loadCatalog(dbRef.current));
    performance.mark('negah:catalog-ready'); // for the benchmark
  };

  /** Brings a few changed clips up to date without reading the whole catalogue again. */
  const patch = async (ids: string[]) => {
    if (!dbRef.current) return;
    const fresh = await loadClips(dbRef.current, ids);
    setCatalog((cat) => {
      if (!cat) return cat;
      const byId = new Map(ids.map((id, i) => [id, fresh.clips[i]]));
      const kept = cat.clips.filter((c) => !byId.has(c.id));
      const entities = new Map(cat.entities);
      for (const e of fresh.entities) entities.set(e.id, e);
      return { clips: [...kept, ...fresh.clips.filter((c): c is ClipRecord => c !== undefined)], entities };
    });
  };

  useEffect(() => {
    let stop = () => {};
    void (async () => {
      try {
        const { db, order: savedOrder, first: page } = await opening;
        dbRef.current = db;
        setOrderState(savedOrder);
        setFirst(page);
        stop = onClipsChanged(({ reason, ids }) => void (reason === 'imported' || ids.length > 200 ? reload() : patch(ids)));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => stop();
  }, [opening]);

  const ready = first !== null;
  useLayoutEffect(() => {
    if (!ready) return;
    // Once the first page is on screen (the next frame), read the whole catalogue for search and filters.
    requestAnimationFrame(() => {
      performance.mark('negah:list-drawn'); // for the benchmark
      setTimeout(() => void reload().catch((e: unknown) => setError(String(e))), 0);
    });
  }, [ready]);

  const words = useMemo(() => queryWords(query), [query]);
  const wordsKey = words.join(' ');
  useEffect(() => {
    if (!dbRef.current || words.length === 0) return;
    let current = true;
    void bodyWordHits(dbRef.current, words).then((hits) => {
      if (current) setBodyHits({ key: wordsKey, hits });
      performance.mark('negah:words-found'); // for the benchmark
    });
    return () => {
      current = false;
    };
  }, [words, wordsKey]);

  const search = useMemo(() => (catalog ? new ClipSearch(catalog.clips, catalog.entities.values()) : null), [catalog]);
  const options = useMemo(() => (catalog ? filterOptions(catalog) : NO_OPTIONS), [catalog]);
  const sorted = useMemo(() => (catalog ? sortClips(catalog.clips, order) : []), [catalog, order]);
  const results = useMemo(() => {
    if (!catalog || !search) return words.length > 0 || isFiltered(filters) ? [] : (first?.clips ?? []);
    const hits = bodyHits?.key === wordsKey ? bodyHits.hits : undefined;
    return matchClips(sorted, search, { words, filters, bodyHits: hits });
  }, [catalog, sorted, search, words, wordsKey, bodyHits, filters, first]);

  const setOrder = (o: SortOrder) => {
    setOrderState(o);
    void listOrderItem.setValue(o);
  };

  const withDb = async <T>(work: (d: Store) => Promise<T>): Promise<T> => {
    if (!dbRef.current) throw new Error('the reading list is not open yet');
    return work(dbRef.current);
  };

  return {
    ready,
    empty: catalog ? catalog.clips.length === 0 : first?.clips.length === 0,
    total: catalog?.clips.length ?? null,
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
      setFirst((f) => (f ? { clips: f.clips.map((c) => byId.get(c.id) ?? c) } : f));
      announceClipsChanged({ reason: 'edited', ids });
    },
    remove: async (ids) => {
      const removed = await withDb((d) => deleteClips(d, ids));
      const gone = new Set(ids);
      setCatalog((cat) => (cat ? { ...cat, clips: cat.clips.filter((c) => !gone.has(c.id)) } : cat));
      setFirst((f) => (f ? { clips: f.clips.filter((c) => !gone.has(c.id)) } : f));
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
