import { browser } from 'wxt/browser';

/**
 * A short notice on the page after clipping from the context menu or the
 * keyboard (the popup shows its own): in a closed shadow root, announced to
 * screen readers, gone after a few seconds. It is added after the page was read
 * and is Negah's own layer; the article is never changed.
 */
export async function showPageToast(tabId: number, text: string, dir: 'ltr' | 'rtl', isError: boolean): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId }, func: toast, args: [text, dir, isError] })
    .catch(() => undefined); // a page we cannot reach just gets no notice
}

/** Runs in the page (serialised by executeScript): self-contained. */
function toast(text: string, dir: 'ltr' | 'rtl', isError: boolean): void {
  const TAG = 'negah-toast';
  document.querySelector(TAG)?.remove();
  const host = document.createElement(TAG);
  const layout: Record<string, string> = { all: 'initial', position: 'fixed', 'inset-block-end': '24px', 'inset-inline-start': '50%', transform: 'translateX(-50%)', 'z-index': '2147483647', display: 'block' };
  for (const [prop, value] of Object.entries(layout)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', isError ? 'alert' : 'status');
  box.dir = dir;
  box.textContent = text;
  box.style.cssText = `font: 15px/1.5 Vazirmatn, Tahoma, system-ui, sans-serif; padding: 10px 16px; border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.25); color: #fff; background: ${isError ? '#9a3b00' : '#0b6e4f'}; max-width: 80vw;`;
  shadow.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 4000);
}
