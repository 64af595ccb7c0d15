/** Where Negah runs: the site rules and the popup's switches. */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nContext, type I18n } from '@/components/i18n';
import { SiteControls, type SiteControlsProps } from '@/components/SiteControls';
import { isCuratedUrl, optInPatterns, sitePattern } from '@/lib/site-access';
import { alwaysRun } from '@/entrypoints/popup/site-state';

const catalog = JSON.parse(readFileSync(`${process.cwd()}/public/_locales/en/messages.json`, 'utf8')) as Record<string, { message: string }>;
const i18n: I18n = { lang: 'en', t: (key, ...subs) => (catalog[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') };

function show(props: Partial<SiteControlsProps>) {
  const calls: string[] = [];
  const all: SiteControlsProps = {
    host: 'example.org', status: 'not-listed', siteOn: true, globalOn: true, busy: false,
    onSite: (on) => calls.push(`site:${on}`), onGlobal: (on) => calls.push(`global:${on}`),
    onAnnotateOnce: () => calls.push('once'), onAlwaysRun: () => calls.push('always'), onForget: () => calls.push('forget'),
    ...props,
  };
  const host = document.createElement('div');
  document.body.append(host);
  render(<I18nContext.Provider value={i18n}><SiteControls {...all} /></I18nContext.Provider>, host);
  return { host, calls };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('site rules', () => {
  it('knows the listed news sites, with their subdomains', () => {
    expect(isCuratedUrl('https://www.irna.ir/news/1')).toBe(true);
    expect(isCuratedUrl('https://en.irna.ir/news/1')).toBe(true);
    expect(isCuratedUrl('https://notirna.ir/news/1')).toBe(false);
    expect(isCuratedUrl('https://example.org/')).toBe(false);
    expect(isCuratedUrl('not a url')).toBe(false);
  });
  it('turns a page address into its site’s permission pattern', () => {
    expect(sitePattern('https://news.example.org/a?b=1')).toBe('*://news.example.org/*');
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('file:///etc/passwd')).toBeNull();
  });
  it('registers the loader only for sites granted beyond the list', () => {
    expect(optInPatterns(['*://*.irna.ir/*', '*://example.org/*', '<all_urls>', 'https://x.org/a/*'])).toEqual(['*://example.org/*']);
  });
});

describe('the popup’s site switches', () => {
  it('offers to annotate once or always where Negah does not run by itself', () => {
    const { host, calls } = show({ status: 'not-listed' });
    expect(host.textContent).toContain('Negah does not run on example.org by itself.');
    const [once, always] = [...host.querySelectorAll('button')];
    once!.click();
    always!.click();
    expect(calls).toEqual(['once', 'always']);
  });
  it('has a switch for a listed site, disabled while Negah is paused everywhere', () => {
    const { host } = show({ host: 'www.irna.ir', status: 'listed', globalOn: false });
    const site = [...host.querySelectorAll('label')].find((l) => l.textContent?.includes('Annotate www.irna.ir'))!;
    expect(site.textContent).toContain("on Negah's list of news sites");
    expect((site.querySelector('input') as HTMLInputElement).disabled).toBe(true);
  });
  it('asks for the site’s permission, then registers and annotates it; a refusal changes nothing', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
      return { ok: true, value: {} };
    });
    const ask = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const target = { tabId: 7, url: 'https://example.org/story', host: 'example.org', status: 'not-listed' as const };
    expect(await alwaysRun(target)).toBe(true);
    expect(ask).toHaveBeenCalledWith({ origins: ['*://example.org/*'] });
    expect(sent).toEqual([{ type: 'site:sync', payload: {} }, { type: 'annotate:tab', payload: { tabId: 7 } }]);
    ask.mockResolvedValue(false);
    sent.length = 0;
    expect(await alwaysRun(target)).toBe(false);
    expect(sent).toEqual([]);
  });
});
