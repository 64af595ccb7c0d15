import type { I18n } from '@/components/i18n';
import { MarkCard } from '@/components/MarkCard';
import { Tooltip } from '@/components/Tooltip';
import type { Mark } from '@/lib/dom/marks';
import type { Settings } from '@/lib/settings';

/** The tooltip content for a mark, and the sentence a screen reader speaks for it. */
export function cardFor(mark: Mark, _settings: Settings, i18n: I18n, _published?: string) {
  const label = mark.kind === 'date' ? mark.data.text : mark.data.name.en;
  return {
    content: (
      <Tooltip id="negah-tooltip" label={label} hint={i18n.t('tooltipHint')}>
        <MarkCard mark={mark.kind === 'date' ? { kind: 'date', data: mark.data } : { kind: 'entity', data: mark.data }} />
      </Tooltip>
    ),
    spoken: label,
  };
}
