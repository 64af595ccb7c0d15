import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LONG_ARTICLE, extractPage } from '@/lib/clip/extract';
import type { ArticleSanitizer } from '@/lib/clip/sanitize';

const PAGE = readFileSync(`${process.cwd()}/tests/fixtures/pages/statement.html`, 'utf8');
const PAGE_URL = 'https://www.irna.ir/news/statement?utm_source=telegram';

/**
 * DOMPurify cannot run in happy-dom (see sanitize.test.ts), so these tests use a
 * stand-in that only parses: they check what extraction reads, not sanitising,
 * which the end-to-end tests check in Chromium.
 */
const parseOnly: ArticleSanitizer = {
  html: (h) => h,
  fragment: (h) => {
    const t = document.createElement('template');
    t.innerHTML = h;
    return t.content;
  },
  fragmentOf: (node) => {
    const f = document.createDocumentFragment();
    f.append(document.importNode(node, true));
    return f;
  },
};

function load(html = PAGE): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('reading a page for a clip', () => {
  it('reads the article and what the page says about itself', () => {
    const result = extractPage(load(), parseOnly, PAGE_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const page = result.page;
    expect(page).toMatchObject({
      url: PAGE_URL,
      canonicalUrl: 'https://www.irna.ir/news/statement',
      title: 'بیانیه‌ی سخنگوی وزارت امور خارجه درباره‌ی مذاکرات وین',
      site: 'خبرگزاری آزمایشی',
      author: 'گروه سیاست خارجی',
      published: '2024-12-02',
      lang: 'fa',
      excerpt: 'سخنگوی وزارت امور خارجه گفت مذاکرات وین با حضور عباس عراقچی ادامه می‌یابد.',
    });
    expect(page.text).toContain('عباس عراقچی، وزیر امور خارجه');
    // One paragraph a line: the annotator and search never match across paragraphs.
    expect(page.text.split('\n').filter((l) => l.includes('سخنگو')).length).toBeGreaterThanOrEqual(2);
    expect(page.text).not.toContain('اخبار مرتبط');
    expect(page.text).not.toContain('تمامی حقوق محفوظ است');
  });

  it('never changes the page it reads', () => {
    const doc = load();
    const before = doc.documentElement.outerHTML;
    extractPage(doc, parseOnly, PAGE_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('takes a very long article (a treaty, a transcript) as it is, without Readability, and leaves the page alone', () => {
    const paragraph = `<p>${'ماده‌ی یک موافقت‌نامه درباره‌ی همکاری‌های منطقه‌ای است. '.repeat(40)}</p>`;
    const doc = load(`<html lang="fa"><head><title>متن کامل</title></head><body><nav><a href="/">خانه</a></nav><article>${paragraph.repeat(60)}</article><footer>حقوق</footer></body></html>`);
    const before = doc.documentElement.outerHTML;
    const result = extractPage(doc, parseOnly, 'https://www.mfa.gov.ir/treaty');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.page.text.length).toBeGreaterThan(LONG_ARTICLE);
    expect(result.page.text).not.toContain('خانه');
    expect(result.page.text).not.toContain('حقوق');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('falls back to the page title and the annotator’s article root', () => {
    const doc = load('<html lang="ar"><head><title>بيان</title></head><body><div><p>قصير</p></div></body></html>');
    const result = extractPage(doc, parseOnly, 'https://www.spa.gov.sa/N1');
    expect(result.ok && result.page.title).toBe('بيان');
    expect(result.ok && result.page.text).toBe('قصير');
  });

  it('saves only web pages', () => {
    expect(extractPage(load(), parseOnly, 'chrome://newtab/')).toEqual({ ok: false, error: 'not-http: only web pages can be saved' });
  });

  it('refuses an article too large to keep instead of cutting it', () => {
    const huge = `<html><body><article><p>${'واژه '.repeat(1_200_000)}</p></article></body></html>`;
    const result = extractPage(load(huge), parseOnly, 'https://x.ir/a');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^too-large: /);
  });
});
