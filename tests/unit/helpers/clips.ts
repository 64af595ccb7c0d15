/** Clip fixtures for the store tests: what clipping a page would produce. */
import type { ClipContent } from '@/lib/store/clips';
import { termsOf } from '@/lib/store/search-key';

let n = 0;

export function content(over: Partial<ClipContent> = {}): ClipContent {
  n++;
  const url = over.url ?? `https://www.irna.ir/news/${n}`;
  const text = over.body?.text ?? 'عباس عراقچی وزیر امور خارجه در نشست خبری گفت مذاکرات ادامه دارد.';
  return {
    url,
    urls: [url],
    title: `خبر شماره ${n}`,
    site: 'ایرنا',
    lang: 'fa',
    score: 0.8,
    excerpt: text.slice(0, 80),
    hasBody: true,
    entities: [{ id: 'person:abbas-araghchi', count: 2 }, { id: 'country:IR', count: 1 }],
    body: { html: `<p>${text}</p>`, text, dates: [] },
    terms: termsOf(text),
    entityRecords: [
      { id: 'person:abbas-araghchi', type: 'person', name: { en: 'Abbas Araghchi', fa: 'عباس عراقچی', ar: 'عباس عراقجي' } },
      { id: 'country:IR', type: 'country', name: { en: 'Iran', fa: 'ایران', ar: 'إيران' } },
    ],
    ...over,
  };
}
