import '@/components/theme.css';
import { useI18n } from '@/components/i18n';
import { mountPage } from '@/utils/mount';

/** Shows one saved clip offline. (The reading-list issue fills it.) */
function ReaderApp() {
  const { t } = useI18n();
  const id = new URLSearchParams(location.search).get('id');
  return <main><p>{id ? t('readerLoading') : t('readerMissing')}</p></main>;
}

void mountPage(() => <ReaderApp />);
