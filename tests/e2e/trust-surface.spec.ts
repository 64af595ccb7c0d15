/**
 * What Negah exposes: the built manifests (Chrome MV3 and Firefox MV2) carry the
 * strict policy and the few permissions the README justifies, and nothing a page
 * or another extension could use; the policy is in force in Chromium's extension
 * pages and service worker; and a page Negah does not annotate cannot tell it is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXT_PATH, expect, test } from './fixtures';

const FIREFOX_PATH = resolve(process.env.FIREFOX_EXT_PATH ?? '.output/firefox-mv2');

function manifest(dir: string): Record<string, any> {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No built extension at ${dir}: run \`npm run build\` and \`npm run build:firefox\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A policy as directive → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

const STRICT = {
  'default-src': ["'none'"], 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'], 'font-src': ["'self'"],
  'connect-src': ["'self'"], 'worker-src': ["'self'"], 'frame-src': ["'none'"], 'media-src': ["'none'"], 'object-src': ["'none'"],
  'base-uri': ["'none'"], 'form-action': ["'none'"], 'frame-ancestors': ["'none'"],
};
/** The permissions README "Permissions" justifies, one by one. */
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];

test('both built manifests carry the strict policy, the justified permissions and nothing a page or another extension could use', () => {
  const chrome = manifest(EXT_PATH);
  const firefox = manifest(FIREFOX_PATH);
  expect(directives(chrome.content_security_policy.extension_pages)).toEqual(STRICT);
  expect(directives(firefox.content_security_policy)).toEqual(STRICT);
  expect([...chrome.permissions].sort()).toEqual(PERMISSIONS);
  expect(firefox.permissions.filter((p: string) => !p.includes('://')).sort()).toEqual(PERMISSIONS);
  // Hosts: the listed news sites only; every other site is optional, asked for from the popup.
  expect(chrome.host_permissions.every((h: string) => /^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(h))).toBe(true);
  expect(chrome.optional_host_permissions).toEqual(['*://*/*']);
  for (const m of [chrome, firefox]) {
    expect(m.web_accessible_resources).toBeUndefined(); // no file a page could probe for
    expect(m.externally_connectable).toBeUndefined(); // no web page may message Negah
    expect(m.content_scripts).toHaveLength(1);
    expect(m.content_scripts[0]).toMatchObject({ js: ['loader.js'], run_at: 'document_idle' });
    expect(m.content_scripts[0].all_frames).toBeUndefined(); // top frames only
  }
});

test('the policy holds in Chromium: an extension page runs no injected code, and neither it nor the service worker reaches the network', async ({ extPage, serviceWorker, web }) => {
  const before = web.requests.length;
  const page = await extPage('reader.html');
  const reports: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) reports.push(m.text());
  });
  const attempts = await page.evaluate(async () => {
    const out: Record<string, string> = {};
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
    out.inlineScript = (window as unknown as { __ran?: boolean }).__ran ? 'ran' : 'blocked';
    // A string run as code by the page itself (DevTools' own evaluation is exempt from the policy).
    (setTimeout as unknown as (code: string, ms: number) => number)('window.__timer = true', 0);
    try {
      await fetch('https://evil.example/fetch');
      out.fetch = 'reached';
    } catch {
      out.fetch = 'blocked';
    }
    const img = document.createElement('img');
    img.src = 'https://evil.example/pixel.png';
    document.body.append(img);
    const frame = document.createElement('iframe');
    frame.src = 'https://evil.example/frame';
    document.body.append(frame);
    const style = document.createElement('style');
    style.textContent = '@import url("https://evil.example/x.css"); body { background: url("https://evil.example/bg.png") }';
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 1000));
    out.stringAsCode = (window as unknown as { __timer?: boolean }).__timer ? 'ran' : 'blocked';
    out.violations = [...new Set(violations)].sort().join(' ');
    return out;
  });
  expect(attempts).toEqual({ inlineScript: 'blocked', stringAsCode: 'blocked', fetch: 'blocked', violations: 'connect-src frame-src img-src script-src script-src-elem style-src-elem' });
  expect(reports.length).toBeGreaterThan(0);
  const fromWorker = await serviceWorker.evaluate(async () => {
    try {
      await fetch('https://evil.example/from-worker');
      return 'reached';
    } catch {
      return 'blocked';
    }
  });
  expect(fromWorker).toBe('blocked');
  expect(web.requests.slice(before)).toEqual([]);
});

test('a page Negah does not annotate cannot tell it is installed', async ({ context, extensionId }) => {
  const probe = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(2000); // the loader has run and stepped aside
    return page.evaluate(async (id) => {
      let probed: string;
      try {
        await fetch(`chrome-extension://${id}/manifest.json`);
        probed = 'readable';
      } catch {
        probed = 'unreachable';
      }
      return {
        untouched: document.body.innerHTML === (window as any).__htmlAtLoad && document.documentElement.childElementCount === 2,
        highlights: CSS.highlights.size,
        mutations: (window as any).__mutations,
        runtime: typeof (window as any).chrome?.runtime?.sendMessage,
        probed,
      };
    }, extensionId);
  };
  const expected = { untouched: true, highlights: 0, mutations: 0, runtime: 'undefined', probed: 'unreachable' };
  // An English article on a listed site (the loader runs, finds nothing to do) and a Persian one on a site not listed.
  expect(await probe('https://www.irna.ir/news/fixture-english')).toEqual(expected);
  expect(await probe('https://example.org/news/fixture-news')).toEqual(expected);
});
