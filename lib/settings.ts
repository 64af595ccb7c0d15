/**
 * Negah's settings: one versioned object. The storage item (utils/settings-item.ts)
 * runs MIGRATIONS when it finds an older version; `normaliseSettings` repairs
 * anything missing or malformed so a bad stored value never breaks a page.
 */

export type CalendarId = 'jalali' | 'gregorian' | 'hijri';
export type UiLanguage = 'auto' | 'en' | 'fa';
export type EntityScope = 'diplomatic' | 'all' | 'off';

export interface Settings {
  /** Global switch. */
  enabled: boolean;
  /** Host names where the user turned Negah off. */
  disabledSites: string[];
  annotateDates: boolean;
  /** Entities on diplomatic articles only, on every Persian/Arabic page, or never. */
  annotateEntities: EntityScope;
  /** Which calendars the date tooltip shows. */
  calendars: Record<CalendarId, boolean>;
  /** Show the converted date beside each date, not only in the tooltip. */
  inlineDates: boolean;
  /** Language of Negah's own interface; 'auto' follows the browser. */
  uiLanguage: UiLanguage;
  /** Calendar used for dates in the reading list. */
  listCalendar: CalendarId;
  /** Hover delay before a tooltip opens, in milliseconds. */
  hoverDelayMs: number;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  annotateDates: true,
  annotateEntities: 'diplomatic',
  calendars: { jalali: true, gregorian: true, hijri: true },
  inlineDates: false,
  uiLanguage: 'auto',
  listCalendar: 'jalali',
  hoverDelayMs: 300,
};

/**
 * Migrations keyed by the version they produce (WXT's convention). Version 1 is the
 * first shipped shape; an entry here must never change once released.
 */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

const CALENDARS: readonly CalendarId[] = ['jalali', 'gregorian', 'hijri'];

/** Fills in defaults and drops malformed values, field by field. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const bool = (v: unknown, fb: boolean) => (typeof v === 'boolean' ? v : fb);
  const pick = <T extends string>(v: unknown, options: readonly T[], fb: T): T =>
    options.includes(v as T) ? (v as T) : fb;
  const cal = (typeof r.calendars === 'object' && r.calendars !== null ? r.calendars : {}) as Record<string, unknown>;
  return {
    enabled: bool(r.enabled, d.enabled),
    disabledSites: Array.isArray(r.disabledSites)
      ? [...new Set(r.disabledSites.filter((s): s is string => typeof s === 'string' && s.length < 256))]
      : d.disabledSites,
    annotateDates: bool(r.annotateDates, d.annotateDates),
    annotateEntities: pick(r.annotateEntities, ['diplomatic', 'all', 'off'], d.annotateEntities),
    calendars: {
      jalali: bool(cal.jalali, d.calendars.jalali),
      gregorian: bool(cal.gregorian, d.calendars.gregorian),
      hijri: bool(cal.hijri, d.calendars.hijri),
    },
    inlineDates: bool(r.inlineDates, d.inlineDates),
    uiLanguage: pick(r.uiLanguage, ['auto', 'en', 'fa'], d.uiLanguage),
    listCalendar: pick(r.listCalendar, CALENDARS, d.listCalendar),
    hoverDelayMs:
      typeof r.hoverDelayMs === 'number' && Number.isFinite(r.hoverDelayMs)
        ? Math.min(2000, Math.max(0, Math.round(r.hoverDelayMs)))
        : d.hoverDelayMs,
  };
}

/** Is Negah switched on for this host? */
export function isEnabledOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
