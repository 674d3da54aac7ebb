// Watching an extension page for what hostile content could make it do: every request it makes (seen by the
// driver, so before any server), every CSP violation (a payload that tried to run and was stopped only by the
// extension's CSP), and what the rendered article still holds that could run or load.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { TestBrowser, TestPage } from './browsers.ts';
import type { StaticServer } from './server.ts';

export interface WatchedPage {
  page: TestPage;
  /** URLs of every request the page made, in order (Firefox over BiDi reports http(s) ones only, not its own files). */
  requests: string[];
}

type ProbeGlobal = typeof globalThis & { siftTestCsp?: string[] };

/** Records securitypolicyviolation events on globalThis.siftTestCsp. */
function installCspProbe() {
  const g = globalThis as ProbeGlobal;
  if (g.siftTestCsp) return;
  g.siftTestCsp = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      void g.siftTestCsp!.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${(e.target as Element).outerHTML?.slice(0, 100) ?? String(e.target)}`,
      ),
    true,
  );
}

/**
 * Opens an extension page with the request watcher attached before it loads. Chromium also gets the CSP probe
 * before the page's own scripts; Firefox cannot (BiDi preload scripts do not run in moz-extension pages, tried
 * with evaluateOnNewDocument), so there it is installed as soon as the document exists.
 */
export async function openWatched(browser: TestBrowser, path: string): Promise<WatchedPage> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const url = browser.extensionUrl(path);
  if (browser.name === 'chromium') {
    const raw = page.raw as PwPage;
    raw.on('request', (r) => void requests.push(r.url()));
    await raw.addInitScript(installCspProbe);
    await page.goto(url);
  } else {
    const raw = page.raw as PpPage;
    raw.on('request', (r) => void requests.push(r.url()));
    // goto never resolves for moz-extension:// (TOOLCHAIN.md): start it and wait for the document.
    raw.goto(url).catch(() => undefined);
    await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState !== 'loading');
    await page.evaluate(installCspProbe);
  }
  return { page, requests };
}

export const cspViolations = (page: TestPage) =>
  page.evaluate(() => (globalThis as ProbeGlobal).siftTestCsp ?? ['no probe']);

/** Requests to anything but the extension's own files, blob: and data: (stored images), and the allowed URLs. */
export function outbound(requests: string[], allowed: readonly string[] = []): string[] {
  return requests.filter((u) => !/^(chrome-extension|moz-extension|blob|data):/.test(u) && !allowed.includes(u));
}

/** Scrolls every scroller to its end, so lazy images a reader would reach are requested too. */
export async function readToTheEnd(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    for (const el of [document.scrollingElement, ...document.querySelectorAll('*')]) {
      if (el && el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
    }
  });
  await new Promise((ok) => setTimeout(ok, 400));
}

/**
 * What the rendered article (.sift-body) holds that could run or reach out: elements that run or embed, event
 * handler attributes, attributes that load, script URLs, the beacon anywhere but in a link's href.
 * Returns the problems found and the image URLs shown.
 */
export async function auditArticle(page: TestPage): Promise<{ problems: string[]; images: string[] }> {
  return page.evaluate(() => {
    const body = document.querySelector('.sift-body');
    if (!body) return { problems: ['no .sift-body'], images: [] };
    const problems: string[] = [];
    const active =
      /^(script|style|iframe|frame|frameset|object|embed|applet|svg|math|form|input|button|textarea|select|meta|link|base|template|noscript|portal|video|audio|track|marquee)$/;
    const loads = /^(style|srcdoc|srcset|formaction|action|ping|background|poster|data|xlink:href|codebase|usemap)$/;
    for (const el of body.querySelectorAll('*')) {
      const tag = el.localName;
      if (active.test(tag)) problems.push(`<${tag}>`);
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name) || loads.test(name)) problems.push(`${tag}[${name}]`);
        if (/^\s*(javascript|vbscript|data:text)/i.test(value)) problems.push(`${tag}[${name}=${value.slice(0, 40)}]`);
        if (value.includes('/beacon/') && !(tag === 'a' && name === 'href')) problems.push(`${tag}[${name}] → beacon`);
      }
    }
    const images = [...body.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    return { problems, images };
  });
}

/**
 * Positive control, run after a page's own results are taken: the page makes one request and one inline-handler
 * attempt of its own, and each watcher must see it. A watcher that saw nothing here proves nothing.
 */
export async function proveWatchers(watched: WatchedPage, server: StaticServer, tag: string) {
  const target = server.url(`/control/${tag}`);
  const before = (await cspViolations(watched.page)).length;
  await watched.page.evaluate((src) => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    img.src = src;
    document.body.append(img);
  }, target);
  await new Promise((ok) => setTimeout(ok, 500));
  return {
    driverSaw: watched.requests.includes(target),
    serverSaw: server.requests.some((r) => r.path === `/control/${tag}`),
    cspSaw: (await cspViolations(watched.page)).length > before,
  };
}
