import { useI18n } from './i18n';

/** What the reading list shows before anything is saved: what to do, and that it stays local. */
export function EmptyState() {
  const { t } = useI18n();
  return (
    <section class="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('emptyTitle')}</h2>
      <p class="muted">{t('emptyBody')}</p>
    </section>
  );
}
