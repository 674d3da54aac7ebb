import { afterEach, describe, expect, it } from 'vitest';
import { createLibraryApi } from '../../../utils/library/api';
import type { LibraryDb } from '../../../utils/library/db/db';
import {
  mergeSiteRules,
  readSiteRules,
  type SiteRulesStore,
} from '../../../utils/library/transfer/site-rules-transfer';
import { saveArticle } from '../../../utils/library/write/save-article';
import {
  addReaderRule,
  addSiteRules,
  allSiteRules,
  readerRules,
  SITE_RULES_KEY,
} from '../../../utils/storage/site-rules';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeFakeArticle } from './fake-articles';
import { dropLibrary, freshLibrary, same } from './helpers';

// The picker's site rules travel in Sift JSON with the articles: exported from one browser's storage, imported
// into another's, added to what is there (never replacing it), and a file's bad entries dropped.

const store: SiteRulesStore = { read: allSiteRules, merge: (rules) => addSiteRules(rules, mergeSiteRules) };
const dbs: LibraryDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map(dropLibrary));
});

async function library() {
  const db = await freshLibrary();
  dbs.push(db);
  return { db, api: createLibraryApi(db, { loadSanitize: async () => same, siteRules: store }) };
}

describe('site rules in Sift JSON', () => {
  it('round-trips: exported with the articles, imported into another profile, merged with its own rules', async () => {
    const source = await library();
    await saveArticle(source.db, makeFakeArticle(1), { sanitize: same });
    await addReaderRule('www.example.com', 'hide', '.promo-rail');
    await addReaderRule('example.com', 'show', 'aside.related');
    await addReaderRule('news.example.org', 'hide', '#app-teaser');
    const exported = await source.api.exportAll('sift-json', {});
    const file = JSON.parse(await exported.blob.text()) as { siteRules: unknown; articles: unknown[] };
    expect(file.siteRules).toEqual({
      'example.com': { hide: ['.promo-rail'], show: ['aside.related'] },
      'news.example.org': { hide: ['#app-teaser'], show: [] },
    });

    // Another profile, which has a rule of its own on one of the same sites.
    fakeBrowser.reset();
    await addReaderRule('example.com', 'hide', '.cookie-wall');
    const target = await library();
    const report = await target.api.importFile(new File([await exported.blob.text()], 'sift.json'), {});
    expect(report).toMatchObject({ imported: 1, siteRules: 3 });
    expect(await readerRules('example.com')).toEqual({
      hide: ['.cookie-wall', '.promo-rail'],
      show: ['aside.related'],
    });
    expect(await readerRules('news.example.org')).toEqual({ hide: ['#app-teaser'], show: [] });

    // Importing the same file again adds nothing twice.
    const again = await target.api.importFile(new File([await exported.blob.text()], 'sift.json'), {});
    expect(again.siteRules).toBe(0);
    expect((await readerRules('example.com')).hide).toEqual(['.cookie-wall', '.promo-rail']);
  });

  it('writes no siteRules key when there are none, and a file without one leaves the stored rules alone', async () => {
    const { api } = await library();
    const empty = JSON.parse(await (await api.exportAll('sift-json', {})).blob.text()) as object;
    expect(empty).not.toHaveProperty('siteRules');
    await addReaderRule('example.com', 'hide', '.x');
    const file = JSON.stringify({ format: 'sift-library', schemaVersion: 1, exportedAt: '', articles: [] });
    const report = await api.importFile(new File([file], 'sift.json'), {});
    expect(report.siteRules).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(SITE_RULES_KEY)).toEqual({
      [SITE_RULES_KEY]: { 'example.com': { hide: ['.x'], show: [] } },
    });
  });

  it("drops a file's unusable entries: bad site names, non-strings, empty and oversized selectors", () => {
    expect(
      readSiteRules({
        'WWW.Example.COM': { hide: ['.a', '.a', 3, '', 'x'.repeat(501)], show: 'nope' },
        'bad site/': { hide: ['.b'] },
        'ok.example': null,
        'empty.example': { hide: [] },
      }),
    ).toEqual({ 'example.com': { hide: ['.a'], show: [] } });
    expect(readSiteRules([{ hide: ['.a'] }])).toEqual({});
    expect(readSiteRules(undefined)).toEqual({});
  });

  it('merges without removing: every existing selector stays, new ones are counted', () => {
    const { rules, added } = mergeSiteRules(
      { 'a.example': { hide: ['.one'] } },
      { 'a.example': { hide: ['.one', '.two'], show: ['.three'] }, 'b.example': { hide: ['.four'] } },
    );
    expect(rules).toEqual({
      'a.example': { hide: ['.one', '.two'], show: ['.three'] },
      'b.example': { hide: ['.four'], show: [] },
    });
    expect(added).toBe(3);
  });
});
