import { render, type ComponentChildren } from 'preact';
import { I18nContext, dirOf, type I18n } from '@/components/i18n';
import type { Settings } from '@/lib/settings';
import { loadTranslate } from './i18n';
import { loadSettings } from './settings-item';

/**
 * Mounts an extension page: loads settings and the interface language, sets the
 * document's lang and direction (RTL for Persian), then renders.
 */
export async function mountPage(build: (ctx: { settings: Settings; i18n: I18n }) => ComponentChildren): Promise<void> {
  const settings = await loadSettings();
  const i18n = await loadTranslate(settings.uiLanguage);
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = dirOf(i18n.lang);
  document.title = i18n.t('extName');
  const root = document.getElementById('app');
  if (!root) throw new Error('page has no #app element');
  render(<I18nContext.Provider value={i18n}>{build({ settings, i18n })}</I18nContext.Provider>, root);
}
