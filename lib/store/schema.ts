/**
 * The reading list in IndexedDB. Four stores, so that listing never reads an
 * article: `clips` (what the list shows and filters on), `bodies` (the article),
 * `terms` (the words of the article, for full-text search) and `entities` (the
 * names of every entity any clip mentions, in three languages, stored once).
 * All four are written together, in one transaction, for each clip.
 */
import type { DBSchema } from 'idb';
import type { EntityType, Names } from '../entities/gazetteer-source';
import type { DateAnnotation } from '../types';

export const DB_NAME = 'negah';
/** 1: first release. 2: `urls`, every address a clip was saved from, with its index. */
export const DB_VERSION = 2;

export interface ClipDates {
  gregorian: string;
  jalali: string;
  hijri?: string;
}

export interface ClipEntity {
  id: string;
  count: number;
}

export type ClipLang = 'fa' | 'ar' | 'other';

export interface ClipRecord {
  id: string;
  /** Canonical URL: tracking parameters removed; unique. */
  url: string;
  /** `url` and every cleaned address the page was saved from (its canonical link may differ from the address bar). Since v2. */
  urls: string[];
  title: string;
  site: string;
  author?: string;
  /** Publication date in the three calendars, when known. */
  published?: ClipDates;
  lang: ClipLang;
  /** How diplomatic the article is, 0..1. */
  score: number;
  excerpt: string;
  /** False for a link imported without its article (a Pocket export); clipping the page fills it in. */
  hasBody: boolean;
  entities: ClipEntity[];
  /** Ids of `entities`, for the multiEntry index. */
  entityIds: string[];
  tags: string[];
  note: string;
  read: boolean;
  starred: boolean;
  /** ms since epoch. */
  savedAt: number;
  updatedAt: number;
  /** Folded, lower-cased title, site, author, tags, note and excerpt: what search matches. Derived. */
  key: string;
}

export interface BodyRecord {
  id: string;
  /** Article HTML, sanitised when clipped; sanitised again whenever it is shown. */
  html: string;
  /** The article's text, one paragraph a line. */
  text: string;
  /** The dates the article mentions. */
  dates: DateAnnotation[];
}

/** The distinct folded words of an article: the full-text index. */
export interface TermsRecord {
  id: string;
  terms: string[];
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: Names;
}

export interface NegahDB extends DBSchema {
  clips: {
    key: string;
    value: ClipRecord;
    indexes: {
      url: string;
      urls: string;
      savedAt: number;
      published: string;
      site: string;
      tags: string;
      entityIds: string;
    };
  };
  bodies: { key: string; value: BodyRecord };
  terms: { key: string; value: TermsRecord; indexes: { terms: string } };
  entities: { key: string; value: EntityRecord };
}

export const CLIP_STORES = ['clips', 'bodies', 'terms', 'entities'] as const;
