// Talk to Sift's content script the way the popup does, from an extension page opened in a tab.
import type { ProtocolMap } from '../../../utils/messaging.ts';
import type { TestPage } from './browsers.ts';

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Result<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/**
 * Sends one protocol message to the content script of the web tab that answers (tests keep one web page open).
 * Uses @webext-core/messaging's wire format ({id, type, data, timestamp} → {res} | {err}).
 */
export async function sendToContent<K extends keyof ProtocolMap>(
  extensionPage: TestPage,
  type: K,
  data?: Data<K>,
): Promise<Result<K>> {
  const answer = await extensionPage.evaluate(
    async ({ type, data }) => {
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
      const tabs = await api.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined || tab.id === self?.id) continue;
        const message = { id: Date.now(), type, data, timestamp: Date.now() };
        const reply = (await api.tabs.sendMessage(tab.id, message).catch(() => undefined)) as
          | { res?: unknown; err?: unknown }
          | undefined;
        if (reply && ('res' in reply || 'err' in reply)) return reply;
      }
      return { err: 'no tab with a Sift content script answered' };
    },
    { type, data },
  );
  if (answer.err !== undefined) throw new Error(`${type}: ${JSON.stringify(answer.err)}`);
  return answer.res as Result<K>;
}

/** Polls until the content script of the open web tab answers getCleanState (it loads at document_idle). */
export async function waitForContentScript(extensionPage: TestPage, timeoutMs = 15_000): Promise<Result<'getCleanState'>> {
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
