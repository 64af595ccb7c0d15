/**
 * A realistic reading list for the benchmarks: 10,000 clips made by Negah's own
 * clipping code from the seed articles and the dev corpus (Persian and Arabic
 * news), each a different combination of paragraphs, title, site, dates, tags,
 * notes and the entities the corpus annotators marked (with real names).
 * Deterministic: the same list every run.
 */
import { buildClip } from '../../lib/clip/build';
import { makeRecord } from '../../lib/store/clips';
import type { BodyRecord, ClipRecord, EntityRecord, TermsRecord } from '../../lib/store/schema';
import { inThreeCalendars } from '../../lib/clip/calendars';
import { loadCorpus, type GoldDoc } from '../eval/corpus';
import { seedCorpus } from './text';

export interface ClipSet {
  clips: ClipRecord[];
  bodies: BodyRecord[];
  terms: TermsRecord[];
  entities: EntityRecord[];
}

/** mulberry32: a small, fast, seeded generator. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES: [string, string][] = [
  ['www.irna.ir', 'ایرنا'], ['www.isna.ir', 'ایسنا'], ['www.tasnimnews.com', 'تسنیم'], ['www.mehrnews.com', 'مهر'],
  ['www.farsnews.ir', 'فارس'], ['www.mfa.gov.ir', 'وزارت امور خارجه'], ['www.bbc.com', 'BBC فارسی'], ['www.iranintl.com', 'ایران اینترنشنال'],
  ['www.spa.gov.sa', 'واس'], ['www.aljazeera.net', 'الجزيرة'], ['www.alarabiya.net', 'العربية'], ['aawsat.com', 'الشرق الأوسط'],
];
const TAGS = ['برجام', 'وین', 'اروپا', 'روسیه', 'چین', 'عربستان', 'عراق', 'سوریه', 'لبنان', 'یمن', 'افغانستان', 'آژانس', 'تحریم', 'نفت',
  'گزارش هفتگی', 'مصاحبه', 'سخنگو', 'بیانیه', 'سفر', 'نشست', 'JCPOA', 'IAEA', 'GCC', 'OPEC', 'UN', 'sanctions', 'to-read', 'brief',
  'الخليج', 'الحوثي', 'اليمن', 'قطر', 'عمان', 'مجلس التعاون', 'سفارت', 'کنسولگری', 'حقوق بشر', 'هسته‌ای', 'مرز', 'اقتصاد'];
const NOTES = ['برای گزارش هفتگی', 'مقایسه با موضع روسیه', 'نقل قول مستقیم سخنگو', 'check the English version', 'بند سوم مهم است', 'follow up next week'];

interface Base {
  paragraphs: string[];
  lang: 'fa' | 'ar';
  entities: { record: EntityRecord; count: number }[];
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

function corpusBases(): Base[] {
  return loadCorpus().map((doc: GoldDoc) => {
    const text = doc.text;
    const counts = new Map<string, { record: EntityRecord; count: number }>();
    for (const e of doc.entities) {
      const id = `${e.type}:${slug(e.canonical)}`;
      const seen = counts.get(id);
      if (seen) seen.count += e.mentions.length;
      else {
        const name = { en: e.canonical, fa: doc.language === 'fa' ? e.text : '', ar: doc.language === 'ar' ? e.text : '' };
        counts.set(id, { record: { id, type: e.type as EntityRecord['type'], name }, count: e.mentions.length });
      }
    }
    return { paragraphs: text.split('\n').map((p) => p.trim()).filter(Boolean), lang: doc.language, entities: [...counts.values()] };
  });
}

function seedBases(): Base[] {
  return seedCorpus().split('\n\n').map((t) => ({ paragraphs: t.split('\n').map((p) => p.trim()).filter(Boolean), lang: 'fa' as const, entities: [] }));
}

/** `n` clips, as Negah stores them. */
export function realisticClips(n: number, seed = 6): ClipSet {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const bases = [...corpusBases(), ...seedBases()];
  const entities = new Map<string, EntityRecord>();
  const out: ClipSet = { clips: [], bodies: [], terms: [], entities: [] };
  const start = Date.UTC(2018, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let i = 0; i < n; i++) {
    // One to four articles paragraphs: 2–8 KB of text, like a news story.
    const parts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(bases));
    const paragraphs = parts.flatMap((b) => b.paragraphs);
    const title = pick(paragraphs).split(/[.،:؛]/)[0]!.slice(0, 140);
    const [host, site] = pick(SITES);
    const published = new Date(start + Math.floor(rnd() * span)).toISOString().slice(0, 10);
    const text = paragraphs.join('\n');
    const built = buildClip({
      url: `https://${host}/news/${1_000_000 + i}?utm_source=telegram`, title, site, lang: parts[0]!.lang,
      html: paragraphs.map((p) => `<p>${p.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`).join('\n'), text, published,
    });
    const mentioned = new Map<string, number>();
    for (const b of parts) for (const e of b.entities) {
      entities.set(e.record.id, e.record);
      mentioned.set(e.record.id, (mentioned.get(e.record.id) ?? 0) + e.count);
    }
    const id = `bench-${String(i).padStart(5, '0')}`;
    const savedAt = Date.parse(`${published}T00:00:00Z`) + Math.floor(rnd() * 30 * 86_400_000);
    const tags = [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(TAGS)))];
    const clip = makeRecord(id, {
      ...built,
      published: inThreeCalendars(published),
      entities: [...mentioned.entries()].map(([eid, count]) => ({ id: eid, count })).sort((a, b) => b.count - a.count),
    }, { tags, note: rnd() < 0.1 ? pick(NOTES) : '', read: rnd() < 0.6, starred: rnd() < 0.1 }, savedAt, savedAt);
    out.clips.push(clip);
    out.bodies.push({ id, ...built.body });
    out.terms.push({ id, terms: built.terms });
  }
  out.entities = [...entities.values()];
  return out;
}
