/**
 * Checks the curated gazetteer before it is built: schema, unique ids, no dangling
 * references, role dates in order, letters of the right script in each language.
 * Returns every problem found, so a curator can fix a file in one pass.
 */
import {
  ENTITY_TYPES, OFFICES,
  type AliasSet, type CountryExtra, type EntrySource, type RoleSource,
} from './gazetteer-source';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^(person|country|city|org|agency|agreement|event|term):[A-Za-z0-9][A-Za-z0-9-]*$/;
const QID = /^Q[1-9]\d*$/;
const ISO2 = /^[A-Z]{2}$/;
/** Arabic yeh and kaf have no place in Persian spelling (the folder maps them anyway). */
const ARABIC_ONLY_IN_FA = /[يك]/;
/** Persian-only letters in an Arabic name usually mean a Persian name was pasted. */
const PERSIAN_ONLY_IN_AR = /[پچژگکی]/;

export interface GazetteerInput {
  entries: { file: string; entries: unknown }[];
  countries: Record<string, CountryExtra>;
  /** ISO2 codes the build will generate country entries for. */
  countryCodes: ReadonlySet<string>;
}

export function validateGazetteer(input: GazetteerInput): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const all: { file: string; e: EntrySource }[] = [];
  for (const { file, entries } of input.entries) {
    if (!Array.isArray(entries)) {
      problems.push(`${file}: must be a JSON array of entries`);
      continue;
    }
    entries.forEach((raw, i) => {
      const where = `${file}[${i}]`;
      const shapeProblems = checkShape(raw, where, input.countryCodes);
      problems.push(...shapeProblems);
      if (shapeProblems.length > 0) return;
      const e = raw as EntrySource;
      const prev = seen.get(e.id);
      if (prev) problems.push(`${where}: duplicate id ${e.id} (also in ${prev})`);
      seen.set(e.id, where);
      all.push({ file: where, e });
    });
  }
  for (const code of input.countryCodes) seen.set(`country:${code}`, 'CLDR');
  for (const { file, e } of all) problems.push(...checkReferences(e, file, seen, input.countryCodes));
  for (const [code, extra] of Object.entries(input.countries)) {
    problems.push(...checkCountryExtra(code, extra, seen, input.countryCodes));
  }
  return problems;
}

function checkShape(raw: unknown, where: string, codes: ReadonlySet<string>): string[] {
  if (!isObject(raw)) return [`${where}: not an object`];
  const e = raw as Partial<EntrySource>;
  const p: string[] = [];
  if (typeof e.id !== 'string' || !ID.test(e.id)) p.push(`${where}: bad id ${String(e.id)}`);
  if (!ENTITY_TYPES.includes(e.type as never)) p.push(`${where}: bad type ${String(e.type)}`);
  else if (typeof e.id === 'string' && !e.id.startsWith(`${e.type}:`)) p.push(`${where}: id ${e.id} does not start with its type ${e.type}:`);
  if (e.qid !== undefined && e.qid !== null && !(typeof e.qid === 'string' && QID.test(e.qid))) p.push(`${where}: bad qid ${String(e.qid)}`);
  p.push(...checkNames(e.name, `${where}.name`, true));
  if (e.desc !== undefined) p.push(...checkNames(e.desc, `${where}.desc`, false));
  if (e.gloss !== undefined) p.push(...checkNames(e.gloss, `${where}.gloss`, false));
  if (e.type === 'term' && e.gloss === undefined) p.push(`${where}: a term needs a gloss`);
  for (const key of ['aliases', 'weak', 'surname'] as const) {
    if (e[key] !== undefined) p.push(...checkAliases(e[key], `${where}.${key}`));
  }
  if (e.country !== undefined && !(typeof e.country === 'string' && codes.has(e.country))) p.push(`${where}: unknown country ${String(e.country)}`);
  if (e.members !== undefined) {
    if (!Array.isArray(e.members)) p.push(`${where}.members: must be an array`);
    else for (const m of e.members) if (typeof m !== 'string' || !codes.has(m)) p.push(`${where}.members: unknown country ${String(m)}`);
  }
  if (e.roles !== undefined) {
    if (!Array.isArray(e.roles)) p.push(`${where}.roles: must be an array`);
    else e.roles.forEach((r, i) => p.push(...checkRoleShape(r, `${where}.roles[${i}]`)));
  }
  if (e.uncertain !== undefined && typeof e.uncertain !== 'string') p.push(`${where}.uncertain: must be a string`);
  const known = new Set(['id', 'type', 'qid', 'name', 'desc', 'aliases', 'weak', 'surname', 'country', 'roles', 'gloss', 'members', 'uncertain']);
  for (const k of Object.keys(e)) if (!known.has(k)) p.push(`${where}: unknown field ${k}`);
  return p;
}

function checkNames(n: unknown, where: string, allRequired: boolean): string[] {
  if (!isObject(n)) return [`${where}: must be an object with en/fa/ar`];
  const p: string[] = [];
  const names = n as Record<string, unknown>;
  for (const lang of ['en', 'fa', 'ar']) {
    const v = names[lang];
    const required = allRequired || lang === 'en';
    if (v === undefined) {
      if (required) p.push(`${where}.${lang}: missing`);
      continue;
    }
    if (typeof v !== 'string' || v.trim() === '') p.push(`${where}.${lang}: must be a non-empty string`);
    else p.push(...checkScript(v, lang, `${where}.${lang}`));
  }
  for (const k of Object.keys(names)) if (!['en', 'fa', 'ar'].includes(k)) p.push(`${where}: unknown language ${k}`);
  return p;
}

function checkAliases(a: unknown, where: string): string[] {
  if (!isObject(a)) return [`${where}: must be an object of fa/ar/en arrays`];
  const p: string[] = [];
  for (const [lang, list] of Object.entries(a as AliasSet)) {
    if (!['en', 'fa', 'ar'].includes(lang)) p.push(`${where}: unknown language ${lang}`);
    if (!Array.isArray(list)) {
      p.push(`${where}.${lang}: must be an array`);
      continue;
    }
    for (const s of list) {
      if (typeof s !== 'string' || s.trim() === '') p.push(`${where}.${lang}: empty alias`);
      else p.push(...checkScript(s, lang, `${where}.${lang} «${s}»`));
    }
  }
  return p;
}

function checkScript(s: string, lang: string, where: string): string[] {
  if (lang === 'fa' && ARABIC_ONLY_IN_FA.test(s)) return [`${where}: Persian text with Arabic ي/ك`];
  if (lang === 'ar' && PERSIAN_ONLY_IN_AR.test(s)) return [`${where}: Arabic text with Persian letters`];
  if (lang === 'en' && /[\u0600-\u06FF]/.test(s)) return [`${where}: English text with Arabic script`];
  return [];
}

function checkRoleShape(raw: unknown, where: string): string[] {
  if (!isObject(raw)) return [`${where}: not an object`];
  const r = raw as Partial<RoleSource>;
  const p: string[] = [];
  if (!OFFICES.includes(r.office as never)) p.push(`${where}: bad office ${String(r.office)}`);
  if (typeof r.of !== 'string') p.push(`${where}: missing of`);
  if ((r.office === 'other' || r.office === 'minister' || r.office === 'military') && r.title === undefined) p.push(`${where}: office ${r.office} needs a title`);
  if (r.title !== undefined) p.push(...checkNames(r.title, `${where}.title`, false));
  if (r.start !== undefined && !(typeof r.start === 'string' && PARTIAL_DATE.test(r.start))) p.push(`${where}: bad start ${String(r.start)}`);
  if (r.end !== undefined && r.end !== null && !(typeof r.end === 'string' && PARTIAL_DATE.test(r.end))) p.push(`${where}: bad end ${String(r.end)}`);
  if (typeof r.start === 'string' && typeof r.end === 'string' && r.end < r.start.slice(0, r.end.length)) p.push(`${where}: ends ${r.end} before it starts ${r.start}`);
  const known = new Set(['office', 'of', 'to', 'title', 'start', 'end', 'acting', 'uncertain']);
  for (const k of Object.keys(r)) if (!known.has(k)) p.push(`${where}: unknown field ${k}`);
  return p;
}

function checkReferences(e: EntrySource, where: string, ids: Map<string, string>, codes: ReadonlySet<string>): string[] {
  const p: string[] = [];
  const resolves = (ref: string) => (ISO2.test(ref) ? codes.has(ref) : ids.has(ref));
  (e.roles ?? []).forEach((r, i) => {
    if (!resolves(r.of)) p.push(`${where}.roles[${i}]: of ${r.of} does not exist`);
    if (r.to !== undefined && !resolves(r.to)) p.push(`${where}.roles[${i}]: to ${r.to} does not exist`);
  });
  return p;
}

function checkCountryExtra(code: string, extra: CountryExtra, ids: Map<string, string>, codes: ReadonlySet<string>): string[] {
  const where = `countries.json ${code}`;
  const p: string[] = [];
  if (!codes.has(code)) p.push(`${where}: not a generated country code`);
  if (extra.name) p.push(...checkPartialNames(extra.name, `${where}.name`));
  if (extra.qid !== undefined && !QID.test(extra.qid)) p.push(`${where}: bad qid ${extra.qid}`);
  if (extra.aliases) p.push(...checkAliases(extra.aliases, `${where}.aliases`));
  if (extra.weak) p.push(...checkAliases(extra.weak, `${where}.weak`));
  if (extra.desc) p.push(...checkNames(extra.desc, `${where}.desc`, false));
  if (extra.capital !== undefined && !ids.has(extra.capital)) p.push(`${where}: capital ${extra.capital} does not exist`);
  return p;
}

function checkPartialNames(n: Record<string, unknown>, where: string): string[] {
  return Object.entries(n).flatMap(([lang, v]) =>
    typeof v === 'string' && v.trim() !== '' ? checkScript(v, lang, `${where}.${lang}`) : [`${where}.${lang}: must be a non-empty string`]);
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
