/**
 * DateCard as rendered (preact + happy-dom): the heading a screen reader announces,
 * the other calendars, «≈» with its note, the warning, direction and digits per
 * interface language. Strings come from the extension's own message catalogs.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DateCard } from '../../../components/DateCard';
import { I18nContext, type MessageKey } from '../../../components/i18n';
import { detectDates } from '../../../lib/dates/detect';
import { dateCardModel } from '../../../lib/dates/view-model';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function translator(lang: 'en' | 'fa') {
  const catalog = JSON.parse(readFileSync(`${ROOT}/public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return (key: MessageKey, ...subs: string[]) => catalog[key]!.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

function show(text: string, lang: 'fa' | 'ar', ui: 'en' | 'fa'): HTMLElement {
  const [a] = detectDates(text, { lang, published: '2025-01-16' });
  const model = dateCardModel(a!, { calendars: { jalali: true, gregorian: true, hijri: true } }, ui, '2025-01-20');
  const host = document.createElement('div');
  document.body.append(host);
  render(<I18nContext.Provider value={{ t: translator(ui), lang: ui }}><DateCard model={model} /></I18nContext.Provider>, host);
  return host;
}

describe('DateCard', () => {
  it('is a labelled region whose heading is the date', () => {
    const host = show('۱۲ آذر ۱۴۰۳', 'fa', 'en');
    const section = host.querySelector('section')!;
    const heading = host.querySelector('h3')!;
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.textContent).toMatch(/Azar 12, 1403/);
    expect(section.getAttribute('dir')).toBe('ltr');
    expect(section.getAttribute('lang')).toBe('en');
  });

  it('lists the other calendars with their names, Hijri marked approximate', () => {
    const text = show('۱۲ آذر ۱۴۰۳', 'fa', 'en').textContent!;
    expect(text).toContain('Gregorian');
    expect(text).toMatch(/December 2, 2024/);
    expect(text).toContain('Lunar Hijri');
    expect(text).toContain('≈');
    expect(text).toContain("±1 day (Umm al-Qura; Iran's official date may be a day later)");
    expect(text).toContain('Monday');
    expect(text).toContain('As written: ۱۲ آذر ۱۴۰۳');
  });

  it('shows a weekday mismatch as a warning', () => {
    const host = show('دوشنبه ۲۷ دی ۱۴۰۳', 'fa', 'en');
    const warning = host.querySelector('.negah-date-card__warning')!;
    expect(warning.textContent).toContain('The text says Monday, but this date is a Thursday.');
    expect(warning.textContent).toContain('Warning:');
  });

  it('shows a disagreeing pair as a warning', () => {
    const host = show('۱۲ آذر ۱۴۰۳ (۳ دسامبر ۲۰۲۴)', 'fa', 'en');
    expect(host.querySelector('.negah-date-card__warning')?.textContent).toContain('do not name the same day');
  });

  it('is right to left with Persian digits and names in Persian', () => {
    const host = show('16 يناير 2025', 'ar', 'fa');
    const section = host.querySelector('section')!;
    expect(section.getAttribute('dir')).toBe('rtl');
    const text = section.textContent!.replace('16 يناير 2025', '');
    expect(text).not.toMatch(/[0-9]/);
    expect(text).toContain('هجری شمسی');
    expect(text).toContain('۲۷ دی ۱۴۰۳');
    expect(text).toContain('۴ روز پیش');
  });

  it('uses logical CSS properties only', () => {
    const css = readFileSync(`${ROOT}/components/DateCard.css`, 'utf8');
    expect(css).not.toMatch(/(margin|padding|border)-(left|right|top|bottom)|(?<![\w-])(left|right|top|bottom|width|height)\s*:|text-align:\s*(left|right)|float:/);
  });
});
