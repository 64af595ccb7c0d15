import { describe, expect, it } from 'vitest';
import { findArticleRoot, isFurniture } from '@/lib/dom/article-root';
import { collectText, locate } from '@/lib/dom/collect-text';
import { findPublished, toLocalDay } from '@/lib/dom/published';
import { dedupeSpans, splitBlocks } from '@/lib/dom/blocks';
import { placeTooltip } from '@/lib/dom/position';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.innerHTML = html;
  return doc;
}

const ARTICLE = `<p>${'وزیر امور خارجه ایران در نشست خبری مشترک گفت که مذاکرات ادامه دارد. '.repeat(6)}</p>`;

describe('finding the article on a news page', () => {
  it('takes the article body, not the navigation, related links or comments', () => {
    const doc = page(`<body><nav><p>${'منو '.repeat(80)}</p></nav><div class="content"><article><h1>عنوان</h1>${ARTICLE}${ARTICLE}</article></div>
      <aside class="related"><p>${'خبر مرتبط '.repeat(50)}</p></aside><div id="comments"><p>${'نظر '.repeat(90)}</p></div></body>`);
    expect(findArticleRoot(doc).tagName).toBe('ARTICLE');
  });

  it('widens the root to take in a title that sits just outside the body', () => {
    const doc = page(`<body><div class="news"><h1>عنوان خبر</h1><div class="date">۱۲ آذر ۱۴۰۳</div><div itemprop="articleBody">${ARTICLE}${ARTICLE}</div></div><footer>پاورقی</footer></body>`);
    const root = findArticleRoot(doc);
    expect(root.className).toBe('news');
    expect(root.textContent).toContain('۱۲ آذر ۱۴۰۳');
  });

  it('falls back to the block with the most paragraph text', () => {
    const doc = page(`<body><div id="a"><p>کوتاه</p></div><div id="b">${ARTICLE}${ARTICLE}</div></body>`);
    expect(findArticleRoot(doc).id).toBe('b');
  });

  it('knows page furniture by tag, role and class words', () => {
    const doc = page('<body><nav></nav><div class="sidebar-box"></div><div class="admin-panel"></div><div role="complementary"></div><article><header id="h"></header></article><header id="site"></header></body>');
    const by = (s: string) => doc.querySelector(s)!;
    expect(isFurniture(by('nav'))).toBe(true);
    expect(isFurniture(by('.sidebar-box'))).toBe(true);
    expect(isFurniture(by('.admin-panel'))).toBe(false);
    expect(isFurniture(by('[role=complementary]'))).toBe(true);
    expect(isFurniture(by('#h'))).toBe(false);
    expect(isFurniture(by('#site'))).toBe(true);
  });
});

describe('reading the text of a page', () => {
  it('joins inline markup, separates blocks and skips what must be left alone', () => {
    const doc = page('<body><p>دیدار <b>عباس</b> عراقچی</p><p>بند دوم</p><textarea>۱۲ آذر</textarea><div contenteditable="true">ویرایش</div><pre>کد</pre><script>x</script><p>پایان</p></body>');
    const c = collectText(doc.body);
    expect(c.text).toBe('دیدار عباس عراقچی\nبند دوم\nپایان');
  });

  it('maps offsets back to the right text node', () => {
    const doc = page('<body><p>دیدار <b>عباس</b> عراقچی</p></body>');
    const c = collectText(doc.body);
    const at = locate(c, c.text.indexOf('عباس'), false)!;
    expect(at.node.data).toBe('عباس');
    expect(at.offset).toBe(0);
    const end = locate(c, c.text.indexOf('عباس') + 4, true)!;
    expect(end.node.data).toBe('عباس');
    expect(end.offset).toBe(4);
  });
});

describe('the publication date', () => {
  it('reads article:published_time in the publisher’s own day', () => {
    const doc = page('<head><meta property="article:published_time" content="2024-12-02T00:30:00+03:30"></head><body></body>');
    expect(findPublished(doc, 'fa')).toBe('2024-12-02');
  });
  it('reads JSON-LD, including a @graph', () => {
    const doc = page('<head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2015-08-11T10:00:00+03:00"}]}</script></head><body></body>');
    expect(findPublished(doc, 'ar')).toBe('2015-08-11');
  });
  it('puts a UTC timestamp in Tehran’s day on a Persian page', () => {
    expect(toLocalDay('2025-01-15T22:00:00Z', 'fa')).toBe('2025-01-16');
    expect(toLocalDay('2025-01-15T20:00:00Z', 'ar')).toBe('2025-01-15');
  });
  it('ignores broken JSON-LD and impossible dates', () => {
    const doc = page('<head><script type="application/ld+json">{broken</script><meta name="date" content="2024-02-30"></head><body></body>');
    expect(findPublished(doc, 'fa')).toBeUndefined();
  });
});

describe('blocks for idle-time annotation', () => {
  it('cuts long paragraphs with an overlap, and the overlap finds each thing once', () => {
    const long = 'کلمه '.repeat(10_000);
    const blocks = splitBlocks(`کوتاه\n${long}`);
    expect(blocks[0]).toEqual({ start: 0, text: 'کوتاه' });
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks) expect(`کوتاه\n${long}`.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(dedupeSpans([{ start: 5, end: 9 }, { start: 5, end: 9 }, { start: 7, end: 12 }, { start: 20, end: 22 }])).toEqual([{ start: 5, end: 9 }, { start: 20, end: 22 }]);
  });
});

describe('placing a tooltip', () => {
  const viewport = { width: 1000, height: 800 };
  it('goes below the text, aligned to the start edge of the reading direction', () => {
    const anchor = { left: 600, top: 100, width: 80, height: 20 };
    expect(placeTooltip(anchor, { width: 300, height: 150 }, viewport, 'rtl')).toEqual({ left: 380, top: 128, side: 'below' });
    expect(placeTooltip(anchor, { width: 300, height: 150 }, viewport, 'ltr').left).toBe(600);
  });
  it('flips above near the bottom and stays inside the viewport', () => {
    const p = placeTooltip({ left: 980, top: 760, width: 15, height: 20 }, { width: 300, height: 150 }, viewport, 'ltr');
    expect(p.side).toBe('above');
    expect(p.left + 300).toBeLessThanOrEqual(992);
    expect(p.top).toBe(602);
  });
});
