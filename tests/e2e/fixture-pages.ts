/**
 * Fixture pages modelled on real news sites, built at request time around the
 * seed articles (read from ../shared, never copied): RTL layout with navigation,
 * ads, related links, comments and footer (each carrying dates that must NOT be
 * marked), lazy paragraphs, an SPA route change, infinite scroll, a 1 MB
 * article, an English page, a Persian sports page and a page with a login form.
 * Each page records its own text and observes long tasks for the tests.
 */
import { seedText } from './seed-pages';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function paragraphs(text: string): { title: string; body: string[] } {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [title = '', ...body] = lines;
  return { title, body };
}

/** A page-side probe: long tasks from the start, and the text before any extension ran. */
const PROBE = `<script>
window.__longTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
// Long animation frames say which scripts ran in them, extension scripts included.
window.__longFrames = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longFrames.push({ start: e.startTime, duration: e.duration, scripts: e.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })) }); }).observe({ type: 'long-animation-frame', buffered: true }); } catch (e) {}
window.__textAtLoad = null;
window.__mutations = 0;
document.addEventListener('DOMContentLoaded', () => {
  window.__textAtLoad = document.body.textContent; window.__htmlAtLoad = document.body.innerHTML;
  new MutationObserver((r) => { window.__mutations += r.length; }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
});
</script>`;

interface Layout {
  lang: 'fa' | 'ar' | 'en';
  title: string;
  article: string;
  published?: string;
  script?: string;
}

const ENGLISH_FURNITURE = {
  nav: '<a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a><span class="today">Today: 10 December 2024</span>',
  ad: 'Advertisement: big sale until 20 December 2024',
  related: '<li><a href="/n/1">Ministers meet on 5 December 2024</a></li>',
  comments: '<p>Reader: this was also reported on 3 December 2024.</p>',
  footer: 'All rights reserved 2024',
};

function shell({ lang, title, article, published, script }: Layout): string {
  const dir = lang === 'en' ? 'ltr' : 'rtl';
  if (lang === 'en') return englishShell(title, article, published);
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><title>${esc(title)}</title>
${published ? `<meta property="article:published_time" content="${published}">` : ''}
<style>body{font-family:sans-serif;max-width:900px;margin:auto} .ad{background:#eee;padding:8px} nav a{margin:0 6px}</style>
${PROBE}
</head>
<body>
<header class="site-header"><nav class="main-menu"><a href="/">صفحه اصلی</a><a href="/politics">سیاسی</a><a href="/sport">ورزشی</a><span class="today">امروز: ۲۰ آذر ۱۴۰۳</span></nav></header>
<div class="ad banner">تبلیغات: حراج بزرگ تا ۳۰ آذر ۱۴۰۳ با حضور سفیر برند</div>
<main>
<article id="article">
${article}
</article>
<aside class="related"><h2>اخبار مرتبط</h2><ul><li><a href="/n/1">دیدار وزیر خارجه با همتای ترکیه‌ای در ۱۵ آذر ۱۴۰۳</a></li><li><a href="/n/2">گزارش ۱۰ دی ۱۴۰۲</a></li></ul></aside>
<section class="comments" id="comments"><h2>نظرات</h2><p>کاربر: این خبر در ۱۳ آذر ۱۴۰۳ هم منتشر شده بود.</p></section>
</main>
<footer class="site-footer"><p>تمامی حقوق محفوظ است ۱۴۰۳ - به‌روزرسانی ۱ دی ۱۴۰۳</p></footer>
${script ? `<script>${script}</script>` : ''}
</body></html>`;
}

function englishShell(title: string, article: string, published?: string): string {
  const f = ENGLISH_FURNITURE;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
${published ? `<meta property="article:published_time" content="${published}">` : ''}${PROBE}</head>
<body><header><nav>${f.nav}</nav></header><div class="ad">${f.ad}</div>
<main><article id="article">${article}</article><aside class="related"><ul>${f.related}</ul></aside><section id="comments">${f.comments}</section></main>
<footer>${f.footer}</footer></body></html>`;
}

function articleHtml(text: string): string {
  const { title, body } = paragraphs(text);
  return `<h1>${esc(title)}</h1>\n${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
}

const SPORT = `پیروزی استقلال در دربی
دیدار استقلال و پرسپولیس روز جمعه ۳۰ آذر ۱۴۰۳ در ورزشگاه آزادی با نتیجه ۲-۱ به سود استقلال به پایان رسید.
سرمربی استقلال پس از بازی گفت: بازیکنان ما از ۱۵ آذر برای این دیدار آماده شده بودند و هواداران ۷۸ هزار نفری ورزشگاه را پر کردند.
بازی برگشت دو تیم ۱۰ فروردین ۱۴۰۴ برگزار خواهد شد.`;

const ENGLISH = `Foreign ministers meet in Ankara
Iran's foreign minister Abbas Araghchi met his Turkish counterpart Hakan Fidan on 2 December 2024 in Ankara.
The two ministers discussed the Astana process and the situation in Syria.`;

export function fixturePage(name: string, seed = 2): string | null {
  switch (name) {
    case 'news':
      return shell({ lang: 'fa', title: paragraphs(seedText(seed)).title, article: articleHtml(seedText(seed)), published: '2024-12-02T18:23:00+03:30' });
    case 'lazy': {
      const { title, body } = paragraphs(seedText(seed));
      const first = body.slice(0, 3);
      const later = body.slice(3);
      return shell({
        lang: 'fa', title, published: '2024-12-02T18:23:00+03:30',
        article: `<h1>${esc(title)}</h1>${first.map((p) => `<p>${esc(p)}</p>`).join('')}<div id="more"></div>`,
        script: `setTimeout(() => { const more = document.getElementById('more'); for (const t of ${JSON.stringify([...later, 'این پاراگراف بعداً بارگذاری شد و تاریخ ۱۸ آذر ۱۴۰۳ را دارد.'])}) { const p = document.createElement('p'); p.textContent = t; more.append(p); } window.__lazyDone = true; }, 1200);`,
      });
    }
    case 'spa': {
      const a = seedText(seed);
      const b = seedText((seed + 1) % 5);
      return shell({
        lang: 'fa', title: paragraphs(a).title, article: articleHtml(a), published: '2024-12-02T18:23:00+03:30',
        script: `window.__route = () => { history.pushState({}, '', '/news/second-story'); document.getElementById('article').innerHTML = ${JSON.stringify(articleHtml(b).replace(/<\/p>/, ' در تاریخ ۲۵ بهمن ۱۴۰۲ </p>'))}; };`,
      });
    }
    case 'infinite': {
      const a = seedText(seed);
      const b = seedText((seed + 2) % 5);
      return shell({
        lang: 'fa', title: paragraphs(a).title, article: articleHtml(a), published: '2024-12-02T18:23:00+03:30',
        script: `window.__next = () => { const next = document.createElement('article'); next.className = 'next-article'; next.innerHTML = ${JSON.stringify(articleHtml(b) + '<p>این خبر در ۲۲ آذر ۱۴۰۳ منتشر شد.</p>')}; document.querySelector('main').append(next); };`,
      });
    }
    case 'huge': {
      const base = paragraphs(seedText(0)).body.concat(...[1, 2, 3, 4].map((n) => paragraphs(seedText(n)).body));
      const out: string[] = [];
      let size = 0;
      for (let i = 0; size < 1_000_000; i++) {
        const p = base[i % base.length]!;
        out.push(`<p>${esc(p)}</p>`);
        size += p.length;
      }
      return shell({ lang: 'fa', title: 'مقاله‌ی بسیار بلند', article: `<h1>مقاله‌ی بسیار بلند</h1>${out.join('\n')}`, published: '2024-12-02T18:23:00+03:30' });
    }
    case 'late': {
      // An app shell: the article arrives a second after load, as on sites rendered in the browser.
      const text = seedText(seed);
      return `<!doctype html><html><head><meta charset="utf-8"><title>…</title>${PROBE}</head><body><div id="app">Loading…</div>
<script>setTimeout(() => { document.getElementById('app').innerHTML = '<main><article id="article">' + ${JSON.stringify(articleHtml(text))} + '</article></main>'; }, 1000);</script></body></html>`;
    }
    case 'english':
      return shell({ lang: 'en', title: 'Foreign ministers meet', article: articleHtml(ENGLISH), published: '2024-12-02T12:00:00Z' });
    case 'sport':
      return shell({ lang: 'fa', title: 'پیروزی استقلال در دربی', article: articleHtml(SPORT), published: '2024-12-21T20:00:00+03:30' });
    case 'login':
      return shell({
        lang: 'fa', title: paragraphs(seedText(seed)).title, published: '2024-12-02T18:23:00+03:30',
        article: `${articleHtml(seedText(seed))}
<form id="login"><label>نام کاربری <input name="user" value="دیدار ۱۲ آذر ۱۴۰۳"></label>
<label>متن <textarea name="msg">جلسه ۱۴ آذر ۱۴۰۳ در تهران</textarea></label>
<div contenteditable="true" id="editor">یادداشت: ۱۶ آذر ۱۴۰۳ با عباس عراقچی</div>
<pre>کد: ۱۷ آذر ۱۴۰۳</pre>
<button type="submit">ورود</button></form>`,
      });
    default:
      return null;
  }
}
