import type { ComponentChildren } from 'preact';
import { dirOf, useI18n } from './i18n';

export interface TooltipProps {
  id: string;
  /** What the tooltip explains, for screen readers. */
  label: string;
  children: ComponentChildren;
  /** Keyboard hint at the foot: how to step and close. */
  hint?: string;
}

/** The frame of every in-page tooltip: direction from the interface language, a labelled region. */
export function Tooltip({ id, label, children, hint }: TooltipProps) {
  const { lang } = useI18n();
  return (
    <div class="negah-tooltip" id={id} role="dialog" aria-label={label} dir={dirOf(lang)} lang={lang}>
      {children}
      {hint && <p class="negah-hint">{hint}</p>}
    </div>
  );
}
