import type { JSX } from 'preact';
import type { SortOrder } from '@/lib/store/list';
import type { FilterOptions, ListFilters as Filters, ShowOnly } from '@/lib/store/query';
import { useI18n, type MessageKey } from './i18n';

export interface ListFiltersProps {
  options: FilterOptions;
  filters: Filters;
  order: SortOrder;
  /** The date fields as typed, in the reader's calendar, and whether each reads as a day. */
  dates: { from: string; to: string; fromValid: boolean; toValid: boolean };
  /** "1403-09-12"-style hint in the reader's calendar. */
  dateHint: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  onFilters: (change: Partial<Filters>) => void;
  onDates: (change: { from?: string; to?: string }) => void;
  onOrder: (order: SortOrder) => void;
  onClear: () => void;
}

const SHOW: [ShowOnly, MessageKey][] = [['all', 'listShowAll'], ['unread', 'listShowUnread'], ['starred', 'listShowStarred']];
const ORDERS: [SortOrder, MessageKey][] = [['saved', 'listSortSaved'], ['published', 'listSortPublished']];

/** Filters (entity, country, site, tag, dates, read state) and the order, folded away until asked for. */
export function ListFilters(p: ListFiltersProps) {
  const { t, lang } = useI18n();
  const nameOf = (e: { name: { en: string; fa: string } }) => (lang === 'fa' ? e.name.fa || e.name.en : e.name.en);
  const select = (id: string, label: MessageKey, value: string | undefined, choices: [string, string][], apply: (v: string | undefined) => void): JSX.Element => (
    <label class="filter" for={id}>
      <span>{t(label)}</span>
      <select id={id} value={value ?? ''} onChange={(e) => apply((e.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">{t('listFilterAny')}</option>
        {choices.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
  const dateField = (key: 'from' | 'to', label: MessageKey, valid: boolean) => (
    <label class="filter" for={`filter-${key}`}>
      <span>{t(label)}</span>
      <input id={`filter-${key}`} type="text" inputMode="numeric" dir="ltr" value={p.dates[key]} placeholder={p.dateHint} aria-invalid={!valid}
        aria-describedby={valid ? 'date-hint' : `filter-${key}-error`} onInput={(e) => p.onDates({ [key]: (e.currentTarget as HTMLInputElement).value })} />
      {!valid && <span id={`filter-${key}-error`} class="field-error">{t('listDateInvalid')}</span>}
    </label>
  );
  return (
    <details class="filters" open={p.open} onToggle={(e) => p.onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('listFilters')}</summary>
      <div class="filter-grid">
        {select('filter-entity', 'listFilterEntity', p.filters.entity, p.options.entities.map((e) => [e.id, nameOf(e)]), (entity) => p.onFilters({ entity }))}
        {select('filter-country', 'listFilterCountry', p.filters.country, p.options.countries.map((e) => [e.id, nameOf(e)]), (country) => p.onFilters({ country }))}
        {select('filter-site', 'listFilterSite', p.filters.site, p.options.sites.map((s) => [s, s]), (site) => p.onFilters({ site }))}
        {select('filter-tag', 'listFilterTag', p.filters.tag, p.options.tags.map((s) => [s, s]), (tag) => p.onFilters({ tag }))}
        {dateField('from', 'listFilterFrom', p.dates.fromValid)}
        {dateField('to', 'listFilterTo', p.dates.toValid)}
        <p id="date-hint" class="muted hint">{t('listDateFormat', p.dateHint)}</p>
        <label class="filter" for="filter-show">
          <span>{t('listShow')}</span>
          <select id="filter-show" value={p.filters.show ?? 'all'} onChange={(e) => p.onFilters({ show: (e.currentTarget as HTMLSelectElement).value as ShowOnly })}>
            {SHOW.map(([v, k]) => <option key={v} value={v}>{t(k)}</option>)}
          </select>
        </label>
        <label class="filter" for="filter-order">
          <span>{t('listSort')}</span>
          <select id="filter-order" value={p.order} onChange={(e) => p.onOrder((e.currentTarget as HTMLSelectElement).value as SortOrder)}>
            {ORDERS.map(([v, k]) => <option key={v} value={v}>{t(k)}</option>)}
          </select>
        </label>
        <button type="button" class="link-button" onClick={p.onClear}>{t('listClearFilters')}</button>
      </div>
    </details>
  );
}
