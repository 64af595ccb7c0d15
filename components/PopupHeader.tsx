import { useI18n } from './i18n';

export interface PopupHeaderProps {
  onSave: () => void;
  onOpenOptions: () => void;
  saving: boolean;
}

export function PopupHeader({ onSave, onOpenOptions, saving }: PopupHeaderProps) {
  const { t } = useI18n();
  return (
    <header class="popup-header">
      <h1>{t('extName')}</h1>
      <button type="button" class="primary" onClick={onSave} disabled={saving}>{t('savePage')}</button>
      <button type="button" onClick={onOpenOptions}>{t('openOptions')}</button>
    </header>
  );
}
