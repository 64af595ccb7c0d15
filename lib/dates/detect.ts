import type { Folded } from '../text/fold';
import type { DateAnnotation } from '../types';

export interface DateContext {
  /** Language of the text block: decides آذار/آذر, آب, default calendars. */
  lang: 'fa' | 'ar' | 'other';
  /** Publication date 'YYYY-MM-DD' (Gregorian), for yearless and relative dates; today when absent. */
  published?: string;
  /** The text already folded, when the caller has it. */
  folded?: Folded;
}

/** Finds the date expressions in `text`. (Filled by the dates issue.) */
export function detectDates(_text: string, _ctx: DateContext): DateAnnotation[] {
  return [];
}
