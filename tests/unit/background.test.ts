import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { dispatch } from '@/utils/router';

const ORIGIN = 'chrome-extension://test/';

describe('the background router', () => {
  it('answers a ping from an extension page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '9.9.9' } as never);
    const answer = await dispatch(createHandlers(), { type: 'ping', payload: {} }, { id: fakeBrowser.runtime.id, url: `${ORIGIN}popup.html` }, ORIGIN);
    expect(answer).toEqual({ ok: true, value: { pong: true, version: '9.9.9' } });
  });

  it('refuses, and does nothing, when a web page context sends a page-only message', async () => {
    const spy = vi.spyOn(fakeBrowser.tabs, 'query');
    const answer = await dispatch(createHandlers(), { type: 'annotate:tab', payload: {} }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } as never }, ORIGIN);
    expect(answer).toEqual({ ok: false, error: 'annotate:tab: only an extension page may send this' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses messages from other extensions', async () => {
    const answer = await dispatch(createHandlers(), { type: 'ping', payload: {} }, { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }, ORIGIN);
    expect(answer).toEqual({ ok: false, error: 'ping: sender is not this extension' });
  });

  it('shows the number of marks on the badge of the tab that reported them', async () => {
    const answer = await dispatch(createHandlers(), { type: 'badge:set', payload: { count: 12, state: 'on' } }, { id: fakeBrowser.runtime.id, url: 'https://www.irna.ir/', tab: { id: 4 } as never }, ORIGIN);
    expect(answer).toEqual({ ok: true, value: { ok: true } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('12');
  });

  it('reports a failing handler as an error instead of crashing', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    const answer = await dispatch(createHandlers(), { type: 'annotator:load', payload: {} }, { id: fakeBrowser.runtime.id, url: 'https://www.irna.ir/', tab: { id: 4 } as never }, ORIGIN);
    expect(answer).toEqual({ ok: false, error: 'annotator:load: Cannot access contents of the page' });
  });
});

describe('injecting the annotator', () => {
  it('does not inject on a site the reader switched off, and says so on the badge', async () => {
    const { settingsItem } = await import('@/utils/settings-item');
    await settingsItem.setValue({ disabledSites: ['www.irna.ir'] } as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const answer = await dispatch(createHandlers(), { type: 'annotator:load', payload: {} }, { id: fakeBrowser.runtime.id, url: 'https://www.irna.ir/news/1', tab: { id: 5 } as never }, ORIGIN);
    expect(answer).toEqual({ ok: true, value: { injected: false } });
    expect(inject).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('off');
  });
});
