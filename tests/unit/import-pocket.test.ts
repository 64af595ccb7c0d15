import { describe, expect, it } from 'vitest';
import { applyImport } from '@/lib/import/apply';
import { parseCsv } from '@/lib/import/csv';
import { parsePocketCsv } from '@/lib/import/pocket-csv';
import { ImportError } from '@/lib/import/report';
import { saveClip } from '@/lib/store/clips';
import { openStore } from '@/lib/store/db';
import { content } from './helpers/clips';

const POCKET = '\ufefftitle,url,time_added,tags,status\r\n'
  + '"مذاکرات وین، دور تازه",https://www.irna.ir/news/1?utm_source=pocket,1700000000,برجام|وین,unread\r\n'
  + '"A ""quoted"" title, with a comma\nand a line break",https://www.reuters.com/world/x,1700000100,,archive\r\n'
  + ',https://www.spa.gov.sa/N2,1700000200,سعودی,unread\r\n'
  + 'Again,https://www.irna.ir/news/1,1700000300,هسته‌ای,unread\r\n';

const problemsOf = (text: string) => {
  try {
    parsePocketCsv(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return (err as ImportError).problems;
  }
  throw new Error('expected the file to be refused');
};

describe('CSV', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and LF', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","1\n2"\nlast,\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', '1\n2'] },
      { line: 4, fields: ['last', ''] },
    ]);
  });
});

describe('Pocket import', () => {
  it('turns each link into a clip without article, with its tags, time and read state', async () => {
    const items = parsePocketCsv(POCKET);
    expect(items).toHaveLength(3); // the same link twice is one clip
    const [first, second, third] = items;
    expect(first!.clip).toMatchObject({ url: 'https://www.irna.ir/news/1', title: 'مذاکرات وین، دور تازه', tags: ['برجام', 'وین', 'هسته‌ای'], read: false, hasBody: false, savedAt: 1_700_000_000_000, lang: 'fa', site: 'irna.ir' });
    expect(second!.clip).toMatchObject({ title: 'A "quoted" title, with a comma\nand a line break', read: true, tags: [] });
    expect(third!.clip.title).toBe('https://www.spa.gov.sa/N2');
    const db = await openStore();
    expect(await applyImport(db, items, [])).toEqual({ total: 3, added: 3, updated: 0, unchanged: 0, keptNewer: 0 });
  });

  it('adds tags to a page already saved and keeps its article and the reader’s fields', async () => {
    const db = await openStore();
    const saved = (await saveClip(db, content({ url: 'https://www.irna.ir/news/1' }))).clip;
    const report = await applyImport(db, parsePocketCsv(POCKET), []);
    expect(report).toMatchObject({ added: 2, updated: 1 });
    const after = await db.get('clips', saved.id);
    expect(after).toMatchObject({ title: saved.title, hasBody: true, tags: ['برجام', 'وین', 'هسته‌ای'] });
    expect((await applyImport(db, parsePocketCsv(POCKET), [])).unchanged).toBe(3);
  });

  it.each([
    ['an empty file', '', /^the file is empty$/],
    ['a file without a url column', 'title,link\nx,https://x.ir\n', /no "url" column/],
    ['a header without links', 'title,url\n', /header but no links/],
    ['a quote never closed', 'title,url\n"open,https://x.ir\n', /^this file is not valid CSV: line 2: a quoted field is never closed$/],
    ['a row with the wrong number of fields', 'title,url,tags\nx,https://x.ir\n', /^line 2: 2 fields where the header has 3$/],
    ['an address that is not a web page', 'title,url\nx,javascript:alert(1)\n', /^line 2: url: not a web address/],
    ['an empty address', 'title,url\nx,\n', /^line 2: url: not a web address/],
    ['a time that is not a number', 'url,time_added\nhttps://x.ir,yesterday\n', /^line 2: time_added: not a time/],
    ['an unknown status', 'url,status\nhttps://x.ir,deleted\n', /^line 2: status: "deleted" is neither unread nor archive$/],
  ])('refuses %s, saying where', (_what, text, message) => {
    expect(problemsOf(text).some((p) => message.test(p))).toBe(true);
  });

  it('reports every bad row, not only the first', () => {
    expect(problemsOf('url,time_added\nftp://a,1\nhttps://ok.ir,2\nhttps://b.ir,x\n')).toEqual([
      'line 2: url: not a web address: "ftp://a"',
      'line 4: time_added: not a time (seconds since 1970): "x"',
    ]);
  });
});
