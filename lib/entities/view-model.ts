/**
 * What the entity tooltip shows, as plain data (components/EntityCard.tsx
 * renders it): names in the three languages, a one-line description or gloss,
 * the country, and for people the office held on the article's date next to
 * the current one, with dates in the interface language's calendar. Curators'
 * "uncertain" notes are passed on, never hidden.
 */
import type { EntityType } from './gazetteer-source';
import type { CompactRole, Pair } from './compact';
import type { Gazetteer } from './gazetteer';
import { formatPartialDate, type UiLang } from './format-date';
import { formerRoles, rolesOn, today as todayIso } from './roles';

/** A piece of text and the language it is written in (it may fall back to English). */
export interface LangText {
  text: string;
  lang: 'en' | 'fa' | 'ar';
}

export interface RoleLine {
  title: LangText;
  /** Formatted start and end; absent when unknown. */
  start?: string;
  end?: string;
  /** Still held when the data was reviewed. */
  ongoing: boolean;
  acting: boolean;
  /** The date falls in a month of handover, or the dates are imprecise. */
  approximate: boolean;
}

export interface EntityView {
  id: string;
  type: EntityType;
  /** All names, the interface language's first; identical spellings shown once. */
  names: LangText[];
  description?: LangText;
  gloss?: LangText;
  /** The entity's country, in the interface language. */
  country?: LangText;
  /** People: offices held on the article's date (formatted), or an empty list. */
  onDate?: { date: string; roles: RoleLine[] };
  /** People: offices held today, when the article is not from today. */
  current: RoleLine[];
  /** People: the latest offices that have ended (at most three). */
  former: RoleLine[];
  /** What the data says is not certain. */
  uncertain: string[];
  wikidata?: string;
}

export interface ViewOptions {
  uiLang: UiLang;
  /** The article's publication date 'YYYY-MM-DD'. */
  published?: string;
  /** 'YYYY-MM-DD'; defaults to the real today. */
  today?: string;
}

/** The tooltip model for entity `id`, or undefined if the gazetteer does not know it. */
export function entityView(gazetteer: Gazetteer, id: string, options: ViewOptions): EntityView | undefined {
  const e = gazetteer.entryById(id);
  if (!e) return undefined;
  const { uiLang } = options;
  const today = options.today ?? todayIso();
  const line = (r: CompactRole, approximate = false) => roleLine(gazetteer, r, uiLang, approximate);
  const view: EntityView = {
    id: e.i, type: e.t, names: names(e.n, uiLang), current: [], former: [], uncertain: e.u ? [e.u] : [],
  };
  if (e.d) view.description = pick(e.d, uiLang);
  if (e.g) view.gloss = pick(e.g, uiLang);
  const country = e.c ? gazetteer.entryById(e.c) : undefined;
  if (country) view.country = pick([country.n[0], country.n[1]], uiLang);
  if (e.q) view.wikidata = `https://www.wikidata.org/wiki/${e.q}`;
  if (e.t !== 'person') return view;
  const date = options.published ?? today;
  const held = rolesOn(e.r, date);
  view.onDate = { date: formatPartialDate(date, uiLang), roles: held.map((h) => line(h.role, h.approximate)) };
  if (date !== today) view.current = rolesOn(e.r, today).map((h) => line(h.role, h.approximate));
  const shown = new Set([...held.map((h) => h.role), ...rolesOn(e.r, today).map((h) => h.role)]);
  view.former = formerRoles(e.r, today).filter((r) => !shown.has(r)).slice(-3).toReversed().map((r) => line(r));
  for (const h of held) if (h.role.u) view.uncertain.push(h.role.u);
  return view;
}

function roleLine(gazetteer: Gazetteer, r: CompactRole, uiLang: UiLang, approximate: boolean): RoleLine {
  const title = gazetteer.titles[r.t] ?? ['', ''];
  return {
    title: pick(title, uiLang),
    start: r.s ? formatPartialDate(r.s, uiLang) : undefined,
    end: typeof r.e === 'string' ? formatPartialDate(r.e, uiLang) : undefined,
    ongoing: r.e === null,
    acting: r.a === 1,
    approximate,
  };
}

/** The interface language's text, or English when the Persian is missing. */
function pick(pair: Pair, uiLang: UiLang): LangText {
  return uiLang === 'fa' && pair[1] ? { text: pair[1], lang: 'fa' } : { text: pair[0], lang: 'en' };
}

/** Arabic yeh and kaf written as their Persian twins wherever a letter follows, where the two look alike. */
function lookalike(s: string): string {
  return s.replace(/[يك](?=[\u0620-\u064a\u066e-\u06d3])/g, (c) => (c === 'ي' ? 'ی' : 'ک'));
}

function names([en, fa, ar]: [string, string, string], uiLang: UiLang): LangText[] {
  const all: LangText[] = uiLang === 'fa'
    ? [{ text: fa, lang: 'fa' }, { text: ar, lang: 'ar' }, { text: en, lang: 'en' }]
    : [{ text: en, lang: 'en' }, { text: fa, lang: 'fa' }, { text: ar, lang: 'ar' }];
  // «عادل الجبیر» and «عادل الجبير» differ only in letters that look the same inside a word: show one.
  const seen = new Set<string>();
  return all.filter((n) => {
    const key = lookalike(n.text);
    return n.text !== '' && !seen.has(key) && seen.add(key);
  });
}
