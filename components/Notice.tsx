import { useI18n } from './i18n';

export interface NoticeProps {
  kind: 'info' | 'error';
  text: string;
  /** An Undo (or similar) action offered with the notice. */
  action?: { label: string; run: () => void };
  onDismiss?: () => void;
}

/** A one-line notice: spoken politely (role=status), or at once for errors (role=alert). */
export function Notice({ kind, text, action, onDismiss }: NoticeProps) {
  const { t } = useI18n();
  return (
    <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span dir="auto">{text}</span>
      {action && <button type="button" class="link-button" onClick={action.run}>{action.label}</button>}
      {onDismiss && <button type="button" class="icon-button" aria-label={t('listDismiss')} onClick={onDismiss}>×</button>}
    </div>
  );
}
