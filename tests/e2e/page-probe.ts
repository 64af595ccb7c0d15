/**
 * Test helpers that look at a page the way the reader does: the marks Negah drew
 * (the CSS highlight registry is shared with the page), and the tooltip inside
 * Negah's closed shadow root, which only the DevTools protocol can see into.
 */
import type { Page } from '@playwright/test';

export interface MarkInfo {
  text: string;
  /** Is the mark inside this selector's element? */
  inside: boolean;
  rect: { x: number; y: number; width: number; height: number };
}

/** The marks of one highlight, with their text and whether they lie inside `selector`. */
export function marks(page: Page, name: 'negah-date' | 'negah-entity' | 'negah-term', selector = '#article'): Promise<MarkInfo[]> {
  return page.evaluate(([n, sel]) => {
    const h = CSS.highlights.get(n);
    if (!h) return [];
    return [...h].map((r) => {
      const range = document.createRange();
      const s = r as StaticRange;
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      const el = s.startContainer.parentElement;
      return { text: range.toString(), inside: Boolean(el?.closest(sel)), rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } };
    });
  }, [name, selector] as const);
}

export function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? -1, name);
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  nodeValue?: string;
}

/** The visible text of Negah's tooltip ('' when none is shown), read through the closed shadow root. */
export async function tooltipText(page: Page): Promise<string> {
  const html = await negahLayerHtml(page);
  const tooltip = /<div class="negah-tooltip"[\s\S]*$/.exec(html ?? '');
  if (!tooltip || /<div hidden=""><\/div>/.test(html ?? '')) return '';
  return tooltip[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The inline date labels currently drawn. */
export async function inlineLabels(page: Page): Promise<string[]> {
  const html = (await negahLayerHtml(page)) ?? '';
  return [...html.matchAll(/<span class="negah-inline"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]!);
}

async function negahLayerHtml(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const layer = find(root, (n) => n.localName === 'negah-layer');
    const shadow = layer?.shadowRoots?.[0];
    if (!shadow) return null;
    const parts: string[] = [];
    for (const child of shadow.children ?? []) {
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string };
      parts.push(outerHTML);
    }
    return parts.join('');
  } finally {
    await cdp.detach();
  }
}

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Hovers the middle of a mark. */
export async function hover(page: Page, mark: MarkInfo): Promise<void> {
  await page.mouse.move(mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2);
}

/** What a screen reader is given: the accessible nodes of the page (closed shadow roots included). */
export async function accessibleNodes(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean }[] };
    return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
  } finally {
    await cdp.detach();
  }
}
