/** The entity card as a reader sees it, in English and in Persian. */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityCard } from '@/components/EntityCard';
import { I18nContext, type I18n } from '@/components/i18n';
import { Gazetteer } from '@/lib/entities/gazetteer';
import { entityView } from '@/lib/entities/view-model';
import { fixtureGazetteer } from './fixture';

const g = new Gazetteer(fixtureGazetteer());

function i18n(lang: 'en' | 'fa'): I18n {
  const catalog = JSON.parse(readFileSync(`${process.cwd()}/public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return { lang, t: (key, ...subs) => (catalog[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') };
}

function show(id: string, lang: 'en' | 'fa', published?: string): HTMLElement {
  const view = entityView(g, id, { uiLang: lang, published, today: '2026-11-20' })!;
  const host = document.createElement('div');
  document.body.append(host);
  render(<I18nContext.Provider value={i18n(lang)}><EntityCard view={view} /></I18nContext.Provider>, host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('EntityCard', () => {
  it('names the person, the office on the article date and the current one', () => {
    const card = show('person:abbas-araghchi', 'en', '2015-07-14');
    const article = card.querySelector('article')!;
    expect(article.getAttribute('dir')).toBe('ltr');
    expect(card.querySelector('h2')!.textContent).toBe('Abbas Araghchi');
    expect(card.textContent).toContain('Person');
    expect(card.textContent).toContain("On the article's date (14 July 2015)");
    expect(card.textContent).toContain('Deputy Foreign Minister of Iran');
    expect(card.textContent).toContain('Foreign Minister of Iran since 21 August 2024');
  });

  it('is labelled by its heading, and marks the language of each name', () => {
    const card = show('person:nasser-kanaani', 'fa', '2022-09-19');
    const article = card.querySelector('article')!;
    expect(document.getElementById(article.getAttribute('aria-labelledby')!)).toBe(card.querySelector('h2'));
    expect(article.getAttribute('dir')).toBe('rtl');
    expect([...card.querySelectorAll('.entity-names bdi')].map((b) => b.getAttribute('lang'))).toEqual(['ar', 'en']);
    expect(card.textContent).toContain('از ۶ تیر ۱۴۰۱ تا مرداد–شهریور ۱۴۰۳');
  });

  it('shows the approximate handover and the uncertainty note', () => {
    const card = show('person:esmaeil-baghaei', 'fa', '2024-08-20');
    expect(card.textContent).toContain('تقریبی');
    const note = card.querySelector('[role="note"]')!;
    expect(note.textContent).toContain('handover day in August 2024 not verified');
    expect(note.querySelector('li')!.getAttribute('lang')).toBe('en');
  });

  it('shows a term with its gloss and no office sections', () => {
    const card = show('term:sanctions', 'en');
    expect(card.textContent).toContain('Diplomatic term');
    expect(card.textContent).toContain('Meaning: Economic or political penalties');
    expect(card.querySelector('.entity-roles')).toBeNull();
  });

  it('links to Wikidata safely when the entity has a QID', () => {
    const a = show('org:un', 'en').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q1065');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
