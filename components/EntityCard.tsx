import type { ComponentChildren } from 'preact';
import type { EntityView, LangText, RoleLine } from '@/lib/entities/view-model';
import type { EntityType } from '@/lib/entities/gazetteer-source';
import { dirOf, useI18n, type MessageKey, type Translate } from './i18n';
import './EntityCard.css';

export interface EntityCardProps {
  view: EntityView;
}

const TYPE_KEY: Record<EntityType, MessageKey> = {
  person: 'entityTypePerson',
  country: 'entityTypeCountry',
  city: 'entityTypeCity',
  org: 'entityTypeOrg',
  agency: 'entityTypeAgency',
  agreement: 'entityTypeAgreement',
  event: 'entityTypeEvent',
  term: 'entityTypeTerm',
};

/**
 * Who or what an entity is, as of the article's date: the tooltip's content.
 * Presentational: everything comes from the view model (lib/entities/view-model.ts).
 */
export function EntityCard({ view }: EntityCardProps) {
  const { t, lang } = useI18n();
  const headingId = `negah-entity-${view.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const [name, ...otherNames] = view.names;
  return (
    <article class="entity-card" lang={lang} dir={dirOf(lang)} aria-labelledby={headingId}>
      <header class="entity-card-header">
        <h2 id={headingId}>{name && <Text value={name} />}</h2>
        <span class="entity-type">{t(TYPE_KEY[view.type])}</span>
      </header>
      {otherNames.length > 0 && (
        <p class="entity-names" aria-label={t('entityOtherNames')}>
          {otherNames.map((n) => <Text key={n.lang} value={n} />)}
        </p>
      )}
      {view.description && <p class="entity-description"><Text value={view.description} /></p>}
      {view.gloss && <p class="entity-gloss"><strong>{t('entityGloss')}</strong> <Text value={view.gloss} /></p>}
      {view.country && <p class="entity-country">{t('entityCountry', view.country.text)}</p>}
      {view.onDate && (
        <Roles title={t('entityOnDate', view.onDate.date)} roles={view.onDate.roles} t={t}>
          {view.onDate.roles.length === 0 && <p class="muted">{t('entityNoOffice')}</p>}
        </Roles>
      )}
      {view.current.length > 0 && <Roles title={t('entityNow')} roles={view.current} t={t} />}
      {view.former.length > 0 && <Roles title={t('entityFormer')} roles={view.former} t={t} />}
      {view.uncertain.length > 0 && (
        <div class="entity-uncertain" role="note">
          <strong>{t('entityUncertain')}</strong>
          <ul>{view.uncertain.map((u) => <li key={u} lang="en" dir="ltr">{u}</li>)}</ul>
        </div>
      )}
      {view.wikidata && <p class="entity-links"><a href={view.wikidata} target="_blank" rel="noopener noreferrer">{t('entityWikidata')}</a></p>}
    </article>
  );
}

function Text({ value }: { value: LangText }) {
  return <bdi lang={value.lang}>{value.text}</bdi>;
}

function Roles({ title, roles, t, children }: { title: string; roles: RoleLine[]; t: Translate; children?: ComponentChildren }) {
  return (
    <section class="entity-roles">
      <h3>{title}</h3>
      {children}
      {roles.length > 0 && <ul>{roles.map((r, i) => <Role key={i} role={r} t={t} />)}</ul>}
    </section>
  );
}

function Role({ role, t }: { role: RoleLine; t: Translate }) {
  const notes = [role.acting ? t('entityActing') : '', role.approximate ? t('entityApproximate') : ''].filter(Boolean);
  return (
    <li>
      <Text value={role.title} /> <span class="muted">{period(role, t)}</span>
      {notes.length > 0 && <span class="entity-role-note"> · {notes.join(' · ')}</span>}
    </li>
  );
}

function period(r: RoleLine, t: Translate): string {
  if (r.start && r.end) return t('entityPeriod', r.start, r.end);
  if (r.start) return r.ongoing ? t('entitySince', r.start) : t('entityFrom', r.start);
  if (r.end) return t('entityUntil', r.end);
  return '';
}
