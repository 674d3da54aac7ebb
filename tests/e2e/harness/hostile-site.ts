// The hostile payload corpus (tests/fixtures/hostile) served from 127.0.0.1 as a few article pages, with a beacon that
// records every payload that runs or loads. The pages carry a real photo, so a saved article has an image to store.
import type { IncomingMessage } from 'node:http';
import { hostileArticlePage } from '../../fixtures/hostile/pages.ts';
import { fillPayload, payloads, type Payload } from '../../fixtures/hostile/payloads.ts';
import { png } from './png.ts';
import type { LoggedRequest, StaticServer } from './server.ts';

export interface HostilePage {
  name: string;
  title: string;
  payloads: Payload[];
  /** The page's lang attribute as written, and extra head markup (issue 17: values the popup must survive). */
  page?: { lang: string; head: string };
}

// 133 payloads in four pages of whole families, and issue 17's clobbering forms and URL tricks in two more. The two <base> payloads sit on different pages: the first
// <base> of a document wins, so together one would hide the other.
const groups: [string, Payload['family'][]][] = [
  ['scripts-and-handlers', ['script', 'handler']],
  ['urls-svg-math', ['js-url', 'data-url', 'svg-math']],
  ['frames-forms-meta-css', ['srcdoc', 'form', 'meta', 'css']],
  ['mxss-and-embeds', ['mxss', 'embed']],
  ['clobbering-forms', ['clobber']],
  ['url-tricks', ['url']],
];

// Issue 17: a published date for the popup to format, in a lang Intl refuses ('en_US') or one holding markup.
const DATED = '<meta property="article:published_time" content="2024-05-06T08:00:00Z">';
const pageValues: Record<string, HostilePage['page']> = {
  'clobbering-forms': { lang: '"en_US"', head: DATED },
  'url-tricks': { lang: `'en"><img src=x: onerror=alert(1)>'`, head: DATED },
};

export const hostilePages: HostilePage[] = groups.map(([name, families]) => ({
  name,
  title: `Council backs tram extension (${name})`,
  payloads: payloads.filter((p) => families.includes(p.family)),
  ...(pageValues[name] ? { page: pageValues[name] } : {}),
}));

/**
 * The source tab must not count as Sift: it would run its own payloads and hit the beacon. So the pages are served
 * with a CSP that lets them run and load nothing (Sift's content script is not bound by the page's CSP), and
 * the beacon answers 204, so a payload that navigates the tab (meta refresh, form submit) leaves it where it is.
 * Anything of the tab's that still reached the beacon would carry the page's URL as Referer (extension pages send
 * none) and is counted apart. Referer alone would not do: a data: iframe's requests carry none (seen in both
 * browsers with the CSP off).
 */
const PAGE_CSP = "default-src 'none'; form-action 'none'";

export const PHOTO_PATH = '/hostile/photo.png';
const photo = png(320, 200);

/**
 * The page with the photo at the start of every prose paragraph: payloads reshape the page (a <base>, unclosed
 * raw-text elements, foster-parented tables), and Readability keeps a different part of it in each, but always
 * some prose. The URL is absolute so a planted <base> cannot redirect it.
 */
function pageWithPhoto(page: HostilePage, origin: string): string {
  const img = `<img src="${origin}${PHOTO_PATH}" alt="A tram at the depot" width="320" height="200">`;
  return hostileArticlePage(page.payloads, `${origin}/beacon/${page.name}`, page.title, page.page).replace(
    /<p>(?=[A-Z])/g,
    `<p>${img} `,
  );
}

/**
 * Payloads raw, as a stored article's HTML that skipped every sanitiser before render; the beacon under
 * /beacon/tampered-<page>. Each payload follows a paragraph naming it, so a test can tell which ones the render
 * saw on their own: one that leaves raw text or foreign content open swallows what follows.
 */
export function rawPayloadHtml(page: HostilePage, planted: Payload[], origin: string): string {
  const img = `<img src="${origin}${PHOTO_PATH}" alt="A tram at the depot" width="320" height="200">`;
  const blocks = planted.map((p) => `<p>[${p.id}]</p>\n${fillPayload(p, `${origin}/beacon/tampered-${page.name}`)}`);
  return [`<p>${img} This copy of the article was changed in the database.</p>`, ...blocks].join('\n');
}

export interface HostileSite {
  url(page: HostilePage): string;
  /** The same page without the CSP, so its payloads run in the tab: the control that they are live. */
  liveUrl(page: HostilePage): string;
  /** Beacon hits since the log was last cleared: from the source tab, and from anything else (Sift). */
  beaconHits(): { fromSourceTab: LoggedRequest[]; fromSift: LoggedRequest[] };
  /** Requests since the log was last cleared that did not come from a source tab (Referer) or the browser's favicon fetch. */
  notFromSourceTab(): LoggedRequest[];
  clearLog(): void;
}

export function serveHostileSite(server: StaticServer): HostileSite {
  const url = (page: HostilePage) => server.url(`/hostile/${page.name}.html`);
  const byName = new Map(hostilePages.map((p) => [`/${p.name}.html`, p]));
  server.route('/beacon/', (_req, res) => void res.writeHead(204, { 'cache-control': 'no-store' }).end());
  const serve = (prefix: string, csp: Record<string, string>) =>
    server.route(prefix, (req: IncomingMessage, res) => {
      const { pathname } = new URL(req.url ?? '/', server.origin);
      if (pathname === PHOTO_PATH)
        return void res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(photo);
      const page = byName.get(pathname.slice(prefix.length - 1));
      if (!page) return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...csp })
        .end(pageWithPhoto(page, server.origin));
    });
  serve('/hostile/', { 'content-security-policy': PAGE_CSP });
  serve('/live/', {});
  const fromSource = (r: LoggedRequest) =>
    ['/hostile/', '/live/'].some((dir) => r.referer?.startsWith(server.url(dir)));
  return {
    url,
    liveUrl: (page) => server.url(`/live/${page.name}.html`),
    beaconHits: () => {
      const hits = server.requests.filter((r) => r.path.startsWith('/beacon/'));
      return { fromSourceTab: hits.filter(fromSource), fromSift: hits.filter((r) => !fromSource(r)) };
    },
    notFromSourceTab: () => server.requests.filter((r) => !fromSource(r) && r.path !== '/favicon.ico'),
    clearLog: () => void (server.requests.length = 0),
  };
}
