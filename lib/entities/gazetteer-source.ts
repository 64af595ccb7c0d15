/**
 * The shape of the hand-curated gazetteer files in data/gazetteer/*.json.
 * scripts/build-gazetteer.ts validates them against this schema, merges in
 * country names from CLDR (via i18n-iso-countries) and writes the compact
 * runtime form (see gazetteer.ts).
 */

export type EntityType =
  | 'person'
  | 'country'
  | 'city'
  | 'org'
  | 'agency'
  | 'agreement'
  | 'event'
  | 'term';

export const ENTITY_TYPES: readonly EntityType[] = [
  'person', 'country', 'city', 'org', 'agency', 'agreement', 'event', 'term',
];

export type Lang = 'fa' | 'ar' | 'en';

/** Names in all three languages. */
export interface Names {
  en: string;
  fa: string;
  ar: string;
}

/** English required, Persian and Arabic where known. */
export interface PartialNames {
  en: string;
  fa?: string;
  ar?: string;
}

export interface AliasSet {
  fa?: string[];
  ar?: string[];
  en?: string[];
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', Gregorian. */
export type PartialDate = string;

export type Office =
  | 'leader'
  | 'head-of-state'
  | 'head-of-government'
  | 'vice-president'
  | 'foreign-minister'
  | 'deputy-foreign-minister'
  | 'mfa-spokesperson'
  | 'un-ambassador'
  | 'ambassador'
  | 'chief-negotiator'
  | 'snsc-secretary'
  | 'speaker'
  | 'secretary-general'
  | 'un-envoy'
  | 'minister'
  | 'military'
  | 'other';

export const OFFICES: readonly Office[] = [
  'leader', 'head-of-state', 'head-of-government', 'vice-president', 'foreign-minister',
  'deputy-foreign-minister', 'mfa-spokesperson', 'un-ambassador', 'ambassador',
  'chief-negotiator', 'snsc-secretary', 'speaker', 'secretary-general', 'un-envoy',
  'minister', 'military', 'other',
];

export interface RoleSource {
  office: Office;
  /** ISO 3166-1 alpha-2 code ('IR') or an entity id ('org:un') whose office it is. */
  of: string;
  /** Ambassadors and envoys: where they are posted or what their mandate covers ('SY', 'org:un'). */
  to?: string;
  /** The exact title when the office's generic name does not fit (King, Emir, Supreme Leader …). */
  title?: PartialNames;
  start?: PartialDate;
  /** null: still in office when the entry was reviewed; absent: unknown. */
  end?: PartialDate | null;
  acting?: boolean;
  /** What about this role is not certain. */
  uncertain?: string;
}

export interface EntrySource {
  /** '<type>:<slug>', e.g. 'person:abbas-araghchi', 'org:iaea'. Countries are 'country:<ISO2>'. */
  id: string;
  type: EntityType;
  /** Wikidata id, or null when none exists or it is not known. */
  qid?: string | null;
  name: Names;
  /** One line saying who or what this is. */
  desc?: PartialNames;
  /** Other spellings, full and short forms, acronyms: safe to match anywhere. */
  aliases?: AliasSet;
  /** Forms that are also common words or other things (فارس, مهر, آستانه, اکو): matched only with context. */
  weak?: AliasSet;
  /** People: the surname alone, linked after the full name appears or after a title. */
  surname?: AliasSet;
  /** ISO 3166-1 alpha-2 of the country the entity belongs to. */
  country?: string;
  roles?: RoleSource[];
  /** Terms: a one-line gloss. */
  gloss?: PartialNames;
  /** Organisations: member states (ISO2). */
  members?: string[];
  /** What about this entry is not certain. */
  uncertain?: string;
}

/** data/gazetteer/countries.json: what CLDR does not give, keyed by ISO2. */
export interface CountryExtra {
  /** Only where CLDR's display name is not what news uses (PS: «سرزمین‌های فلسطینی» → فلسطین). */
  name?: Partial<Names>;
  qid?: string;
  aliases?: AliasSet;
  weak?: AliasSet;
  desc?: PartialNames;
  /** The entity id of the capital city. */
  capital?: string;
}
