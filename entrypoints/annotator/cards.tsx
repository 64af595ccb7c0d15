import { DateCard } from '@/components/DateCard';
import { EntityCard } from '@/components/EntityCard';
import type { I18n } from '@/components/i18n';
import { Tooltip } from '@/components/Tooltip';
import { dateCardModel, type DateCardModel } from '@/lib/dates/view-model';
import type { Mark } from '@/lib/dom/marks';
import type { Gazetteer } from '@/lib/entities/gazetteer';
import { today } from '@/lib/entities/roles';
import { entityView } from '@/lib/entities/view-model';
import type { Settings } from '@/lib/settings';
import type { DateAnnotation } from '@/lib/types';

export interface CardContext {
  settings: Settings;
  i18n: I18n;
  published?: string;
  gazetteer?: Gazetteer;
}

/** The tooltip content for a mark, and the sentence a screen reader speaks for it. */
export function cardFor(mark: Mark, ctx: CardContext) {
  const hint = ctx.i18n.t('tooltipHint');
  if (mark.kind === 'date') {
    const model = dateModel(mark.data, ctx);
    return {
      content: <Tooltip id="negah-tooltip" label={model.title} hint={hint}><DateCard model={model} headingLevel={2} /></Tooltip>,
      spoken: [model.title, ...model.rows.map((r) => `${ctx.i18n.t(r.label)}: ${r.value}`), model.weekday ?? ''].join('. '),
    };
  }
  const view = ctx.gazetteer ? entityView(ctx.gazetteer, mark.data.id, { uiLang: ctx.i18n.lang, published: ctx.published }) : undefined;
  const name = view?.names[0]?.text ?? mark.data.name.en;
  return {
    content: (
      <Tooltip id="negah-tooltip" label={name} hint={hint}>
        {view ? <EntityCard view={view} /> : <p>{mark.data.name.en}</p>}
      </Tooltip>
    ),
    spoken: [name, view?.description?.text ?? view?.gloss?.text ?? '', ...(view?.onDate?.roles.map((r) => r.title.text) ?? [])].filter(Boolean).join('. '),
  };
}

export function dateModel(d: DateAnnotation, ctx: Pick<CardContext, 'settings' | 'i18n'>): DateCardModel {
  return dateCardModel(d, { calendars: ctx.settings.calendars }, ctx.i18n.lang, today());
}

/** The inline label of a date: its value in the other calendars the reader chose. */
export function inlineLabel(d: DateAnnotation, ctx: Pick<CardContext, 'settings' | 'i18n'>): string {
  return dateModel(d, ctx).rows.map((r) => `${r.approximate ? '≈' : ''}${r.value}`).join(' · ');
}
