/**
 * Curated sources + generated countries → the compact runtime gazetteer
 * (lib/entities/compact.ts). Pure apart from reading CLDR through Intl and
 * i18n-iso-countries; the caller validates the sources first.
 */
import type { AliasSet, CountryExtra, EntrySource, Lang, PartialNames, RoleSource } from '../../lib/entities/gazetteer-source';
import {
  COMPACT_VERSION, KEY_LANG_OF,
  type CompactEntry, type CompactGazetteer, type CompactKeys, type CompactRole, type Pair,
} from '../../lib/entities/compact';
import { aliasKeys, foldAlias, type AliasKey } from '../../lib/entities/alias-variants';
import { BLOCKED } from '../../lib/entities/blocklist';
import { countryEntry } from './countries';
import { roleTitle, type Referent } from './titles';

export interface CompileInput {
  entries: EntrySource[];
  countries: Record<string, CountryExtra>;
  /** Codes that get a country entry. */
  codes: ReadonlySet<string>;
  /** Build date, 'YYYY-MM-DD'. */
  built: string;
}

export interface CompileResult {
  gazetteer: CompactGazetteer;
  /** Not errors: things a curator may want to look at (keys shared by several entities …). */
  notes: string[];
}

const LANGS: readonly Lang[] = ['en', 'fa', 'ar'];

export function compileGazetteer(input: CompileInput): CompileResult {
  const countries = [...input.codes].sort().map((code) => countryEntry(code, input.countries[code]));
  const sources = [...countries, ...input.entries];
  const byId = new Map(sources.map((e) => [e.id, e]));
  const referent = referents(byId);
  const titles = new TitleTable();
  const entries = sources.map((e) => compileEntry(e, referent, titles));
  dropSharedCountryAliases(entries, countries.length);
  return {
    gazetteer: { v: COMPACT_VERSION, built: input.built, entries, titles: titles.list, block: blockKeys() },
    notes: sharedKeyNotes(entries),
  };
}

function compileEntry(e: EntrySource, referent: (ref: string) => Referent | undefined, titles: TitleTable): CompactEntry {
  const out: CompactEntry = { i: e.id, t: e.type, n: [e.name.en, e.name.fa, e.name.ar] };
  if (e.desc) out.d = pair(e.desc);
  if (e.gloss) out.g = pair(e.gloss);
  if (e.qid) out.q = e.qid;
  if (e.country && e.type !== 'country') out.c = e.country;
  if (e.uncertain) out.u = e.uncertain;
  if (e.roles?.length) out.r = sortRoles(e.roles).map((r) => compileRole(r, referent, titles));
  const weak = keysOf(e.weak, e);
  const strong = keysOf(mergeNames(e.aliases, e.name), e, weak);
  const surname = keysOf(e.surname, e, new Set([...weak, ...strong].map(stripped)));
  if (strong.length) out.k = group(strong, e.name);
  if (weak.length) out.w = group(weak);
  if (surname.length) out.s = group(surname);
  return out;
}

function pair(n: PartialNames): Pair {
  return [n.en, n.fa ?? ''];
}

function mergeNames(aliases: AliasSet | undefined, name: EntrySource['name']): AliasSet {
  const out: AliasSet = {};
  for (const lang of LANGS) out[lang] = [name[lang], ...(aliases?.[lang] ?? [])];
  return out;
}

/** The entity's keys from one alias set, minus those already claimed (`exclude`, compared without spaces). */
function keysOf(set: AliasSet | undefined, e: EntrySource, exclude: Iterable<AliasKey | string> = []): AliasKey[] {
  const taken = new Set([...exclude].map((k) => (typeof k === 'string' ? k : stripped(k))));
  const out = new Map<string, AliasKey>();
  for (const lang of LANGS) {
    for (const alias of set?.[lang] ?? []) {
      for (const k of aliasKeys(alias, lang, e.type)) {
        if (k.lang === 'en' && !isAcronym(k.key)) continue;
        const id = stripped(k);
        if (taken.has(id)) continue;
        const prev = out.get(id);
        out.set(id, prev ? { lang: k.lang, key: mergeBreaks(prev.key, k.key) } : k);
      }
    }
  }
  return [...out.values()];
}

/** IAEA, U.N., E3, P5+1: Latin forms worth finding in Persian or Arabic text. */
export function isAcronym(key: string): boolean {
  return /^[A-Z][A-Z0-9.&+-]*[A-Z0-9.]$/.test(key) && /[A-Z].*[A-Z0-9]/.test(key);
}

/** Language + key without its optional spaces: two keys that match the same text. */
function stripped(k: AliasKey): string {
  return `${k.lang}:${k.key.replace(/ /g, '')}`;
}

/** One key with the breaks of both («علی رضا» + «علیرضا حقیقیان» style differences). */
export function mergeBreaks(a: string, b: string): string {
  const breaks = new Set<number>();
  for (const key of [a, b]) {
    let pos = 0;
    for (const ch of key) {
      if (ch === ' ') breaks.add(pos);
      else pos++;
    }
  }
  const letters = a.replace(/ /g, '');
  let out = '';
  for (let i = 0; i < letters.length; i++) out += (breaks.has(i) && i > 0 ? ' ' : '') + letters[i];
  return out;
}

/** Keys per language; a key identical to the name is written '' (compact.ts). */
function group(keys: AliasKey[], name?: EntrySource['name']): CompactKeys {
  const out: CompactKeys = {};
  for (const { lang, key } of keys) (out[KEY_LANG_OF[lang]] ??= []).push(name && key === name[lang] ? '' : key);
  return out;
}

function sortRoles(roles: RoleSource[]): RoleSource[] {
  return [...roles].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
}

function compileRole(r: RoleSource, referent: (ref: string) => Referent | undefined, titles: TitleTable): CompactRole {
  const of = referent(r.of)!;
  const toRef = r.to ?? (r.office === 'un-ambassador' ? 'org:un' : undefined);
  const [en, fa] = roleTitle(r, of, toRef ? referent(toRef) : undefined);
  const out: CompactRole = { o: r.office, t: titles.index([en, fa]), of: r.of };
  if (r.start) out.s = r.start;
  if (r.end !== undefined) out.e = r.end;
  if (r.acting) out.a = 1;
  if (r.uncertain) out.u = r.uncertain;
  return out;
}

const refId = (ref: string) => (/^[A-Z]{2}$/.test(ref) ? `country:${ref}` : ref);

function referents(byId: Map<string, EntrySource>): (ref: string) => Referent | undefined {
  return (ref) => {
    const e = byId.get(refId(ref));
    if (!e) return undefined;
    const forms = {} as Record<Lang, string[]>;
    for (const lang of LANGS) {
      forms[lang] = [e.name[lang], ...(e.aliases?.[lang] ?? []), ...(e.weak?.[lang] ?? [])].map(foldAlias);
    }
    return { names: e.name, forms, isCountry: e.type === 'country' };
  };
}

class TitleTable {
  readonly list: Pair[] = [];
  private readonly seen = new Map<string, number>();
  index(t: Pair): number {
    const key = t.join('\u0000');
    let i = this.seen.get(key);
    if (i === undefined) {
      i = this.list.push(t) - 1;
      this.seen.set(key, i);
    }
    return i;
  }
}

function blockKeys(): CompactKeys {
  return { f: BLOCKED.fa.map(foldAlias), r: BLOCKED.ar.map(foldAlias) };
}

/** CLDR gives «Congo» to both Congos: a generated alias two countries share is dropped. */
function dropSharedCountryAliases(entries: CompactEntry[], countryCount: number): void {
  const owners = new Map<string, number>();
  for (const e of entries.slice(0, countryCount)) for (const k of allKeys(e)) owners.set(k, (owners.get(k) ?? 0) + 1);
  for (const e of entries.slice(0, countryCount)) {
    if (!e.k) continue;
    for (const lang of ['f', 'r', 'e'] as const) {
      const list = e.k[lang]?.filter((k) => owners.get(`${lang}:${k || e.n[NAME_INDEX[lang]]}`) === 1);
      if (list) e.k[lang] = list;
    }
  }
}

const NAME_INDEX = { e: 0, f: 1, r: 2 } as const;

/** An entry's strong keys as 'lang:key', with '' spelled out as the name. */
function allKeys(e: CompactEntry): string[] {
  const keys = e.k;
  if (!keys) return [];
  return (['f', 'r', 'e'] as const).flatMap((lang) => (keys[lang] ?? []).map((k) => `${lang}:${k || e.n[NAME_INDEX[lang]]}`));
}

/** Strong keys shared by several entities: the matcher has to choose, so the curators should know. */
function sharedKeyNotes(entries: CompactEntry[]): string[] {
  const owners = new Map<string, string[]>();
  for (const e of entries) for (const k of allKeys(e)) owners.set(k, [...(owners.get(k) ?? []), e.i]);
  return [...owners].filter(([, ids]) => ids.length > 1).map(([k, ids]) => `strong key «${k}» shared by ${ids.join(', ')}`);
}
