import type { ClipRecord, EntityRecord } from '@/lib/store/schema';
import { useI18n } from './i18n';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';

export interface ReaderViewProps {
  clip: ClipRecord;
  /** Entities the clip mentions, with how often, most first. */
  entities: { entity: EntityRecord; count: number }[];
  /** The publication day in each calendar, the reader's own first. */
  publishedLabels: string[];
  savedLabel: string;
  /** Receives the element the wiring puts the sanitised article in. */
  mountArticle: (el: HTMLDivElement | null) => void;
  articleLang: string;
  onTags: (tags: string[]) => void;
  onNote: (note: string) => void;
  onToggleRead: () => void;
}

/** A saved clip, readable offline: its facts, the reader's tags and note, then the article. */
export function ReaderView(p: ReaderViewProps) {
  const { t, lang } = useI18n();
  const { clip: c, mountArticle, articleLang } = p;
  const articleDir = c.lang === 'fa' || c.lang === 'ar' ? 'rtl' : 'auto';
  return (
    <main class="reader">
      <header class="reader-head">
        <p class="reader-site muted"><bdi>{c.site}</bdi></p>
        <h1 dir="auto" lang={p.articleLang}>{c.title}</h1>
        {c.author && <p class="muted" dir="auto">{t('readerAuthor', c.author)}</p>}
        <dl class="reader-facts">
          {p.publishedLabels.length > 0 && (
            <>
              <dt>{t('readerPublished')}</dt>
              <dd>{p.publishedLabels.map((label, i) => <span key={label} class={i === 0 ? 'primary-date' : 'other-date'}>{label}</span>)}</dd>
            </>
          )}
          <dt>{t('readerSaved')}</dt>
          <dd>{p.savedLabel}</dd>
        </dl>
        <p class="reader-links">
          <a href={c.url} target="_blank" rel="noopener noreferrer">{t('readerOriginal')}</a>
          <button type="button" class="link-button" onClick={p.onToggleRead}>{c.read ? t('listMarkUnread') : t('listMarkRead')}</button>
        </p>
        {p.entities.length > 0 && (
          <section class="reader-entities" aria-label={t('readerMentions')}>
            <h2 class="visually-hidden">{t('readerMentions')}</h2>
            <ul>
              {p.entities.map(({ entity, count }) => (
                <li key={entity.id}><bdi>{lang === 'fa' ? entity.name.fa || entity.name.en : entity.name.en}</bdi> <span class="muted">×{count}</span></li>
              ))}
            </ul>
          </section>
        )}
        <div class="reader-own">
          <TagEditor tags={c.tags} clipTitle={c.title} onChange={p.onTags} />
          <NoteEditor note={c.note} clipTitle={c.title} onSave={p.onNote} />
        </div>
      </header>
      {c.hasBody ? (
        <div class="reader-article" ref={mountArticle} lang={articleLang} dir={articleDir} />
      ) : (
        <p class="reader-no-body">{t('readerNoBody')}</p>
      )}
    </main>
  );
}
