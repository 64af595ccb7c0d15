import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '@/components/i18n';
import type { UiLanguage } from '@/lib/settings';
import en from '@/public/_locales/en/messages.json';
import fa from '@/public/_locales/fa/messages.json';

type Catalog = Record<string, { message: string }>;

/**
 * The interface strings. 'auto' uses the browser's i18n (the extension's _locales);
 * an explicit choice uses that locale's catalog, bundled, so that a reader can use
 * Negah in Persian in an English browser. Bundled rather than fetched from the
 * package: the annotator runs in web pages, where the package's files are not
 * reachable (they are not web-accessible, on purpose).
 */
export async function loadTranslate(choice: UiLanguage): Promise<{ t: Translate; lang: 'en' | 'fa' }> {
  if (choice === 'auto') {
    const lang = browser.i18n.getUILanguage().startsWith('fa') ? 'fa' : 'en';
    return { t: (key, ...subs) => browser.i18n.getMessage(key, subs) || key, lang };
  }
  const catalog: Catalog = choice === 'fa' ? fa : en;
  return { t: (key: MessageKey, ...subs: string[]) => fill(catalog[key]?.message ?? key, subs), lang: choice };
}

function fill(message: string, subs: string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
