import { hasArabicScriptContent } from '@/lib/detect/script-sample';
import { isEnabledOn } from '@/lib/settings';
import { request } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings-item';

export async function startLoader(): Promise<void> {
  const settings = await loadSettings();
  if (!isEnabledOn(settings, location.hostname)) {
    await request('badge:set', { count: 0, state: 'off' });
    return;
  }
  if (!looksPersianOrArabic()) return;
  await request('annotator:load', {});
}

/** Looks at the document language and a small sample of visible text: well under 1 ms. */
function looksPersianOrArabic(): boolean {
  const lang = document.documentElement.lang.toLowerCase();
  if (/^(fa|ar|prs|ps|ckb|ur)\b/.test(lang)) return true;
  return hasArabicScriptContent(sampleText(document.body, 4000));
}

function sampleText(root: Node | null, limit: number): string {
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < limit; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    out += n.nodeValue ?? '';
  }
  return document.title + out;
}
