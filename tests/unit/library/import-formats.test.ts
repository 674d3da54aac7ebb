import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../../utils/library/db/db';
import { importLibrary } from '../../../utils/library/transfer/import-library';
import { ImportFileError } from '../../../utils/library/transfer/import-types';
import { listArticles } from '../../../utils/library/read/list-articles';
import { saveArticle } from '../../../utils/library/write/save-article';
import { getArticle } from '../../../utils/library/read/get-article';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, sanitizeHtml, same, snapshot } from './helpers';

let db: LibraryDb;
beforeEach(async () => (db = await freshLibrary()));
afterEach(async () => dropLibrary(db));
const run = (text: string) => importLibrary(db, text, { sanitize: sanitizeHtml, now: 5_000_000 });

describe('Pocket CSV', () => {
  const csv = [
    'title,url,time_added,tags,status',
    'First,https://a.example/1,1700000000,news|Later,unread',
    '"Quoted, with ""comma""",https://a.example/2,1700000100,,archive',
    'No scheme,javascript:alert(1),1700000200,,unread',
    'Bad time,https://a.example/3,yesterday,,unread',
    'Short row,https://a.example/4',
    'Bad status,https://a.example/5,1700000300,,deleted',
    'Again,https://a.example/1#frag,1690000000,extra,archive',
    '"Multi',
    'line",https://a.example/6,1700000400,,unread',
    '"Truncated,https://a.example/7,1700000500,,unread',
  ].join('\r\n');

  it('imports good rows, merges duplicates and refuses bad rows with reasons', async () => {
    const report = await run(csv);
    expect(report.imported).toBe(3);
    expect(report.merged).toBe(1);
    expect(report.refused.map((r) => [r.item.split(':')[0], r.reason])).toEqual([
      ['line 4', '"javascript:alert(1)" is not an http(s) URL'],
      ['line 5', 'time_added "yesterday" is not a time in seconds'],
      ['line 6', '2 cells where the header has 5'],
      ['line 7', 'status "deleted" is neither unread nor archive'],
      ['line 11', 'the row ends inside a quoted cell (truncated file?)'],
    ]);
    const rows = await listArticles(db);
    expect(rows.map((r) => r.title)).toEqual(['Multi line', 'Quoted, with "comma"', 'First']);
    // The duplicate kept the first time it was saved, both rows' tags, and read from "archive".
    expect(rows[2]).toMatchObject({ savedAt: 1_690_000_000_000, tags: ['news', 'Later', 'extra'], read: 1 });
  });

  it('refuses a CSV without a url column as a whole, changing nothing', async () => {
    await expect(run('name,link\nx,https://a.example')).rejects.toBeInstanceOf(ImportFileError);
    expect(await db.articles.count()).toBe(0);
  });
});

describe('Netscape bookmarks', () => {
  const html = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
  <DT><H3 ADD_DATE="1">Reading &amp; news</H3>
  <DL><p>
    <DT><A HREF="https://b.example/x?a=1&amp;b=2" ADD_DATE="1700000000" TAGS="one,Two">Caf&eacute; &amp; &#233;t&#xE9; <b>bold</b></A>
    <DT><A HREF='javascript:alert(1)'>evil</A>
    <DT><A HREF=https://b.example/unquoted>unquoted</A>
  </DL><p>
  <DT><A HREF="data:text/html,<script>">data</A>
  <DT><A ADD_DATE="3">no href</A>
  <DT><A HREF="https://b.example/top" ADD_DATE="1700000000000">ms date</A>
</DL><p>`;

  it('reads links with dates, tags and folders; refuses unsafe or missing hrefs', async () => {
    const report = await run(html);
    expect(report.imported).toBe(3);
    expect(report.refused.map((r) => r.reason)).toEqual([
      '"javascript:alert(1)" is not an http(s) URL',
      '"data:text/html,<script>" is not an http(s) URL',
      'no HREF',
    ]);
    const rows = await listArticles(db);
    const x = rows.find((r) => r.url === 'https://b.example/x?a=1&b=2')!;
    expect(x).toMatchObject({
      title: 'Caf&eacute; & été bold',
      savedAt: 1_700_000_000_000,
      tags: ['one', 'Two', 'Reading & news'],
    });
    expect(rows.find((r) => r.title === 'unquoted')!.tags).toEqual(['Reading & news']);
    expect(rows.find((r) => r.title === 'ms date')).toMatchObject({ savedAt: 1_700_000_000_000, tags: [] });
  });

  it('refuses an HTML file with no links', async () => {
    await expect(run('<html><body><p>hello</p></body></html>')).rejects.toThrow(/not a bookmarks export/);
  });
});

describe('Sift JSON', () => {
  const file = (articles: unknown[], extra: object = {}) =>
    JSON.stringify({ format: 'sift-library', schemaVersion: 1, exportedAt: '', articles, ...extra });

  it('refuses bad records with reasons and sanitises imported html', async () => {
    const good = {
      ...makeFakeArticle(1),
      html: '<p onclick="x()">hi<script>alert(1)</script></p><img src="javascript:y()">',
      tags: ['a'],
      read: true,
    };
    const report = await run(
      file([
        good,
        { title: 'no url' },
        { ...makeFakeArticle(2), storedImages: [{ url: 'https://x', type: 'image/png', data: '%%%' }] },
        'a string',
      ]),
    );
    expect(report.imported).toBe(1);
    expect(report.refused).toEqual([
      { item: 'article 2: no url', reason: 'missing or non-http(s) url' },
      { item: `article 3: ${makeFakeArticle(2).title}`, reason: 'the image https://x is not valid base64' },
      { item: 'article 4: ', reason: 'not an article record' },
    ]);
    const [row] = await listArticles(db);
    expect((await getArticle(db, row!.id))!.body.html).toBe('<p>hi</p><img>');
  });

  it('refuses truncated JSON, foreign JSON and a newer schema as a whole, changing nothing', async () => {
    await saveArticle(db, makeFakeArticle(3), { sanitize: same });
    const before = await snapshot(db);
    const whole = file([makeFakeArticle(4)]);
    await expect(run(whole.slice(0, whole.length / 2))).rejects.toThrow(/not valid JSON.*truncated/);
    await expect(run('{"articles": []}')).rejects.toThrow(/not a Sift library export/);
    await expect(run(file([], { schemaVersion: 99 }))).rejects.toThrow(/newer Sift \(schema 99\)/);
    await expect(run('hello, world')).rejects.toThrow(/none of them/);
    expect(await snapshot(db)).toEqual(before);
  });
});
