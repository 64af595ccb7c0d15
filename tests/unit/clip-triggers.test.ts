import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpClipTriggers } from '@/entrypoints/background/clip-triggers';
import type { ExtractedPage } from '@/lib/messages';
import { getStore } from '@/lib/store/db';

type Listener = (...args: unknown[]) => void;

const page: ExtractedPage = { url: 'https://www.irna.ir/news/1', title: 'مذاکرات وین', lang: 'fa', html: '<p>متن</p>', text: 'متن خبر' };

/** The context menu and the command, with the browser's events captured so the test can fire them. */
function wire() {
  let onMenu: Listener = () => {};
  let onCommand: Listener = () => {};
  const created = vi.fn();
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(created as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((l: Listener) => (onMenu = l)) as never);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((l: Listener) => (onCommand = l)) as never);
  setUpClipTriggers();
  return { created, menu: (tabId: number) => onMenu({ menuItemId: 'negah-clip' }, { id: tabId }), command: (name: string, tabId: number) => onCommand(name, { id: tabId }) };
}

/** executeScript: the extractor returns the page; the toast records what it says. */
function fakePage(result: unknown) {
  const toasts: string[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { files?: string[]; args?: unknown[] }) => {
    if (injection.files) return [{ result, frameId: 0 }];
    toasts.push(String(injection.args?.[0]));
    return [{ result: undefined, frameId: 0 }];
  }) as never);
  return toasts;
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => `${key}${subs?.length ? `(${subs.join(',')})` : ''}`) as never);
});

describe('clipping without the popup', () => {
  it('offers “Save to Negah” on the page’s context menu', () => {
    const { created } = wire();
    return vi.waitFor(() => expect(created).toHaveBeenCalledWith(expect.objectContaining({ id: 'negah-clip', contexts: ['page', 'selection'] })));
  });

  it('saves from the context menu, then says on the page that a second save updated it', async () => {
    const { menu } = wire();
    const toasts = fakePage({ ok: true, page });
    menu(3);
    await vi.waitFor(() => expect(toasts).toEqual(['clipSaved(مذاکرات وین)']));
    menu(3);
    await vi.waitFor(() => expect(toasts).toEqual(['clipSaved(مذاکرات وین)', 'clipUpdated(مذاکرات وین)']));
    expect(await (await getStore()).count('clips')).toBe(1);
  });

  it('saves with the clip-page command (Alt+Shift+S) and ignores other commands', async () => {
    const { command } = wire();
    const toasts = fakePage({ ok: true, page });
    command('annotate-page', 5);
    command('clip-page', 5);
    await vi.waitFor(() => expect(toasts).toEqual(['clipSaved(مذاکرات وین)']));
  });

  it('says on the page why it could not save', async () => {
    const { command } = wire();
    const toasts = fakePage({ ok: false, error: 'too-large: this article is bigger than Negah keeps (10 MB)' });
    command('clip-page', 5);
    await vi.waitFor(() => expect(toasts).toEqual(['clipErrorTooLarge']));
    expect(await (await getStore()).count('clips')).toBe(0);
  });
});
