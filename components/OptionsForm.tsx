import type { JSX } from 'preact';
import type { CalendarId, Settings, UiLanguage, EntityScope } from '@/lib/settings';
import { useI18n, type MessageKey } from './i18n';

export interface OptionsFormProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  savedNotice: boolean;
}

const CALENDARS: readonly [CalendarId, MessageKey][] = [['jalali', 'calJalali'], ['gregorian', 'calGregorian'], ['hijri', 'calHijri']];
const SCOPES: readonly [EntityScope, MessageKey][] = [['diplomatic', 'entitiesDiplomatic'], ['all', 'entitiesAll'], ['off', 'entitiesOff']];
const LANGS: readonly [UiLanguage, MessageKey][] = [['auto', 'langAuto'], ['en', 'langEn'], ['fa', 'langFa']];

/** Every setting, edited in place; each change is saved at once. */
export function OptionsForm({ settings, onChange, savedNotice }: OptionsFormProps) {
  const { t } = useI18n();
  const checkbox = (key: 'enabled' | 'annotateDates' | 'inlineDates', label: MessageKey) => (
    <label class="row">
      <input type="checkbox" name={key} checked={settings[key]} onChange={(e) => onChange({ [key]: (e.currentTarget as HTMLInputElement).checked })} />
      {t(label)}
    </label>
  );
  const select = <T extends string>(name: string, label: MessageKey, value: T, options: readonly [T, MessageKey][], apply: (v: T) => void): JSX.Element => (
    <label class="row">
      <span>{t(label)}</span>
      <select name={name} value={value} onChange={(e) => apply((e.currentTarget as HTMLSelectElement).value as T)}>
        {options.map(([v, k]) => <option key={v} value={v}>{t(k)}</option>)}
      </select>
    </label>
  );
  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      {checkbox('enabled', 'settingEnabled')}
      {checkbox('annotateDates', 'settingDates')}
      {select('annotateEntities', 'settingEntities', settings.annotateEntities, SCOPES, (v) => onChange({ annotateEntities: v }))}
      <fieldset>
        <legend>{t('settingCalendars')}</legend>
        {CALENDARS.map(([id, label]) => (
          <label class="row" key={id}>
            <input type="checkbox" name={`calendar-${id}`} checked={settings.calendars[id]}
              onChange={(e) => onChange({ calendars: { ...settings.calendars, [id]: (e.currentTarget as HTMLInputElement).checked } })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {checkbox('inlineDates', 'settingInline')}
      {select('listCalendar', 'settingListCalendar', settings.listCalendar, CALENDARS, (v) => onChange({ listCalendar: v }))}
      {select('uiLanguage', 'settingUiLanguage', settings.uiLanguage, LANGS, (v) => onChange({ uiLanguage: v }))}
      <label class="row">
        <span>{t('settingHoverDelay')}</span>
        <input type="number" name="hoverDelayMs" min={0} max={2000} step={50} value={settings.hoverDelayMs}
          onChange={(e) => onChange({ hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) })} />
      </label>
      <p role="status" aria-live="polite" class="muted">{savedNotice ? t('settingsSaved') : ''}</p>
    </form>
  );
}
