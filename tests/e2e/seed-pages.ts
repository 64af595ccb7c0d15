/**
 * News pages built at test time from the seed articles in ../shared/seeds (never
 * copied into the project): a site header and navigation, the article with its
 * title and dateline, related links and a footer, laid out like Iranian news sites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CORPUS_DIR, SEEDS_DIR } from '../../scripts/eval/corpus';

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function seedText(n: number): string {
  const file = seedFiles()[n];
  if (!file) throw new Error(`no seed ${n} in ${SEEDS_DIR}`);
  return readFileSync(SEEDS_DIR + file, 'utf8');
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function seedPage(n: number): string {
  return newsPage(seedText(n), 'fa');
}

/** A dev-corpus text (../shared/corpus/dev/NNN.txt) as a news page in its language. */
export function corpusPage(id: string): string | null {
  const index = JSON.parse(readFileSync(`${CORPUS_DIR}index.json`, 'utf8')) as { id: string; file: string; language: 'fa' | 'ar'; published: { iso: string } }[];
  const doc = index.find((d) => d.id === id);
  if (!doc) return null;
  return newsPage(readFileSync(CORPUS_DIR + doc.file, 'utf8'), doc.language, doc.published.iso);
}

export function newsPage(text: string, lang: 'fa' | 'ar', published?: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [title = '', ...rest] = lines;
  const meta = published ? `<meta property="article:published_time" content="${published}T09:00:00+03:30">` : '';
  return `<!doctype html>
<html lang="${lang}" dir="rtl">
<head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="og:title" content="${escape(title)}">
<meta property="og:site_name" content="خبرگزاری آزمایشی">${meta}
</head>
<body>
<header><nav><a href="/">صفحه اصلی</a> | <a href="/politics">سیاسی</a> | <a href="/sport">ورزشی</a></nav></header>
<main><article>
<h1>${escape(title)}</h1>
${rest.map((l) => `<p>${escape(l)}</p>`).join('\n')}
</article>
<aside><h2>اخبار مرتبط</h2><ul><li><a href="/x">خبر دیگر</a></li></ul></aside>
</main>
<footer><p>تمامی حقوق محفوظ است</p></footer>
</body></html>`;
}
