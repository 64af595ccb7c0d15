/**
 * Pages that work against Negah, served by the test web: the XSS corpus in an
 * article (to be clipped), and pages that replace the browser's built-ins, hold a
 * huge or deeply nested DOM, odd text, or frames. Each records what its own
 * scripts saw (`window.__selfCheck`) and its text before any extension ran.
 */
import { CLOSE_OPEN_CONTEXTS, PAYLOAD_GROUPS, onePageOrder } from '../fixtures/xss-payloads';
import { seedText } from './seed-pages';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The seed article's paragraphs as HTML: real Persian news text, so Negah has work to do. */
function seedParagraphs(seed = 2): string {
  const [title = '', ...body] = seedText(seed).split('\n').map((l) => l.trim()).filter(Boolean);
  return `<h1>${esc(title)}</h1>\n${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
}

/**
 * Records the page's text as its own scripts saw it, before any extension could change
 * it, and the long tasks and long animation frames (with the scripts that ran in them)
 * for the benchmark. Written without Array methods or iterators: one page replaces them all.
 */
const TEXT_AT_LOAD = `<script>
window.__longTasks = []; window.__longFrames = [];
try { new PerformanceObserver((l) => { const es = l.getEntries(); for (let i = 0; i < es.length; i++) window.__longTasks[window.__longTasks.length] = { start: es[i].startTime, duration: es[i].duration }; }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
try { new PerformanceObserver((l) => { const es = l.getEntries(); for (let i = 0; i < es.length; i++) { const e = es[i]; const scripts = []; for (let k = 0; k < e.scripts.length; k++) scripts[k] = { url: e.scripts[k].sourceURL, duration: e.scripts[k].duration }; window.__longFrames[window.__longFrames.length] = { start: e.startTime, duration: e.duration, scripts }; } }).observe({ type: 'long-animation-frame', buffered: true }); } catch (e) {}
window.__errors = [];
addEventListener('error', (e) => { window.__errors[window.__errors.length] = String(e.message); });
document.addEventListener('DOMContentLoaded', () => { window.__textAtLoad = document.body.textContent; window.__htmlAtLoad = document.body.innerHTML; });
</script>`;

/**
 * The corpus in an article. In the page itself each payload's script only counts
 * that it ran (the page is the attacker's: what runs there is its own business);
 * a clip of it must keep nothing that runs, wherever it is shown.
 */
export function xssArticlePage(): string {
  const templates = Object.values(PAYLOAD_GROUPS).flat();
  const blocks = onePageOrder().map((n) => {
    const template = templates[n]!;
    const html = template.replaceAll('$JS', 'self.__ran=(self.__ran||0)+1').replaceAll('$U', `https://evil.example/p${n}`);
    return `<div><p>بند ${n} از متن مقاله که باید بماند و خوانده شود.</p>${html}${CLOSE_OPEN_CONTEXTS}</div>`;
  });
  return `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>صفحه‌ی آزمایش امنیت</title></head><body><main><article>
<h1>صفحه‌ی آزمایش امنیت برای گیره‌ها</h1><p>این صفحه متنی طولانی دارد تا خواننده‌ی مقاله آن را به عنوان مقاله بشناسد و همه‌ی محتوای زیر را در گیره نگه دارد؛ سپس هر چیزی که اجرا یا بارگذاری شود باید حذف شده باشد.</p>
${blocks.join('\n')}
<p>پایان مقاله.</p></article></main></body></html>`;
}

/**
 * Replaces, in the page's own world, the built-ins a content script might lean
 * on — then checks after a while that its own code still sees its replacements
 * and that its text is unchanged.
 */
const REPLACE_BUILTINS = `<script>
(() => {
  const mark = (name) => { const f = function () { window.__calls = (window.__calls || 0) + 1; return 'page-' + name; }; f.pageOwned = true; return f; };
  Array.prototype.map = mark('map'); Array.prototype.filter = mark('filter'); Array.prototype.push = mark('push');
  Array.prototype.forEach = mark('forEach'); Array.prototype.includes = mark('includes'); Array.from = mark('from');
  Array.prototype[Symbol.iterator] = function* () { yield 'page-iterator'; };
  Object.keys = mark('keys'); Object.entries = mark('entries'); Object.assign = mark('assign');
  Object.defineProperty(Object.prototype, 'then', { get() { return undefined; }, configurable: true });
  Object.defineProperty(Object.prototype, 'ok', { get() { return 'page-ok'; }, set(v) {}, configurable: true });
  JSON.parse = mark('JSON.parse'); JSON.stringify = mark('JSON.stringify');
  String.prototype.normalize = mark('normalize'); String.prototype.replace = mark('replace'); String.prototype.split = mark('split');
  RegExp.prototype.exec = mark('exec'); Map.prototype.get = mark('Map.get'); Set.prototype.has = mark('Set.has');
  Promise.prototype.then = mark('then'); window.Promise = mark('Promise');
  Node.prototype.appendChild = mark('appendChild'); Node.prototype.insertBefore = mark('insertBefore'); Node.prototype.contains = mark('contains');
  Element.prototype.append = mark('append'); Element.prototype.attachShadow = mark('attachShadow'); Element.prototype.getBoundingClientRect = mark('rect');
  Document.prototype.createElement = mark('createElement'); Document.prototype.createTreeWalker = mark('createTreeWalker');
  Document.prototype.createRange = mark('createRange'); Document.prototype.querySelectorAll = mark('querySelectorAll');
  window.TreeWalker = mark('TreeWalker'); window.MutationObserver = mark('MutationObserver'); window.StaticRange = mark('StaticRange');
  window.Highlight = mark('Highlight'); window.requestIdleCallback = mark('requestIdleCallback'); window.setTimeout = mark('setTimeout');
  window.fetch = mark('fetch'); window.Range = mark('Range');
  try { Object.defineProperty(CSS, 'highlights', { value: { set: mark('highlights.set'), get: mark('highlights.get'), has: () => 'page-has', delete: mark('delete') } }); } catch (e) { window.__errors[window.__errors.length] = 'CSS.highlights: ' + e.message; }
  // A page that defines Negah's own element name, and listens for messages, as a page trying to detect Negah would.
  customElements.define('negah-layer', class extends HTMLElement { constructor() { super(); window.__negahSeen = true; } });
  window.__messages = [];
  window.addEventListener('message', (e) => { window.__messages[window.__messages.length] = typeof e.data; });
  window.__selfCheck = () => ({
    map: [1, 2].map((x) => x), json: JSON.stringify({ a: 1 }), append: Element.prototype.append.pageOwned === true,
    observer: window.MutationObserver.pageOwned === true, walker: document.createTreeWalker(document.body), highlights: CSS.highlights.has('negah-date'), errors: window.__errors,
  });
})();
</script>`;

function articleShell(title: string, head: string, body: string, lang = 'fa'): string {
  return `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8"><title>${esc(title)}</title>${TEXT_AT_LOAD}${head}</head><body>${body}</body></html>`;
}

/** A page of 100,000 elements around a real article (tables of figures, like an election results page). */
function hugeDom(): string {
  const rows: string[] = [];
  for (let i = 0; i < 16_700; i++) rows.push(`<tr><td>${i}</td><td><span>استان ${i % 31}</span></td><td><b>${i * 7}</b></td></tr>`);
  return articleShell('صفحه‌ی بسیار بزرگ', '', `<main><article id="article">${seedParagraphs()}</article><table id="figures"><tbody>${rows.join('')}</tbody></table></main>`);
}

/**
 * 5,000 levels of nesting inside the article, a dated paragraph at every hundredth level.
 * Built by the page's script (an HTML parser stops nesting at a few hundred levels, a
 * script does not), under `display: none`: this Chromium cannot lay out even 1,000
 * nested boxes without its renderer crashing, Negah or not, but every DOM walk —
 * Negah's included, which reads the DOM, not the layout — still goes all the way down.
 */
function deepDom(): string {
  const build = `<script>
(() => {
  let at = document.getElementById('deep');
  for (let i = 0; i < 5000; i++) {
    const el = document.createElement(i % 2 ? 'div' : 'span');
    if (i % 100 === 99) { const p = document.createElement('p'); p.textContent = 'لایه‌ی ' + i + ': عباس عراقچی در ' + (i % 28 + 1) + ' آذر ۱۴۰۳ گفت.'; el.append(p); }
    at.append(el);
    at = el;
  }
  window.__depth = (() => { let d = 0; for (let e = at; e; e = e.parentElement) d++; return d; })();
})();
</script>`;
  return articleShell('صفحه‌ی بسیار تودرتو', '', `<main><article id="article">${seedParagraphs()}<div id="deep" style="display:none"></div></article></main>${build}`);
}

/** Lone surrogates, bidi controls and joiners in and around dates and names. */
function oddText(): string {
  const odd = [
    'عباس عراقچی\uD800 در \u202B۱۲ آذر ۱۴۰۳\u202C به \uDC00آنکارا رفت.',
    '\u2067وزیر امور خارجه\u2069 روز \u200F۱۳\u200F آذر\u200C۱۴۰۳ \uD83D گفت\uDE00.',
    '\u202E۱۴۰۳/۰۹/۱۲\u202D \u061C\u200E\u200D\u034F\uFEFF\uFFFD\uFFFF ترکیه',
    '\uDBFF\uDFFF\uD800\uD800\uDC00\uDC00 سوریه \u0000\u0001\u001F',
  ];
  return articleShell('متن با نویسه‌های ناجور', '', `<main><article id="article">${seedParagraphs()}${odd.map((p) => `<p>${esc(p)}</p>`).join('')}</article></main>`);
}

/** Frames: a same-site one, one on another listed site, a srcdoc one and a sandboxed one. */
function framed(): string {
  const frames = [
    '<iframe id="same" src="/news/seed-1" width="600" height="200"></iframe>',
    '<iframe id="other" src="https://www.isna.ir/news/seed-3" width="600" height="200"></iframe>',
    `<iframe id="srcdoc" srcdoc="${esc(`<p lang="fa">عباس عراقچی در ۱۲ آذر ۱۴۰۳ گفت.</p>`)}" width="600" height="100"></iframe>`,
    '<iframe id="sandboxed" sandbox src="/news/seed-4" width="600" height="200"></iframe>',
  ];
  return articleShell('صفحه با قاب‌ها', '', `<main><article id="article">${seedParagraphs()}</article>${frames.join('')}</main>`);
}

/**
 * DOM clobbering aimed at the code that reads the page: a form whose controls stand in
 * for its parent, tag and attribute methods, and named images standing in for the
 * document's body, address, title and query methods.
 */
function clobbering(): string {
  const names = ['parentNode', 'parentElement', 'tagName', 'nodeName', 'getAttribute', 'hasAttribute', 'closest', 'contains', 'textContent', 'ownerDocument', 'nextElementSibling', 'firstElementChild', 'children', 'className', 'id', 'remove', 'cloneNode'];
  const form = `<form id="f">${names.map((n) => `<input name="${n}">`).join('')}<p>متن درون فرم با تاریخ ۱۴ آذر ۱۴۰۳.</p></form>`;
  const images = ['body', 'documentElement', 'URL', 'title', 'querySelector', 'querySelectorAll', 'createTreeWalker', 'cloneNode', 'getElementsByTagName', 'createElement']
    .map((n) => `<img name="${n}" alt="">`).join('');
  return articleShell('صفحه‌ای که DOM را می‌پوشاند', '', `<main><article id="article">${seedParagraphs()}${form}<p>پس از فرم: عباس عراقچی در ۱۵ آذر ۱۴۰۳ گفت.</p>${images}</article></main>`);
}

export function hostilePage(name: string): string | null {
  switch (name) {
    case 'xss':
      return xssArticlePage();
    case 'builtins':
      return articleShell('صفحه‌ای که توابع مرورگر را عوض می‌کند', REPLACE_BUILTINS, `<main><article id="article">${seedParagraphs()}</article></main>`);
    case 'huge':
      return hugeDom();
    case 'deep':
      return deepDom();
    case 'odd':
      return oddText();
    case 'frames':
      return framed();
    case 'clobber':
      return clobbering();
    default:
      return null;
  }
}
