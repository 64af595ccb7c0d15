import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { SiteControls } from '@/components/SiteControls';
import { isEnabledOn, type Settings } from '@/lib/settings';
import { updateSettings } from '@/utils/settings-item';
import { alwaysRun, annotateOnce, forgetSite, siteTarget, type SiteTarget } from './site-state';

/** Wires the site switches to the settings, the permissions API and the background. */
export function SiteSection({ initial }: { initial: Settings }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState(initial);
  const [target, setTarget] = useState<SiteTarget | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  useEffect(() => void siteTarget().then(setTarget, () => setTarget(null)), []);
  if (!target) return null;

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await action();
      if (text) setMessage({ kind: 'info', text });
      setTarget(await siteTarget());
    } catch (err) {
      setMessage({ kind: 'error', text: t('siteFailed', err instanceof Error ? err.message : String(err)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <SiteControls host={target.host} status={target.status} busy={busy}
        siteOn={isEnabledOn(settings, target.host)} globalOn={settings.enabled}
        onGlobal={(enabled) => void updateSettings({ enabled }).then(setSettings)}
        onSite={(on) => {
          const others = settings.disabledSites.filter((h) => h !== target.host);
          void updateSettings({ disabledSites: on ? others : [...others, target.host] }).then(setSettings);
        }}
        onAnnotateOnce={() => void run(async () => (await annotateOnce(target), t('siteAnnotating')))}
        onAlwaysRun={() => void run(async () => ((await alwaysRun(target)) ? t('siteAdded', target.host) : t('sitePermissionDenied')))}
        onForget={() => void run(async () => (await forgetSite(target), t('siteForgotten', target.host)))} />
      {message && <Notice kind={message.kind} text={message.text} onDismiss={() => setMessage(null)} />}
    </>
  );
}
