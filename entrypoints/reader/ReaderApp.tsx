import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { ReaderView } from '@/components/ReaderView';
import { formatDay } from '@/lib/clip/calendars';
import { createArticleSanitizer, prepareForReading } from '@/lib/clip/sanitize';
import type { CalendarId, Settings } from '@/lib/settings';
import { getBody, getClip, updateClips, type ClipChange } from '@/lib/store/clips';
import { getStore } from '@/lib/store/db';
import type { BodyRecord, ClipRecord, EntityRecord } from '@/lib/store/schema';
import { announceClipsChanged, onClipsChanged } from '@/utils/clip-events';
import { describeClipError } from '@/utils/clip-errors';
import { annotateClip } from './annotate-clip';

type Loaded = { clip: ClipRecord; body?: BodyRecord; entities: { entity: EntityRecord; count: number }[] };

async function load(id: string): Promise<Loaded | null> {
  const db = await getStore();
  const clip = await getClip(db, id);
  if (!clip) return null;
  const body = await getBody(db, id);
  const entities = (await Promise.all(clip.entities.map(async (e) => ({ entity: await db.get('entities', e.id), count: e.count }))))
    .filter((e): e is { entity: EntityRecord; count: number } => e.entity !== undefined);
  return { clip, body, entities };
}

const CALENDARS: CalendarId[] = ['jalali', 'gregorian', 'hijri'];

/** The article often repeats its title as its first heading: the reader's header already shows it. */
function dropRepeatedTitle(fragment: DocumentFragment, title: string): void {
  const first = fragment.querySelector('h1, h2, h3');
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (first && squash(first.textContent ?? '') === squash(title) && !first.previousElementSibling?.textContent?.trim()) first.remove();
}

/** Shows one saved clip offline: sanitised again here, whoever wrote it, then annotated like the live page. */
export function ReaderApp({ settings }: { settings: Settings }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const [state, setState] = useState<Loaded | null | 'loading'>('loading');
  const [error, setError] = useState('');
  const [articleEl, setArticleEl] = useState<HTMLDivElement | null>(null);
  const drawnRef = useRef(false);

  useEffect(() => {
    const refresh = () => void load(id).then(setState, (e: unknown) => setError(String(e)));
    refresh();
    return onClipsChanged((change) => {
      if (change.ids.includes(id)) refresh();
    });
  }, [id]);

  const loaded = state !== 'loading' && state !== null ? state : null;
  useEffect(() => {
    const root = articleEl;
    if (!loaded?.body || !root || drawnRef.current) return;
    drawnRef.current = true; // the article is drawn once; metadata changes re-render around it
    try {
      const fragment = createArticleSanitizer(window).fragment(loaded.body.html);
      prepareForReading(fragment, (alt) => (alt ? t('readerImage', alt) : t('readerImageNoAlt')), t('readerOpenImage'));
      dropRepeatedTitle(fragment, loaded.clip.title);
      root.replaceChildren(fragment);
      const c = loaded.clip;
      void annotateClip({ root, lang: c.lang, published: c.published?.gregorian }, settings, i18n).catch((e: unknown) => console.warn('Negah reader: annotation', e));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [loaded, articleEl, settings, i18n, t]);

  useEffect(() => {
    if (loaded) document.title = `${loaded.clip.title} — ${t('extName')}`;
  }, [loaded, t]);

  if (state === 'loading') return <main class="reader"><p>{t('readerLoading')}</p></main>;
  if (state === null) return <main class="reader"><p role="alert">{t('readerMissing')}</p></main>;
  const c = state.clip;
  const edit = async (change: ClipChange) => {
    try {
      const [next] = await updateClips(await getStore(), [c.id], change);
      if (next) setState({ ...state, clip: next });
      announceClipsChanged({ reason: 'edited', ids: [c.id] });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const order = [settings.listCalendar, ...CALENDARS.filter((k) => k !== settings.listCalendar)];
  const publishedLabels = c.published ? order.map((cal) => formatDay(c.published!.gregorian, cal, lang)) : [];
  return (
    <>
      {error && <Notice kind="error" text={describeClipError(error, t)} />}
      <ReaderView clip={c} entities={state.entities} publishedLabels={publishedLabels}
        savedLabel={formatDay(new Date(c.savedAt).toISOString().slice(0, 10), settings.listCalendar, lang)}
        mountArticle={setArticleEl} articleLang={c.lang === 'other' ? '' : c.lang}
        onTags={(tags) => void edit({ tags })} onNote={(note) => void edit({ note })} onToggleRead={() => void edit({ read: !c.read })} />
    </>
  );
}
