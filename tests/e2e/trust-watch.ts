/**
 * Watches every page of a browser context for signs that hostile content did
 * something: dialogs (each payload's script is an alert naming it), Content
 * Security Policy reports (something tried to run or load and the policy had to
 * stop it), uncaught errors, and requests. Extension pages and web pages are
 * told apart, since a hostile web page may do what it likes in its own world.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface Seen {
  where: string;
  what: string;
}

export interface Watch {
  dialogs: Seen[];
  policyReports: Seen[];
  errors: Seen[];
  requests: Seen[];
  /** What was seen in Negah's own pages (popup, reader, options, the background). */
  inExtension(): { dialogs: Seen[]; policyReports: Seen[]; errors: Seen[]; requests: Seen[] };
}

const isExtension = (url: string) => url.startsWith('chrome-extension://');

export function watchContext(context: BrowserContext): Watch {
  const watch: Watch = {
    dialogs: [], policyReports: [], errors: [], requests: [],
    inExtension: () => ({
      dialogs: watch.dialogs.filter((s) => isExtension(s.where)),
      policyReports: watch.policyReports.filter((s) => isExtension(s.where)),
      errors: watch.errors.filter((s) => isExtension(s.where)),
      // Requests for the extension's own files are not network requests.
      requests: watch.requests.filter((s) => isExtension(s.where) && !isExtension(s.what)),
    }),
  };
  const attach = (page: Page) => {
    page.on('dialog', (d) => {
      watch.dialogs.push({ where: page.url(), what: d.message() });
      void d.dismiss().catch(() => undefined);
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text())) watch.policyReports.push({ where: page.url(), what: m.text() });
    });
    page.on('pageerror', (e) => watch.errors.push({ where: page.url(), what: e.message }));
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  context.on('request', (r) => {
    const frame = (() => {
      try {
        return r.frame().url();
      } catch {
        return r.serviceWorker()?.url() ?? '';
      }
    })();
    watch.requests.push({ where: frame, what: r.url() });
  });
  return watch;
}

/** Problems found in the DOM under `selector`: elements or attributes that could run or load something. */
export function inertProblems(page: Page, selector: string, imgAllowed: boolean): Promise<string[]> {
  const forbiddenTags = ['SCRIPT', 'STYLE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'ISINDEX',
    'SVG', 'MATH', 'META', 'LINK', 'BASE', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'PICTURE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'IMAGE', 'AREA', 'MAP', 'PORTAL',
    'BGSOUND', 'MARQUEE', 'DETAILS', 'XMP', 'LISTING', 'PLAINTEXT', 'NOEMBED', 'NOFRAMES', 'TITLE'];
  const forbiddenAttr = /^(on.*|style|src|srcset|srcdoc|action|formaction|background|poster|ping|id|name|xlink:href|lowsrc|dynsrc|codebase|data|form|autofocus|shadowrootmode|http-equiv|download|class)$/i;
  return page.evaluate(([sel, tags, attr, allowImg]) => {
    const problems: string[] = [];
    const root = document.querySelector(sel as string);
    if (!root) return ['no article'];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toUpperCase();
      if ((tags as string[]).includes(tag) && !(allowImg && tag === 'IMG')) problems.push(`element ${tag}`);
      if (el.shadowRoot) problems.push(`${tag} has a shadow root`);
      for (const a of el.attributes) {
        const allowedClass = a.name === 'class' && /^(clip-image)$/.test(a.value);
        if (new RegExp(attr as string, 'i').test(a.name) && !allowedClass) problems.push(`${tag} @${a.name}`);
        if ((a.name === 'href' || a.name === 'data-src') && !/^https?:\/\/[^\s]/i.test(a.value)) problems.push(`${tag} @${a.name}=${a.value}`);
      }
      if (tag === 'A' && el.hasAttribute('href') && (el.getAttribute('rel') !== 'noopener noreferrer' || el.getAttribute('target') !== '_blank')) problems.push(`link without noopener: ${el.getAttribute('href')}`);
    }
    return problems;
  }, [selector, forbiddenTags, forbiddenAttr.source, imgAllowed] as const);
}
