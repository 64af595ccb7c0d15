import { describe, expect, it } from 'vitest';
import { toCsl } from '@/lib/export/csl';
import { toMarkdown } from '@/lib/export/html-to-markdown';
import { clipToMarkdown, fileName } from '@/lib/export/markdown';
import { unzipSync } from 'fflate';
import { zip } from '@/lib/export/zip';
import { makeRecord } from '@/lib/store/clips';
import type { EntityRecord } from '@/lib/store/schema';
import { content } from './helpers/clips';

const clip = makeRecord('c1', content({
  url: 'https://www.irna.ir/news/85123', title: 'عراقچی: "مذاکرات" ادامه می‌یابد', author: 'گروه سیاسی',
  published: { gregorian: '2024-12-02', jalali: '1403-09-12', hijri: '1446-06-01' },
}), { tags: ['برجام', 'وین'], note: 'نکته\nدوم', read: false, starred: true }, Date.UTC(2024, 11, 3, 8), Date.UTC(2024, 11, 3, 8));
const entities = new Map<string, EntityRecord>([['person:abbas-araghchi', { id: 'person:abbas-araghchi', type: 'person', name: { en: 'Abbas Araghchi', fa: 'عباس عراقچی', ar: 'عباس عراقجي' } }]]);

function dom(html: string): Node {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

describe('Markdown export', () => {
  it('writes front matter with the three calendars, entities, tags and note, safely quoted', () => {
    const md = clipToMarkdown(clip, entities, dom('<p>متن</p>'));
    expect(md).toContain('---\ntitle: "عراقچی: \\"مذاکرات\\" ادامه می‌یابد"\nurl: "https://www.irna.ir/news/85123"\n');
    expect(md).toContain('published: 2024-12-02\npublished_jalali: "1403-09-12"\npublished_hijri: "1446-06-01"\n');
    expect(md).toContain('tags: ["برجام", "وین"]');
    expect(md).toContain('entities: ["Abbas Araghchi", "country:IR"]');
    expect(md).toContain('note: "نکته\\nدوم"');
    expect(md).toContain('\n> نکته\n> دوم\n');
    expect(md.endsWith('متن\n')).toBe(true);
  });

  it('turns the article into Markdown: headings, lists, quotes, links, images as links, tables', () => {
    const md = toMarkdown(dom('<h2>عنوان</h2><p>یک <strong>دو</strong> <a href="https://x.ir/a b">پیوند</a></p><ul><li>الف</li><li>ب</li></ul><ol><li>one</li></ol><blockquote><p>نقل</p></blockquote><figure><img alt="نقشه" data-src="https://x.ir/m.png"><figcaption>زیرنویس</figcaption></figure><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2|3</td></tr></table><p>a*b_c</p>'));
    expect(md).toBe([
      '## عنوان', 'یک **دو** [پیوند](https://x.ir/a%20b)', '- الف\n- ب', '1. one', '> نقل', '![نقشه](https://x.ir/m.png)', '*زیرنویس*',
      '| a | b |\n| --- | --- |\n| 1 | 2\\|3 |', 'a\\*b\\_c',
    ].join('\n\n'));
  });

  it('names files by date and title, uniquely', () => {
    const taken = new Set<string>();
    expect(fileName(clip, taken)).toBe('2024-12-02-عراقچی-مذاکرات-ادامه-می‌یابد.md');
    expect(fileName(clip, taken)).toBe('2024-12-02-عراقچی-مذاکرات-ادامه-می‌یابد-2.md');
  });
});

describe('CSL-JSON export', () => {
  it('describes a clip as a newspaper article Zotero can import', () => {
    expect(toCsl(clip)).toEqual({
      id: 'negah-c1', type: 'article-newspaper', title: clip.title, 'container-title': 'ایرنا', URL: 'https://www.irna.ir/news/85123',
      author: [{ literal: 'گروه سیاسی' }], issued: { 'date-parts': [[2024, 12, 2]] }, accessed: { 'date-parts': [[2024, 12, 3]] },
      language: 'fa', abstract: clip.excerpt, keyword: 'برجام, وین', note: 'نکته\nدوم',
    });
  });
});

describe('ZIP', () => {
  it('holds every file under its UTF-8 name, byte for byte, for any unzip tool', () => {
    const files = [{ name: 'الف.md', data: new TextEncoder().encode('# الف\n'.repeat(50)) }, { name: 'b.md', data: new Uint8Array([1, 2]) }];
    const back = unzipSync(zip(files));
    expect(Object.keys(back).sort()).toEqual(['b.md', 'الف.md']);
    for (const f of files) expect(back[f.name]).toEqual(f.data);
  });
});
