import { useId } from 'preact/hooks';
import type { DateCardModel, Message } from '@/lib/dates/view-model';
import { useI18n } from './i18n';
import './DateCard.css';

export interface DateCardProps {
  /** What to show, from lib/dates/view-model.ts dateCardModel(). */
  model: DateCardModel;
  /** Level of the card's heading in the page or tooltip it sits in. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * One date in every calendar the reader chose: the heading is the date as the text
 * means it, then the other calendars, the weekday, how far from today, notes, and any
 * warning. Direction and digits follow the interface language.
 */
export function DateCard({ model, headingLevel = 3 }: DateCardProps) {
  const { t } = useI18n();
  const id = useId();
  const say = (m: Message) => t(m.key, ...m.args.map((a) => (typeof a === 'string' ? a : t(a.key))));
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <section class="negah-date-card" dir={model.dir} lang={model.lang} aria-labelledby={id}>
      <Heading id={id} class="negah-date-card__title">{model.title}</Heading>
      <p class="negah-date-card__subtitle">{say(model.subtitle)}</p>
      <p class="negah-date-card__source">
        {t('dateAsWritten')}: <bdi dir="rtl">{model.source}</bdi>
      </p>
      <dl class="negah-date-card__rows">
        {model.rows.map((row) => (
          <div key={row.calendar} style={{ display: 'contents' }}>
            <dt>{t(row.label)}</dt>
            <dd>
              {row.approximate && <abbr class="negah-date-card__approx" title={t('dateApproximately')} aria-label={t('dateApproximately')}>≈</abbr>}
              {row.value}
            </dd>
          </div>
        ))}
        {model.weekday && (
          <div style={{ display: 'contents' }}>
            <dt>{t('dateWeekday')}</dt>
            <dd>{model.weekday}</dd>
          </div>
        )}
        <div style={{ display: 'contents' }}>
          <dt>{t('dateFromToday')}</dt>
          <dd>{model.ongoing ? t('dateOngoing') : model.fromToday}</dd>
        </div>
      </dl>
      {model.notes.map((n) => <p key={n.key} class="negah-date-card__note">{say(n)}</p>)}
      {model.warnings.map((w) => (
        <p key={w.key} class="negah-date-card__warning">
          <span aria-hidden="true">⚠ </span>
          <span class="visually-hidden">{t('dateWarning')} </span>
          {say(w)}
        </p>
      ))}
    </section>
  );
}
