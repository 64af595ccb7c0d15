import { render, type ComponentChildren } from 'preact';
import { I18nContext, type I18n } from '@/components/i18n';
import { placeTooltip } from '@/lib/dom/position';
import dateCss from '@/components/DateCard.css?inline';
import entityCss from '@/components/EntityCard.css?inline';
import tooltipCss from './tooltip.css?inline';

const css = [tooltipCss, dateCss, entityCss].join('\n');

const HOST_TAG = 'negah-layer';

/**
 * The one Shadow-DOM host Negah adds to a page, created on first use: a closed
 * shadow root (page scripts and CSS cannot reach in) holding the tooltip, the
 * inline date labels and a live region for screen readers.
 */
export class TooltipHost {
  #host: HTMLElement | null = null;
  #tooltip: HTMLElement | null = null;
  #inline: HTMLElement | null = null;
  #live: HTMLElement | null = null;

  constructor(private readonly i18n: I18n) {}

  get element(): HTMLElement | null {
    return this.#host;
  }

  /** Shows `content` next to `anchor` (viewport coordinates); announces `spoken` to screen readers. */
  show(content: ComponentChildren, anchor: DOMRect, spoken?: string): void {
    this.#ensure();
    const box = this.#tooltip!;
    render(<I18nContext.Provider value={this.i18n}>{content}</I18nContext.Provider>, box);
    box.hidden = false;
    const card = box.firstElementChild as HTMLElement | null;
    const size = card?.getBoundingClientRect() ?? { width: 300, height: 120 };
    const dir = this.i18n.lang === 'fa' ? 'rtl' : 'ltr';
    const place = placeTooltip(anchor, size, { width: innerWidth, height: innerHeight }, dir);
    if (card) {
      card.style.left = `${place.left + scrollX}px`;
      card.style.top = `${place.top + scrollY}px`;
    }
    if (spoken !== undefined) this.#live!.textContent = spoken;
  }

  hide(): void {
    if (!this.#tooltip) return;
    render(null, this.#tooltip);
    this.#tooltip.hidden = true;
  }

  get visible(): boolean {
    return this.#tooltip !== null && !this.#tooltip.hidden;
  }

  /** The layer for inline date labels (document coordinates). */
  inlineLayer(): HTMLElement {
    this.#ensure();
    return this.#inline!;
  }

  /** Is this event inside Negah's UI? */
  contains(event: Event): boolean {
    return this.#host !== null && event.composedPath().includes(this.#host);
  }

  destroy(): void {
    this.#host?.remove();
    this.#host = this.#tooltip = this.#inline = this.#live = null;
  }

  #ensure(): void {
    if (this.#host?.isConnected) return;
    const host = document.createElement(HOST_TAG);
    // !important on each: a page's own `!important` rules must not hide or move Negah's layer.
    const layout = { all: 'initial', position: 'absolute', top: '0', left: '0', width: '0', height: '0', overflow: 'visible', 'z-index': '2147483647', display: 'block', visibility: 'visible', opacity: '1', transform: 'none' };
    for (const [prop, value] of Object.entries(layout)) host.style.setProperty(prop, value, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = css;
    const root = document.createElement('div');
    root.className = 'negah-root';
    this.#inline = document.createElement('div');
    this.#tooltip = document.createElement('div');
    this.#tooltip.hidden = true;
    this.#live = document.createElement('div');
    this.#live.className = 'negah-live';
    this.#live.setAttribute('aria-live', 'polite');
    root.append(this.#inline, this.#tooltip, this.#live);
    shadow.append(style, root);
    document.documentElement.append(host);
    this.#host = host;
  }
}
