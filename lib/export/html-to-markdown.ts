/**
 * Sanitised article DOM to Markdown: headings, paragraphs, lists, quotes, code,
 * tables, links and images (as links: a clip never fetched them). Text keeps its
 * own characters — Persian and Arabic are written as they are, ZWNJ included.
 */

const escapeText = (s: string) => s.replace(/([\\`*_[\]])/g, '\\$1');
const squash = (s: string) => s.replace(/[ \t\r\n]+/g, ' ');

function inline(node: Node): string {
  if (node.nodeType === 3) return escapeText(squash(node.textContent ?? ''));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = () => [...el.childNodes].map(inline).join('');
  switch (el.tagName.toLowerCase()) {
    case 'strong': case 'b': return wrap(inner(), '**');
    case 'em': case 'i': case 'cite': return wrap(inner(), '*');
    case 'code': return `\`${(el.textContent ?? '').replace(/`/g, 'ˋ')}\``;
    case 'br': return '  \n';
    case 'a': {
      const href = el.getAttribute('href');
      const text = inner().trim();
      return href ? `[${text || href}](${href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})` : text;
    }
    case 'img': {
      const src = el.getAttribute('data-src');
      const alt = escapeText(el.getAttribute('alt') ?? '');
      return src ? `![${alt}](${src.replace(/[()\s]/g, (c) => encodeURIComponent(c))})` : alt;
    }
    default: return inner();
  }
}

function wrap(text: string, mark: string): string {
  const t = text.trim();
  return t ? `${mark}${t}${mark}` : '';
}

const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table', 'dl', 'dt', 'dd']);

function blocks(parent: Node, depth = 0): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.trim()) out.push(run.trim());
    run = '';
  };
  for (const node of parent.childNodes) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
    if (!BLOCK.has(tag)) {
      run += inline(node);
      continue;
    }
    flush();
    out.push(...block(node as Element, tag, depth));
  }
  flush();
  return out;
}

function block(el: Element, tag: string, depth: number): string[] {
  const text = () => [...el.childNodes].map(inline).join('').trim();
  if (/^h[1-6]$/.test(tag)) return [`${'#'.repeat(Number(tag[1]))} ${text()}`];
  if (tag === 'hr') return ['---'];
  if (tag === 'pre') return [`\`\`\`\n${(el.textContent ?? '').replace(/```/g, 'ˋˋˋ')}\n\`\`\``];
  if (tag === 'blockquote') return [blocks(el, depth).join('\n\n').split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')];
  if (tag === 'ul' || tag === 'ol') {
    const items = [...el.children].filter((c) => c.tagName.toLowerCase() === 'li');
    return [items.map((li, i) => {
      const marker = tag === 'ol' ? `${i + 1}. ` : '- ';
      const [first = '', ...rest] = blocks(li, depth + 1);
      const pad = ' '.repeat(marker.length);
      return [marker + first, ...rest.map((b) => b.split('\n').map((l) => pad + l).join('\n'))].join('\n');
    }).join('\n')];
  }
  if (tag === 'table') return [table(el)];
  if (tag === 'figcaption') return [wrap(text(), '*')];
  return blocks(el, depth);
}

function table(el: Element): string {
  const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => [...cell.childNodes].map(inline).join('').trim().replace(/\|/g, '\\|')));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** The Markdown of an article's DOM. */
export function toMarkdown(root: Node): string {
  return blocks(root).join('\n\n');
}
