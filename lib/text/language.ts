/**
 * Persian / Arabic / other, from letters and function words. Letters alone
 * fail on old Persian typed with Arabic ي/ك and on Arabic quoting Persian names;
 * function words alone fail on short text. Scores from both, so that «تهران؟»
 * stays Persian and an Arabic article quoting «عراقچی» stays Arabic.
 */
import { fold } from './fold';

export type Language = 'fa' | 'ar' | 'other';

// Folded forms (ي→ی, ك→ک, أ→ا …). Words frequent in one language and rare in the other.
const FA_WORDS = new Set(['است', 'این', 'که', 'را', 'می', 'های', 'ها', 'برای', 'شد', 'شده', 'کرد', 'کرده', 'بود', 'نیز', 'یک', 'از', 'به', 'در', 'با', 'هم', 'آن', 'ان', 'اند', 'کند', 'خود', 'وی', 'ایشان', 'باید', 'اما', 'همچنین', 'دارد', 'گفت', 'نمی', 'میشود', 'شود']);
const AR_WORDS = new Set(['فی', 'علی', 'الی', 'التی', 'الذی', 'عن', 'ان', 'هذا', 'هذه', 'ذلک', 'کان', 'قال', 'وقال', 'بین', 'لم', 'لا', 'قد', 'کما', 'الذین', 'ایضا', 'حیث', 'وفی', 'الا', 'منذ', 'خلال', 'وزیر', 'انه', 'التی', 'او', 'اذا']);
// 'ان' and 'وزیر' occur in both; they cancel out or tip by frequency, which is fine.

export interface LanguageScore {
  lang: Language;
  /** How sure, 0..1. */
  confidence: number;
  fa: number;
  ar: number;
}

/** Identifies the language of `text`; looks at no more than the first 20,000 characters. */
export function identifyLanguage(text: string): LanguageScore {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let fa = 0;
  let ar = 0;
  let arabicScript = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabicScript++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    switch (c) {
      case 0x067e: case 0x0686: case 0x0698: case 0x06af: fa += 3; break; // پ چ ژ گ
      case 0x06cc: case 0x06a9: fa += 1; break; // ی ک
      case 0x06c0: fa += 2; break; // ۀ
      case 0x0629: ar += 2; break; // ة
      case 0x0649: case 0x064a: case 0x0643: ar += 0.5; break; // ى ي ك (old Persian uses them too)
      case 0x0623: case 0x0625: ar += 1; break; // أ إ
      default: break;
    }
  }
  if (arabicScript < 3 || arabicScript < latin / 2) return { lang: 'other', confidence: 1, fa, ar };
  for (const word of fold(sample).text.split(/[^\u0600-\u06ff]+/)) {
    if (word.length === 0) continue;
    if (FA_WORDS.has(word)) fa += 2;
    if (AR_WORDS.has(word)) ar += 2;
    if (word.length > 3 && word.startsWith('ال')) ar += 0.5;
  }
  const total = fa + ar;
  if (total === 0) return { lang: 'fa', confidence: 0.3, fa, ar };
  const lang = fa >= ar ? 'fa' : 'ar';
  return { lang, confidence: Math.abs(fa - ar) / total, fa, ar };
}
