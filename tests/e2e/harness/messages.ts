// Talk to Sift's content script the way the popup does, from an extension page opened in a tab.
import type { ExtractResult } from '../../../utils/article/types.ts';
import { EXTRACT_GLOBAL, NOT_INJECTED } from '../../../utils/messaging/extract-global.ts';
import type { ProtocolMap } from '../../../utils/messaging/protocol.ts';
import type { TestPage } from './browsers.ts';

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Result<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/**
 * Sends one protocol message in @webext-core/messaging's wire format ({id, type, data, timestamp} → {res} | {err})
 * to the content script of the given tab, or of the one web tab whose content script answers when tabId is omitted
 * (tests keep one web page open). Returns the tab id with the reply.
 */
async function send(extensionPage: TestPage, type: string, data: unknown, tabId?: number) {
  return extensionPage.evaluate(
    async ({ type, data, tabId }) => {
      // The few tabs APIs used here, promise-based in both browsers (`browser` in Firefox, `chrome` in MV3).
      interface TabsApi {
        tabs: {
          getCurrent(): Promise<{ id?: number } | undefined>;
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, message: unknown): Promise<unknown>;
        };
      }
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const api = g.browser ?? g.chrome;
      const self = await api.tabs.getCurrent();
      const ids = tabId !== undefined ? [tabId] : (await api.tabs.query({})).map((t) => t.id);
      for (const id of ids) {
        if (id === undefined || id === self?.id) continue;
        const message = { id: Date.now(), type, data, timestamp: Date.now() };
        const reply = (await api.tabs.sendMessage(id, message).catch(() => undefined)) as
          { res?: unknown; err?: unknown } | undefined;
        if (reply && ('res' in reply || 'err' in reply)) return { tabId: id, ...reply };
      }
      return { tabId: -1, err: 'no tab with a Sift content script answered' };
    },
    { type, data, tabId },
  );
}

export async function sendToContent<K extends keyof ProtocolMap>(
  extensionPage: TestPage,
  type: K,
  data?: Data<K>,
  tabId?: number,
): Promise<Result<K>> {
  const answer = await send(extensionPage, type, data, tabId);
  if (answer.err !== undefined) throw new Error(`${type}: ${JSON.stringify(answer.err)}`);
  return answer.res as Result<K>;
}

/** The id of the web tab whose content script answers (tests keep one web page open). */
export async function contentTabId(extensionPage: TestPage): Promise<number> {
  const answer = await send(extensionPage, 'getCleanState', undefined);
  if (answer.err !== undefined) throw new Error(JSON.stringify(answer.err));
  return answer.tabId;
}

/** Polls until the content script of the open web tab answers getCleanState (it loads at document_idle). */
export async function waitForContentScript(
  extensionPage: TestPage,
  timeoutMs = 15_000,
): Promise<Result<'getCleanState'>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await sendToContent(extensionPage, 'getCleanState');
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((ok) => setTimeout(ok, 150));
    }
  }
}

/** The id of the tab showing url (host permissions let the extension see http(s) tab addresses). */
export async function tabIdOf(ext: TestPage, url: string): Promise<number> {
  return ext.evaluate(async (wanted) => {
    interface TabsApi {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    }
    const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const tabs = await (g.browser ?? g.chrome).tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? -1;
  }, url);
}

/**
 * The tab's article as the popup and saving get it: the extract script injected on demand and called through
 * `scripting.executeScript` (utils/messaging/extract-in-tab.ts), from an extension page. The web tab is the one whose
 * content script answers when tabId is omitted.
 */
export async function extractFromTab(
  extensionPage: TestPage,
  options: { force?: boolean } = {},
  tabId?: number,
): Promise<ExtractResult> {
  const target = tabId ?? (await contentTabId(extensionPage));
  return extensionPage.evaluate(
    async ({ tabId, force, name, notInjected }) => {
      interface ScriptingApi {
        scripting: {
          executeScript(injection: object): Promise<{ result?: unknown }[]>;
        };
      }
      const g = globalThis as unknown as { browser?: ScriptingApi; chrome: ScriptingApi };
      const api = g.browser ?? g.chrome;
      // The bench runs this file under tsx, which wraps function expressions (the `func` below) in an __name
      // helper the page does not have: give the page a stand-in first.
      (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
      let result: unknown = notInjected;
      for (let attempt = 0; attempt < 2 && result === notInjected; attempt++) {
        if (attempt) await api.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
        const [injection] = await api.scripting.executeScript({
          target: { tabId },
          func: function (fn: string, missing: string, f: boolean) {
            const extract = (globalThis as Record<string, unknown>)[fn];
            return typeof extract === 'function' ? (extract as (f: boolean) => unknown)(f) : missing;
          },
          args: [name, notInjected, force],
        });
        result = injection?.result;
      }
      return result as ExtractResult;
    },
    { tabId: target, force: options.force === true, name: EXTRACT_GLOBAL, notInjected: NOT_INJECTED },
  );
}

/** The newest tab that is neither an extension page nor served by the test server (urls may be hidden). */
export function otherTabId(ext: TestPage, serverOrigin: string): Promise<number> {
  return ext.evaluate(async (origin) => {
    interface Tab {
      id?: number;
      url?: string;
    }
    interface TabsApi {
      tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> };
    }
    const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = g.browser ?? g.chrome;
    const self = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({});
    const ids = tabs
      .filter((t) => t.id !== self?.id && !(t.url ?? '').startsWith(origin) && !/-extension:/.test(t.url ?? ''))
      .map((t) => t.id ?? -1);
    return Math.max(-1, ...ids);
  }, serverOrigin);
}
