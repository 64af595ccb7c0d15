import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '@/components/i18n';
import type { UiLanguage } from '@/lib/settings';

type Catalog = Record<string, { message: string }>;

/**
 * The interface strings. 'auto' uses the browser's i18n (the extension's _locales);
 * an explicit choice loads that locale's catalog from the package, so a reader can
 * use Negah in Persian in an English browser.
 */
export async function loadTranslate(choice: UiLanguage): Promise<{ t: Translate; lang: 'en' | 'fa' }> {
  if (choice === 'auto') {
    const lang = browser.i18n.getUILanguage().startsWith('fa') ? 'fa' : 'en';
    return { t: (key, ...subs) => browser.i18n.getMessage(key, subs) || key, lang };
  }
  const url = browser.runtime.getURL(`/_locales/${choice}/messages.json`);
  const catalog = (await (await fetch(url)).json()) as Catalog;
  return { t: (key: MessageKey, ...subs: string[]) => fill(catalog[key]?.message ?? key, subs), lang: choice };
}

function fill(message: string, subs: string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
