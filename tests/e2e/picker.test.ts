// "Hide something else" and "What was hidden", in real Chromium and Firefox, driven as a reader drives them: the
// popup's buttons start the picker, the mouse picks a block in the page, the rule holds across a reload and goes
// when removed; the article itself cannot be picked; a block Sift hid can be shown again and stays shown.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SITE_RULES_KEY } from '../../utils/storage/site-rules';
import { browserNames, launchBrowser, type TestBrowser, type TestPage } from './harness/browsers.ts';
import { contentTabId } from './harness/messages.ts';
import { startServer, type StaticServer } from './harness/server.ts';
import { storageGet, storageSet } from './harness/storage.ts';

const paragraphs = Array.from(
  { length: 20 },
  (_, i) =>
    `<p id="p${i}">Part ${i}: the harbour authority said on Friday that the new breakwater would be finished by October, ` +
    `two years late and 40 per cent over budget, after storms twice swept away the half-built wall.</p>`,
).join('\n');

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Breakwater two years late</title>
<meta property="og:type" content="article"></head><body>
<article id="story"><h1>Breakwater two years late</h1>${paragraphs}</article>
<aside id="club" style="height:120px"><b>Join the Harbour Readers Club</b> and meet our writers every month.</aside>
<div class="ad-slot" id="ad">Advertisement</div>
</body></html>`;

interface Mouse {
  move(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
}
interface Keyboard {
  press(key: string): Promise<void>;
}

describe.each(browserNames)('%s: the picker and the hidden list', (name) => {
  let browser: TestBrowser;
  let server: StaticServer;
  let open: TestPage[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-picker-'));
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'breakwater.html'), page);
    server = await startServer({ '/': dir });
    browser = await launchBrowser(name);
  });
  afterEach(async () => {
    const ext = await browser.openExtensionPage('popup.html');
    await storageSet(ext, { [SITE_RULES_KEY]: {} });
    await ext.close();
    for (const p of open) await p.close();
    open = [];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function article(): Promise<{ tab: TestPage; popup: TestPage; tabId: number }> {
    const tab = await browser.newPage();
    open.push(tab);
    await tab.goto(server.url('/news/breakwater.html'));
    await tab.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    const ext = await browser.openExtensionPage('popup.html');
    open.push(ext);
    const tabId = await contentTabId(ext);
    await ext.close();
    open.pop();
    return { tab, popup: await openPopup(tabId), tabId };
  }
  // The popup aimed at the tab, in a tab of its own: a real popup closes when the picker starts (the page takes the
  // pointer), which would end the test's view of it, so window.close is a no-op here. Its page menu is opened.
  async function openPopup(tabId: number): Promise<TestPage> {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    open.push(popup);
    await popup.waitForFunction(() => !!document.querySelector('.sift-hidden-panel details'));
    await popup.evaluate(() => {
      window.close = () => undefined;
      document.querySelector<HTMLDetailsElement>('.sift-page-menu')!.open = true;
    });
    return popup;
  }
  const press = (p: TestPage, label: string) =>
    p.evaluate((label) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === label || b.getAttribute('aria-label') === label,
      );
      if (!button) throw new Error(`no button ${label}`);
      button.click();
    }, label);
  const visible = (tab: TestPage, id: string) =>
    tab.evaluate((id) => getComputedStyle(document.getElementById(id)!).display !== 'none', id);
  const centre = (tab: TestPage, id: string) =>
    tab.evaluate((id) => {
      const el = document.getElementById(id)!;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 20) };
    }, id);
  async function pickWithMouse(tab: TestPage, id: string) {
    const raw = tab.raw as unknown as { mouse: Mouse; bringToFront(): Promise<void> };
    await raw.bringToFront();
    const { x, y } = await centre(tab, id);
    await raw.mouse.move(x, y);
    await raw.mouse.click(x, y);
  }

  it('picks a block with the mouse, keeps it hidden across a reload, and shows it again when the rule goes', async () => {
    const { tab, popup: first, tabId } = await article();
    expect(await visible(tab, 'club')).toBe(true);
    await press(first, 'Hide something else');
    await tab.waitForFunction(() => !!document.querySelector('sift-picker'));
    await pickWithMouse(tab, 'club');
    await expect.poll(() => visible(tab, 'club')).toBe(false);
    // The picker leaves once the rule is stored (after the block is hidden): wait for that, then read the rule.
    await expect.poll(() => tab.evaluate(() => !!document.querySelector('sift-picker'))).toBe(false);
    const rules = (await storageGet(first, SITE_RULES_KEY)) as Record<string, { hide: string[] }>;
    expect(rules['127.0.0.1']?.hide).toEqual(['#club']);

    await tab.reload();
    await tab.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    expect(await visible(tab, 'club')).toBe(false);
    expect(await visible(tab, 'story')).toBe(true);

    const popup = await openPopup(tabId);
    await popup.evaluate(() => {
      document.querySelector<HTMLDetailsElement>('.sift-hidden-panel details')!.open = true;
    });
    await popup.waitForFunction(() => document.querySelector('.sift-hidden-panel')!.textContent!.includes('#club'));
    await press(popup, 'Remove the rule #club');
    await expect.poll(() => visible(tab, 'club')).toBe(true);
    expect(await storageGet(popup, SITE_RULES_KEY)).toEqual({});
  });

  it('refuses the article: a paragraph picked stays, and Esc leaves the page as it was', async () => {
    const { tab, popup } = await article();
    await press(popup, 'Hide something else');
    await tab.waitForFunction(() => !!document.querySelector('sift-picker'));
    await pickWithMouse(tab, 'p3');
    expect(await visible(tab, 'p3')).toBe(true);
    // Still picking, and saying why.
    expect(await tab.evaluate(() => !!document.querySelector('sift-picker'))).toBe(true);
    await (tab.raw as unknown as { keyboard: Keyboard }).keyboard.press('Escape');
    await expect.poll(() => tab.evaluate(() => !!document.querySelector('sift-picker'))).toBe(false);
    expect(((await storageGet(popup, SITE_RULES_KEY)) as Record<string, unknown> | undefined)?.['127.0.0.1']).toBe(
      undefined,
    );
  });

  it('lists what was hidden by why, and "Show" keeps a block shown on the site', async () => {
    const { tab, popup } = await article();
    expect(await visible(tab, 'ad')).toBe(false);
    await popup.evaluate(() => {
      document.querySelector<HTMLDetailsElement>('.sift-hidden-panel details')!.open = true;
    });
    await popup.waitForFunction(() => !!document.querySelector('.sift-hidden-group h3'));
    const groups = await popup.evaluate(() =>
      [...document.querySelectorAll('.sift-hidden-group')].map((g) => ({
        why: g.querySelector('h3')!.textContent,
        items: [...g.querySelectorAll('.sift-hidden-text')].map((s) => s.textContent),
      })),
    );
    expect(groups).toContainEqual({ why: 'Ads', items: ['Advertisement'] });
    await press(popup, 'Show “Advertisement” on this site');
    await expect.poll(() => visible(tab, 'ad')).toBe(true);
    await tab.reload();
    await tab.waitForFunction(() => document.documentElement.hasAttribute('data-sift-ms'));
    expect(await visible(tab, 'ad')).toBe(true);
    await storageSet(popup, { [SITE_RULES_KEY]: {} });
    await expect.poll(() => visible(tab, 'ad')).toBe(false);
  });
});
