import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isEnabledOn, normaliseSettings } from '@/lib/settings';
import { loadSettings, settingsItem, updateSettings } from '@/utils/settings-item';

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a change across reads and merges it with the rest', async () => {
    await updateSettings({ inlineDates: true, calendars: { jalali: true, gregorian: false, hijri: true } });
    const s = await loadSettings();
    expect(s.inlineDates).toBe(true);
    expect(s.calendars.gregorian).toBe(false);
    expect(s.annotateDates).toBe(true);
  });

  it('repairs a damaged stored value field by field instead of failing', async () => {
    await settingsItem.setValue({ enabled: 'yes', hoverDelayMs: 1e9, uiLanguage: 'de', disabledSites: ['a.com', 3, 'a.com'] } as never);
    const s = await loadSettings();
    expect(s.enabled).toBe(true);
    expect(s.hoverDelayMs).toBe(2000);
    expect(s.uiLanguage).toBe('auto');
    expect(s.disabledSites).toEqual(['a.com']);
  });

  it('switches off per site and globally', () => {
    const s = normaliseSettings({ disabledSites: ['www.bbc.com'] });
    expect(isEnabledOn(s, 'www.irna.ir')).toBe(true);
    expect(isEnabledOn(s, 'www.bbc.com')).toBe(false);
    expect(isEnabledOn({ ...s, enabled: false }, 'www.irna.ir')).toBe(false);
  });
});
