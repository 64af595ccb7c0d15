import { useI18n } from './i18n';

export type SiteStatus = 'listed' | 'opted-in' | 'not-listed';

export interface SiteControlsProps {
  host: string;
  status: SiteStatus;
  /** Negah is on for this site (its own switch). */
  siteOn: boolean;
  /** Negah is on at all (the global switch). */
  globalOn: boolean;
  onSite: (on: boolean) => void;
  onGlobal: (on: boolean) => void;
  /** Annotate the page once (activeTab); shown where Negah does not run by itself. */
  onAnnotateOnce: () => void;
  /** Ask for this site's permission and run there from now on. */
  onAlwaysRun: () => void;
  /** Give the site's permission back. */
  onForget: () => void;
  busy: boolean;
}

/** Where Negah runs: this site's switch, the global one, and the way to add a site that is not listed. */
export function SiteControls(p: SiteControlsProps) {
  const { t } = useI18n();
  const runsHere = p.status !== 'not-listed';
  return (
    <section class="site-controls" aria-labelledby="site-heading">
      <h2 id="site-heading" class="visually-hidden">{t('siteHeading')}</h2>
      <label class="row">
        <input type="checkbox" checked={p.globalOn} onChange={(e) => p.onGlobal((e.currentTarget as HTMLInputElement).checked)} />
        {t('settingEnabled')}
      </label>
      {runsHere ? (
        <label class="row">
          <input type="checkbox" checked={p.siteOn} disabled={!p.globalOn} onChange={(e) => p.onSite((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t('siteOn', p.host)} <span class="muted">· {t(p.status === 'listed' ? 'siteListed' : 'siteOptedIn')}</span></span>
        </label>
      ) : (
        <p class="site-not-listed">
          <span class="muted">{t('siteNotListed', p.host)}</span>{' '}
          <button type="button" class="link-button" disabled={p.busy || !p.globalOn} onClick={p.onAnnotateOnce}>{t('siteAnnotateOnce')}</button>{' '}
          <button type="button" class="link-button" disabled={p.busy || !p.globalOn} onClick={p.onAlwaysRun}>{t('siteAlwaysRun')}</button>
        </p>
      )}
      {p.status === 'opted-in' && <button type="button" class="link-button" disabled={p.busy} onClick={p.onForget}>{t('siteForget')}</button>}
    </section>
  );
}
