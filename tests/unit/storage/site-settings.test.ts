import { describe, expect, it } from 'vitest';
import {
  exportSiteSettings,
  importSiteSettings,
  isSiteEnabled,
  setSiteEnabled,
  siteKey,
  watchSiteEnabled,
} from '../../../utils/storage/site-settings';

describe('per-site switch', () => {
  it('is on by default and one switch covers www. and case', async () => {
    expect(await isSiteEnabled('news.example.com')).toBe(true);
    await setSiteEnabled('WWW.Example.com', false);
    expect(await isSiteEnabled('example.com')).toBe(false);
    expect(await isSiteEnabled('www.example.com')).toBe(false);
    expect(await isSiteEnabled('news.example.com')).toBe(true);
    expect(siteKey('www.Example.COM.')).toBe('example.com');
  });

  it('exports only the sites switched off, as plain JSON, and switching back on removes the entry', async () => {
    await setSiteEnabled('a.test', false);
    await setSiteEnabled('b.test', false);
    await setSiteEnabled('b.test', true);
    const exported = await exportSiteSettings();
    expect(JSON.parse(JSON.stringify(exported))).toEqual({ 'a.test': { enabled: false } });
  });

  it('imports an export, refusing entries that are not {enabled: boolean}', async () => {
    const taken = await importSiteSettings({
      'c.test': { enabled: false },
      'd.test': { enabled: 'no' },
      'e.test': null,
    });
    expect(taken).toBe(1);
    expect(await isSiteEnabled('c.test')).toBe(false);
    expect(await isSiteEnabled('d.test')).toBe(true);
    await expect(importSiteSettings([1, 2])).rejects.toThrow(TypeError);
  });

  it('tells a watcher when its site is switched', async () => {
    const seen: boolean[] = [];
    const stop = watchSiteEnabled('f.test', (enabled) => seen.push(enabled));
    await setSiteEnabled('f.test', false);
    await setSiteEnabled('g.test', false);
    await setSiteEnabled('f.test', true);
    stop();
    expect(seen).toEqual([false, false, true]);
  });
});
