import { ownerDocumentOf, parentOf, tagOf } from '../dom/safe-dom';
import { hasArabicScriptContent } from './script-sample';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The document's language attribute, or a small sample of its visible text: well under 1 ms. */
export function looksPersianOrArabic(doc: Document): boolean {
  const lang = doc.documentElement.lang.toLowerCase();
  if (/^(fa|ar|prs|ps|ckb|ur)\b/.test(lang)) return true;
  if (/^[a-z]{2}\b/.test(lang) && !/^(fa|ar)/.test(lang) && !hasArabicScriptContent(doc.title)) {
    // A page that declares another language needs strong evidence in its text.
    return hasArabicScriptContent(sampleText(doc.body, 1500));
  }
  return hasArabicScriptContent(`${doc.title} ${sampleText(doc.body, 4000)}`);
}

function sampleText(root: Node | null, limit: number): string {
  if (!root) return '';
  const walker = (ownerDocumentOf(root) ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < limit; n = walker.nextNode()) {
    const parent = parentOf(n);
    if (!SKIP.has(parent ? tagOf(parent) : '')) out += (n as Text).data;
  }
  return out;
}
