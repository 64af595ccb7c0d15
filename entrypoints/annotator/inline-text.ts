import type { Settings } from '@/lib/settings';
import type { DateAnnotation } from '@/lib/types';

/** The short text of an inline label: the date in the calendars the text did not use. (Refined by the dates issue.) */
export function inlineLabel(d: DateAnnotation, settings: Settings, _lang: 'en' | 'fa'): string {
  const parts: string[] = [];
  if (settings.calendars.gregorian && d.calendar !== 'gregorian') parts.push(d.gregorian);
  if (settings.calendars.jalali && d.calendar !== 'jalali') parts.push(d.jalali);
  if (settings.calendars.hijri && d.hijri && d.calendar !== 'hijri') parts.push(`≈${d.hijri}`);
  return parts.join(' · ');
}
