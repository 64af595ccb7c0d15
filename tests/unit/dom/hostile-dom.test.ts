/**
 * Pages built to trip the code that reads them: DOM clobbering (a form's named
 * controls shadow its properties; the browser does this for real, here it is
 * done by hand with own properties, which is what a named property is) and
 * nesting thousands of levels deep.
 */
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '@/lib/dom/article-root';
import { collectText } from '@/lib/dom/collect-text';
import { findPublished } from '@/lib/dom/published';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.innerHTML = html;
  return doc;
}

const PARAGRAPH = `<p>${'وزیر امور خارجه ایران در نشست خبری مشترک گفت که مذاکرات ادامه دارد. '.repeat(6)}</p>`;

/** What `<input name="…">` does to a form in a real browser: the control stands in for the form's own property. */
function clobber(form: Element, names: string[]): void {
  const input = form.querySelector('input')!;
  for (const name of names) Object.defineProperty(form, name, { get: () => input, configurable: true });
}

describe('a page that clobbers the DOM', () => {
  it('cannot send the article search round in circles with a form whose parentElement is its own input', () => {
    const doc = page(`<body><main><article><h1>عنوان</h1>${PARAGRAPH}<form><input name="x"><p>${'متن فرم '.repeat(40)}</p></form>${PARAGRAPH}</article></main></body>`);
    clobber(doc.querySelector('form')!, ['parentElement', 'parentNode', 'tagName', 'getAttribute', 'id', 'className', 'closest', 'contains', 'textContent']);
    expect(findArticleRoot(doc).tagName).toBe('ARTICLE');
  });

  it('collects the text around such a form, and skips what the form holds like any form', () => {
    const doc = page(`<body><article><p>پیش از فرم</p><form><input name="x"><span>درون فرم</span></form><p>پس از فرم</p></article></body>`);
    clobber(doc.querySelector('form')!, ['parentElement', 'tagName', 'getAttribute', 'hasAttribute', 'ownerDocument']);
    const { text } = collectText(doc.querySelector('article')!);
    expect(text).toContain('پیش از فرم');
    expect(text).toContain('پس از فرم');
  });

  it('reads the publication date even when named images stand in for the document’s methods', () => {
    const doc = page(`<head><meta property="article:published_time" content="2024-12-02T18:23:00+03:30"></head><body><img name="querySelector"><p>x</p></body>`);
    const img = doc.querySelector('img')!;
    for (const name of ['querySelector', 'querySelectorAll', 'body', 'documentElement']) Object.defineProperty(doc, name, { get: () => img, configurable: true });
    expect(findPublished(doc, 'fa')).toBe('2024-12-02');
    expect(() => findArticleRoot(doc)).not.toThrow();
  });
});

describe('a page nested thousands of levels deep', () => {
  /** Built with the DOM (an HTML parser stops nesting at a few hundred levels; a script does not). */
  function deepPage(levels: number, every: number): Document {
    const doc = page('<body><main></main></body>');
    let at: Element = doc.querySelector('main')!;
    for (let i = 0; i < levels; i++) {
      const el = doc.createElement(i % 2 ? 'div' : 'span');
      if (i % every === every - 1) {
        const p = doc.createElement('p');
        p.textContent = `لایه‌ی ${i}: عباس عراقچی در ۱۲ آذر ۱۴۰۳ گفت که مذاکرات ادامه دارد و گفت‌وگوها با اروپا پیش می‌رود.`;
        el.append(p);
      }
      at.append(el);
      at = el;
    }
    const article = doc.createElement('article');
    article.innerHTML = `<h1>عنوان</h1>${PARAGRAPH}${PARAGRAPH}`;
    at.append(article);
    return doc;
  }

  // happy-dom's own selector matching recurses and overflows near 2,000 levels; Chromium's
  // does not, and the end-to-end tests take Negah through 5,000 levels there.
  it('finds the article at the bottom of 1,500 levels', () => {
    expect(findArticleRoot(deepPage(1500, 100)).tagName).toBe('ARTICLE');
  });

  it('collects the text of every level, each paragraph on its own line', () => {
    const doc = deepPage(5000, 100);
    const { text, segments } = collectText(doc.body);
    expect(segments.length).toBe(50 + 3);
    expect(text.split('\n').filter((l) => l.startsWith('لایه‌ی'))).toHaveLength(50);
  });

  it('collects text from 5,000 nested inline elements as one line', () => {
    const doc = page('<body><p id="p"></p></body>');
    let at: Element = doc.getElementById('p')!;
    for (let i = 0; i < 5000; i++) {
      const b = doc.createElement(i % 2 ? 'b' : 'span');
      b.textContent = 'ی';
      at.append(b);
      at = b;
    }
    const { text } = collectText(doc.body);
    expect(text).toBe('ی'.repeat(5000));
  });
});
