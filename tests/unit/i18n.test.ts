import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = `${process.cwd()}/public/_locales/`;
const catalog = (lang: string) => JSON.parse(readFileSync(`${LOCALES}${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('interface languages', () => {
  const en = catalog('en');
  const langs = readdirSync(LOCALES);

  it('ships English and Persian', () => {
    expect(langs.sort()).toEqual(['en', 'fa']);
  });

  it.each(readdirSync(LOCALES))('%s has every key English has, and no others', (lang) => {
    const keys = Object.keys(catalog(lang)).sort();
    expect(keys).toEqual(Object.keys(en).sort());
  });

  it.each(readdirSync(LOCALES))('%s has no empty message and the same placeholders as English', (lang) => {
    for (const [key, { message }] of Object.entries(catalog(lang))) {
      expect(message.trim(), key).not.toBe('');
      const holes = (m: string) => (m.match(/\$\d/g) ?? []).sort().join();
      expect(holes(message), key).toBe(holes(en[key]!.message));
    }
  });

  it('Persian messages are written in Persian', () => {
    const fa = catalog('fa');
    const latinOnly = Object.entries(fa).filter(([k, { message }]) => !/[\u0600-\u06ff]/.test(message) && !['langEn', 'langFa'].includes(k));
    expect(latinOnly.map(([k]) => k)).toEqual([]);
  });
});
