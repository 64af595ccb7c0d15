/**
 * The fuzzing properties (fast-check), shared by the quick run in the unit tests
 * (tests/unit/fuzz.test.ts) and the long one (`npm run fuzz`, scripts/fuzz.ts):
 * the normaliser, the date parser, the entity matcher, URL canonicalisation and
 * import validation, each fed hostile input — any UTF-16 (lone surrogates, bidi
 * controls), word salad of the pieces real text is made of, mangled files.
 * Each property throws (an `expect`-free assertion) when it finds a fault.
 */
import fc from 'fast-check';
import { InvalidUrlError, canonicalUrl, cleanUrl } from '../../lib/clip/canonical-url';
import { detectDates } from '../../lib/dates/detect';
import { exportedClip } from '../../lib/export/json';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportedClipSchema, type ExportedClip } from '../../lib/export/format';
import { itemFromExport, parseNegahExport } from '../../lib/import/negah-json';
import { parsePocketCsv } from '../../lib/import/pocket-csv';
import { ImportError } from '../../lib/import/report';
import { normaliseTags } from '../../lib/store/clips';
import { fold, foldKey, originalSpan } from '../../lib/text/fold';
import { loadNodeMatcher } from '../../scripts/node-gazetteer';
import * as v from 'valibot';

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(what);
}

/** Any UTF-16 code unit: lone surrogates, bidi controls, NUL, presentation forms. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Sizes up to the limit, not fast-check's small default: long, dense text is where parsers break. */
const anyText = (maxLength: number) => fc.string({ unit: anyUnit, maxLength, size: 'large' });

/** Pieces Persian and Arabic news text is made of, the awkward ones included. */
const PIECES = [
  'ا', 'ب', 'ی', 'ي', 'ک', 'ك', 'ه', 'ة', 'ۀ', 'ئ', 'أ', 'آ', 'ل', 'و', 'ن', 'م', 'ر', 'س', 'د', ' ', '  ', '\n', '\u00a0',
  '\u200c', '\u200d', '\u200e', '\u200f', '\u202b', '\u202c', '\u2067', '\u2069', '\u061c', '\u0640', '\u064b', '\u0654', '\u0670', '\ufeeb', '\ufefb', '\ufdf2',
  '\ud800', '\udc00', '\ud83d\ude00', '،', '.', '(', ')', '«', '»', '-', '/', ':', '٬', '٫',
  '۱۲', '١٤٠٣', '1403', '2025', '۰۱', '27', '31', 'آذر', 'دی', 'ماه', 'فروردین', 'اسفند', 'ژانویه', 'آذار', 'تشرين الأول', 'رمضان', 'ذی‌الحجه',
  'پنج‌شنبه', 'الخميس', 'امروز', 'اليوم', 'دیروز', 'سال', 'گذشته', 'آینده', 'المقبل', 'میلادی', 'ه.ش', 'هـ', 'تا', 'إلى', 'الموافق', 'ساعت',
  'ایران', 'عراقچی', 'عباس عراقچی', 'سید عباس', 'وزیر امور خارجه', 'ترکیه', 'سوریه', 'آژانس بین‌المللی انرژی اتمی', 'برجام', 'الرياض', 'وزير الخارجية',
  'فيصل بن فرحان', 'المملكة العربية السعودية', 'الأمم المتحدة', 'شورای امنیت', 'اکو', 'IAEA', 'ECO', 'Araghchi',
];
const salad = fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 60, size: 'large' }), fc.boolean()).map(([p, spaced]) => p.join(spaced ? ' ' : ''));
const text = fc.oneof(anyText(200), salad);
const lang = fc.constantFrom('fa' as const, 'ar' as const, 'other' as const);
const published = fc.option(fc.oneof(fc.constantFrom('2024-12-02', '1990-02-28', '2099-12-31', '0001-01-01', 'not a date'), fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') }).map((d) => d.toISOString().slice(0, 10))), { nil: undefined });

/** The folded text is the source with drops and expansions, and the map points back into it in order. */
const normaliser = fc.property(text, (s) => {
  const f = fold(s);
  check(f.map.length === f.text.length + 1, 'one map entry per folded unit, plus the end');
  check(f.map[f.text.length] === s.length, 'the map ends at the source length');
  for (let i = 1; i < f.map.length; i++) check(f.map[i - 1]! <= f.map[i]!, `map goes back at ${i}`);
  for (let i = 0; i < f.text.length; i++) check(f.map[i]! >= 0 && f.map[i]! < s.length, `map out of bounds at ${i}`);
  check(!/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u0640\u064b-\u065f\ufeff]/.test(f.text), 'joiners, bidi controls, tatweel and harakat are folded away');
  check(!/[  ]{2}/.test(f.text), 'spaces are collapsed');
  check(fold(f.text).text === f.text, 'folding is idempotent');
  check(foldKey(s) === f.text.trim(), 'foldKey is the trimmed fold');
  const a = Math.floor(f.text.length / 3);
  const [from, to] = originalSpan(s, f, a, f.text.length);
  check(from >= 0 && from <= to && to <= s.length, 'an original span lies inside the source');
});

/** Dates: never throws; spans in bounds, ordered, disjoint, equal to the source slice; values well formed. */
const dateParser = fc.property(text, lang, published, (s, l, pub) => {
  const found = detectDates(s, { lang: l, published: pub });
  let end = 0;
  found.forEach((a, i) => {
    check(a.start >= end && a.end > a.start && a.end <= s.length, `span ${i} out of order or bounds`);
    check(a.text === s.slice(a.start, a.end), `span ${i} text is not the source`);
    for (const day of [a.gregorian, a.jalali, a.gregorianEnd, a.jalaliEnd, a.hijri, a.hijriEnd]) check(day === undefined || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(day), `span ${i} has a malformed day ${day}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(a.gregorian)) check(new Date(`${a.gregorian}T00:00:00Z`).toISOString().startsWith(a.gregorian), `span ${i}: ${a.gregorian} is not a real day`);
    if (a.pairWith !== undefined) check(found[a.pairWith]?.pairWith === i, `span ${i} pairs one way only`);
    end = a.end;
  });
});

/** Entities: never throws; marks ordered, disjoint, equal to the source slice, linked to a known entity. */
const matcher = fc.property(text, fc.constantFrom('fa' as const, 'ar' as const), published, (s, l, pub) => {
  const m = loadNodeMatcher();
  let end = 0;
  for (const e of m.match(s, { lang: l, published: pub })) {
    check(e.start >= end && e.end > e.start && e.end <= s.length, 'mark out of order or bounds');
    check(e.text === s.slice(e.start, e.end), 'mark text is not the source');
    check(m.gazetteer?.entryById(e.id) !== undefined, `mark links to unknown ${e.id}`);
    end = e.end;
  }
});

const TRACKERS = ['utm_source', 'utm_medium', 'UTM_Campaign', 'fbclid', 'gclid', 'mc_eid', '_ga', 'pk_kwd', 'yclid'];
const KEEP = ['NewsID', 'id', 'p', 'lang', 'page', 'ref', 'q'];
const webUrl = fc.record({
  scheme: fc.constantFrom('http', 'https', 'HTTPS'),
  host: fc.constantFrom('www.irna.ir', 'm.isna.ir', 'xn--mgbai9a.ir', 'spa.gov.sa', '127.0.0.1', '[::1]', 'a.b.c.d.example'),
  port: fc.constantFrom('', ':8080', ':443'),
  user: fc.constantFrom('', 'user:pass@', 'x@'),
  path: fc.array(fc.oneof(fc.constantFrom('news', 'fa', 'عراقچی', '%D8%A7', '..', '.', '', 'a b'), fc.string({ maxLength: 8 })), { maxLength: 5 }).map((p) => p.map(encodeURIComponent).join('/')),
  query: fc.array(fc.tuple(fc.constantFrom(...TRACKERS, ...KEEP), fc.oneof(fc.constantFrom('', '1', 'x y', '%20', 'فارسی'), fc.string({ maxLength: 6 }))), { maxLength: 6 }),
  hash: fc.constantFrom('', '#', '#top', '#!/news/1', '#%20'),
}).map((u) => `${u.scheme}://${u.user}${u.host}${u.port}/${u.path}${u.query.length ? '?' : ''}${u.query.map(([k, val]) => `${k}=${encodeURIComponent(val)}`).join('&')}${u.hash}`);

/** URLs: a clean address is a web address without trackers or credentials, and cleaning it again changes nothing. */
const urlCanonicalisation = fc.property(fc.oneof(webUrl, anyText(60), fc.webUrl({ withQueryParameters: true, withFragments: true })), fc.option(fc.oneof(webUrl, anyText(30)), { nil: undefined }), (raw, hint) => {
  let clean: string;
  try {
    clean = cleanUrl(raw);
  } catch (err) {
    check(err instanceof InvalidUrlError, `cleanUrl threw ${String(err)}`);
    return;
  }
  const u = new URL(clean);
  check(u.protocol === 'http:' || u.protocol === 'https:', 'only web addresses');
  check(u.username === '' && u.password === '', 'no credentials');
  for (const k of u.searchParams.keys()) check(!TRACKERS.some((t) => t.toLowerCase() === k.toLowerCase()), `tracker ${k} kept`);
  check(cleanUrl(clean) === clean, 'cleaning is idempotent');
  const canonical = canonicalUrl(raw, hint);
  check(cleanUrl(canonical) === canonical, 'a canonical address is clean');
  const site = (h: string) => h.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, '');
  check(site(new URL(canonical).hostname) === site(u.hostname), 'the canonical link never leaves the page’s site');
});

/** A valid exported clip, from the schema's own limits. */
const day = fc.date({ noInvalidDate: true, min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z') }).map((d) => d.toISOString().slice(0, 10));
const iso = fc.date({ noInvalidDate: true, min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z') }).map((d) => d.toISOString());
const exported: fc.Arbitrary<ExportedClip> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 40 }), url: webUrl.map((u) => cleanUrlOr(u)), title: fc.string({ maxLength: 80 }), site: fc.string({ maxLength: 20 }),
  author: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }), lang: fc.constantFrom('fa' as const, 'ar' as const, 'other' as const),
  score: fc.double({ min: 0, max: 1, noNaN: true }), excerpt: fc.string({ maxLength: 80 }), hasBody: fc.boolean(),
  entities: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 30 }), count: fc.integer({ min: 1, max: 99 }) }), { maxLength: 4 }),
  tags: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }).map(normaliseTags), note: fc.string({ maxLength: 80 }), read: fc.boolean(), starred: fc.boolean(),
  savedAt: iso, updatedAt: iso, html: fc.string({ maxLength: 200 }), text: text, dates: fc.constant([] as ExportedClip['dates']),
  published: fc.option(fc.record({ gregorian: day, jalali: fc.constant('1403-09-12'), hijri: fc.option(day, { nil: undefined }) }), { nil: undefined }),
}).map((c) => {
  const { author, published: pub, ...rest } = c;
  const clip = { ...rest, urls: [rest.url], ...(author !== undefined ? { author } : {}), ...(pub ? { published: pub.hijri === undefined ? { gregorian: pub.gregorian, jalali: pub.jalali } : pub } : {}) };
  // As a file holds it: plain objects (fast-check's records have no prototype).
  return JSON.parse(JSON.stringify(clip)) as ExportedClip;
}).filter((c) => v.safeParse(ExportedClipSchema, c).success);

function cleanUrlOr(u: string): string {
  try {
    return cleanUrl(u);
  } catch {
    return 'https://www.irna.ir/news/1';
  }
}

const file = (clips: unknown[]) => ({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2025-01-01T00:00:00.000Z', clips, entities: [] });

/** Replaces one value somewhere in `value`, or adds a key (__proto__ among them) holding hostile JSON. */
function mangle(value: unknown, path: number[], replacement: unknown, key: string): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const i = head! % (value.length + 1);
    return i === value.length ? [...value, replacement] : value.map((x, j) => (j === i ? mangle(x, rest, replacement, key) : x));
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const i = head! % (entries.length + 1);
  if (i === entries.length) {
    // Written as JSON text, so that "__proto__" becomes an own key as JSON.parse makes it.
    const body = JSON.stringify(value).slice(1, -1);
    return JSON.parse(`{${body}${body ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(replacement)}}`);
  }
  return Object.fromEntries(entries.map(([k, x], j) => [k, j === i ? mangle(x, rest, replacement, key) : x]));
}

/**
 * Import: any text, any JSON and any mangled export is either a valid export or
 * refused with an ImportError naming problems — never another error, never a
 * polluted prototype; and a valid clip goes out and back in unchanged.
 */
const importValidation = fc.property(
  fc.oneof(
    { weight: 1, arbitrary: anyText(300) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)) },
    { weight: 4, arbitrary: fc.tuple(fc.array(exported, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'evil', 'id', 'url', 'html'))
      .map(([clips, path, replacement, key]) => JSON.stringify(mangle(file(clips), path, replacement, key))) },
    { weight: 1, arbitrary: fc.array(exported, { minLength: 1, maxLength: 2 }).chain((clips) => fc.nat(JSON.stringify(file(clips)).length).map((cut) => JSON.stringify(file(clips)).slice(0, cut))) },
  ),
  (input) => {
    for (const parse of [() => parseNegahExport(input), () => parsePocketCsv(input, 0)]) {
      try {
        parse();
      } catch (err) {
        check(err instanceof ImportError, `not an ImportError: ${String(err)}`);
        check(err.problems.length > 0 && err.problems.every((p) => typeof p === 'string' && p.length > 0), 'a refusal names its problems');
      }
    }
    check(Object.getPrototypeOf({}) === Object.prototype && !('polluted' in {}) && ({} as { evil?: unknown }).evil === undefined, 'prototype polluted');
  },
);

/**
 * A valid clip goes through the export format and the import path and comes out
 * as it went in. (Exactly so for what Negah writes; a hand-made file's empty
 * author is dropped, as clipping never stores one, hence authors of one character up.)
 */
const exportImportRoundTrip = fc.property(fc.array(exported, { minLength: 1, maxLength: 3 }), (clips) => {
  const unique = clips.map((c, i) => ({ ...c, id: `${c.id}-${i}`, url: `${c.url.replace(/#.*$/, '')}${c.url.includes('?') ? '&' : '?'}n=${i}`, urls: [] as string[] }))
    .map((c) => ({ ...c, urls: [c.url] }));
  const parsed = parseNegahExport(JSON.stringify(file(unique)));
  parsed.clips.forEach((c, i) => {
    const item = itemFromExport(c);
    const back = exportedClip(item.clip, item.body);
    check(JSON.stringify(back) === JSON.stringify(exportedClip(itemFromExport(unique[i]!).clip, itemFromExport(unique[i]!).body)), 'the parsed clip differs from the written one');
    const { urls: _u, ...sent } = unique[i]!;
    const { urls: _b, ...got } = back;
    check(JSON.stringify(Object.entries(got).sort()) === JSON.stringify(Object.entries(sent).filter(([, val]) => val !== undefined).sort()), `clip ${i} did not round-trip`);
  });
});

export interface FuzzProperty {
  name: string;
  property: fc.IRawProperty<unknown>;
}

export const PROPERTIES: FuzzProperty[] = [
  { name: 'normaliser (lib/text/fold)', property: normaliser as fc.IRawProperty<unknown> },
  { name: 'date parser (lib/dates)', property: dateParser as fc.IRawProperty<unknown> },
  { name: 'entity matcher (lib/entities)', property: matcher as fc.IRawProperty<unknown> },
  { name: 'URL canonicalisation (lib/clip/canonical-url)', property: urlCanonicalisation as fc.IRawProperty<unknown> },
  { name: 'import validation (lib/import)', property: importValidation as fc.IRawProperty<unknown> },
  { name: 'export → import round trip (lib/export, lib/import)', property: exportImportRoundTrip as fc.IRawProperty<unknown> },
];
