import type { Ref } from 'preact';
import { useI18n } from './i18n';

export interface ListSearchProps {
  value: string;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The search field: folded matching, so it ignores ZWNJ, ي/ی, ك/ک and diacritics (lib/store/query.ts). */
export function ListSearch({ value, onInput, inputRef }: ListSearchProps) {
  const { t } = useI18n();
  return (
    <div class="search" role="search">
      <label class="visually-hidden" for="list-search">{t('listSearchLabel')}</label>
      <input id="list-search" ref={inputRef} type="search" dir="auto" value={value} placeholder={t('listSearchPlaceholder')} autoComplete="off"
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onInput('');
          }
        }} />
    </div>
  );
}
