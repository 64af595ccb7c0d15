import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '@/lib/text/language';
import { CORPUS_DIR, SEEDS_DIR, loadCorpus } from '../../scripts/eval/corpus';

describe('language identification', () => {
  it.each([
    ['تهران؟', 'fa'],
    ['آیا مذاکرات ادامه دارد؟', 'fa'],
    ['هل تستمر المفاوضات؟', 'ar'],
    ['اين متن قديمي است كه با ي و ك عربي نوشته شده', 'fa'],
    ['قال وزير الخارجية الإيراني عباس عراقچی إن المفاوضات مستمرة', 'ar'],
    ['گفت‌وگو', 'fa'],
    ['وزارة الخارجية', 'ar'],
    ['The minister said', 'other'],
    ['Iran and the IAEA (آژانس)', 'other'],
  ])('%s → %s', (text, lang) => {
    expect(identifyLanguage(text).lang).toBe(lang);
  });

  it('is right on every text of the dev corpus', () => {
    for (const doc of loadCorpus()) expect(identifyLanguage(doc.text).lang, doc.id).toBe(doc.language);
    expect(CORPUS_DIR).toContain('shared/corpus/dev');
  });

  it('is right on the seeds', () => {
    for (const f of ['000_832c46cdaac176aa.txt', '002_18702bf0e7dcb9b4.txt']) {
      expect(identifyLanguage(readFileSync(SEEDS_DIR + f, 'utf8')).lang).toBe('fa');
    }
  });
});
