import { useState } from 'preact/hooks';
import { OptionsForm } from '@/components/OptionsForm';
import { useI18n } from '@/components/i18n';
import type { Settings } from '@/lib/settings';
import { updateSettings } from '@/utils/settings-item';
import { ReadingListTools } from './ReadingListTools';

export function OptionsApp({ initial }: { initial: Settings }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const change = async (c: Partial<Settings>) => {
    const next = await updateSettings(c);
    setSettings(next);
    setSaved(true);
    // A new interface language applies to the whole page: reload it.
    if (c.uiLanguage !== undefined && c.uiLanguage !== initial.uiLanguage) location.reload();
  };
  return (
    <main class="options-page">
      <h1>{t('optionsTitle')}</h1>
      <OptionsForm settings={settings} onChange={(c) => void change(c)} savedNotice={saved} />
      <ReadingListTools />
    </main>
  );
}
