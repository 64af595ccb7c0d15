import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../public/_locales/en/messages.json';

/** Every interface string has a key in public/_locales/en/messages.json. */
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

export interface I18n {
  t: Translate;
  lang: 'en' | 'fa';
}

const fallback: I18n = { t: (key) => key, lang: 'en' };
export const I18nContext = createContext<I18n>(fallback);

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function dirOf(lang: 'en' | 'fa'): 'ltr' | 'rtl' {
  return lang === 'fa' ? 'rtl' : 'ltr';
}
