import { describe, expect, it } from 'vitest';
import { formatDay, inThreeCalendars, parseDay } from '@/lib/clip/calendars';

describe('a clip’s day in three calendars', () => {
  it('converts a Gregorian day to Jalali and Umm al-Qura Hijri', () => {
    expect(inThreeCalendars('2020-10-14')).toEqual({ gregorian: '2020-10-14', jalali: '1399-07-23', hijri: '1442-02-27' });
    expect(inThreeCalendars('2025-03-21')?.jalali).toBe('1404-01-01');
  });

  it('refuses days that do not exist', () => {
    expect(inThreeCalendars('2023-02-29')).toBeUndefined();
    expect(inThreeCalendars('yesterday')).toBeUndefined();
  });

  it('shows a day in the reader’s calendar and language', () => {
    expect(formatDay('2024-12-02', 'jalali', 'fa')).toBe('۱۲ آذر ۱۴۰۳');
    expect(formatDay('2024-12-02', 'gregorian', 'en')).toBe('2 December 2024');
    expect(formatDay('2024-12-02', 'jalali', 'en')).toContain('Azar 1403');
  });

  it('reads a typed day in any calendar, with Persian digits', () => {
    expect(parseDay('۱۴۰۳/۹/۱۲', 'jalali')).toBe('2024-12-02');
    expect(parseDay('1399-07-23', 'jalali')).toBe('2020-10-14');
    expect(parseDay('1442-02-27', 'hijri')).toBe('2020-10-14');
    expect(parseDay('2024-2-29', 'gregorian')).toBe('2024-02-29');
    expect(parseDay('1403-13-01', 'jalali')).toBeUndefined();
    expect(parseDay('2023-02-29', 'gregorian')).toBeUndefined();
    expect(parseDay('soon', 'hijri')).toBeUndefined();
  });
});
