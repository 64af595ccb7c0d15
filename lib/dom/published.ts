/**
 * The article's publication date, from what the page says about itself:
 * meta tags, JSON-LD, microdata and <time>. Returns the publisher's local
 * calendar day ('YYYY-MM-DD'): a timestamp with an offset keeps its own day; a
 * UTC one is read in the zone of the page's language (Tehran for Persian, Riyadh for Arabic).
 */

import { attrOf, queryAll, queryOne, textOf } from './safe-dom';

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[property="og:published_time"]',
];

/** An attribute of the first element matching `selector` (read so that the page's named elements cannot stand in). */
function attrAt(doc: Document, selector: string, name: string): string | null {
  const el = queryOne(doc, selector);
  return el ? attrOf(el, name) : null;
}

export function findPublished(doc: Document, lang: 'fa' | 'ar' | 'other'): string | undefined {
  const candidates: (string | null | undefined)[] = [
    ...META.map((s) => attrAt(doc, s, 'content')),
    ...jsonLdDates(doc),
    attrAt(doc, '[itemprop="datePublished"]', 'datetime'),
    attrAt(doc, 'article time[datetime], time[datetime]', 'datetime'),
  ];
  for (const c of candidates) {
    const day = c ? toLocalDay(c.trim(), lang) : undefined;
    if (day) return day;
  }
  return undefined;
}

function jsonLdDates(doc: Document): string[] {
  const out: string[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(textOf(script)), out, 0);
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return out;
}

function collect(node: unknown, out: string[], depth: number): void {
  if (depth > 6 || typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out, depth + 1);
    return;
  }
  const rec = node as Record<string, unknown>;
  if (typeof rec.datePublished === 'string') out.push(rec.datePublished);
  if (rec['@graph']) collect(rec['@graph'], out, depth + 1);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** '2024-12-02T14:53:00+03:30' → '2024-12-02'; '2024-12-01T22:00:00Z' on a Persian page → '2024-12-02'. */
export function toLocalDay(value: string, lang: 'fa' | 'ar' | 'other'): string | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, , , zone] = m;
  const day = `${y}-${mo}-${d}`;
  if (zone !== 'Z') return isRealDay(day) ? day : undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  const timeZone = lang === 'ar' ? 'Asia/Riyadh' : 'Asia/Tehran';
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day);
}
