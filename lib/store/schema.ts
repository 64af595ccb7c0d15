/**
 * The reading list in IndexedDB. Metadata and bodies live in separate stores so
 * that listing and searching never read article HTML.
 */
import type { DBSchema } from 'idb';
import type { DateAnnotation } from '../types';

export const DB_NAME = 'negah';
export const DB_VERSION = 1;

export interface ClipDates {
  gregorian: string;
  jalali: string;
  hijri?: string;
}

export interface ClipEntity {
  id: string;
  count: number;
}

export interface ClipRecord {
  id: string;
  /** Canonical URL: tracking parameters removed; unique. */
  url: string;
  title: string;
  site: string;
  author?: string;
  /** Publication date in the three calendars, when known. */
  published?: ClipDates;
  lang: 'fa' | 'ar' | 'other';
  /** How diplomatic the article is, 0..1. */
  score: number;
  excerpt: string;
  entities: ClipEntity[];
  /** Ids of `entities`, for the multiEntry index. */
  entityIds: string[];
  dates: DateAnnotation[];
  tags: string[];
  note: string;
  read: boolean;
  starred: boolean;
  /** ms since epoch. */
  savedAt: number;
  updatedAt: number;
  /** Folded words of title, text, tags, note and entity names in three languages: the search index. */
  terms: string[];
}

export interface BodyRecord {
  id: string;
  /** Sanitised article HTML. */
  html: string;
  text: string;
}

export interface NegahDB extends DBSchema {
  clips: {
    key: string;
    value: ClipRecord;
    indexes: {
      url: string;
      savedAt: number;
      published: string;
      site: string;
      tags: string;
      entityIds: string;
      terms: string;
    };
  };
  bodies: { key: string; value: BodyRecord };
}
