// Read and write the extension's storage.local from an extension page, in both browsers.
import type { TestPage } from './browsers.ts';

// Firefox MV2's `chrome.*` takes callbacks; the promise API there is `browser.*`. Chrome MV3's `chrome.*` returns promises.
interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

export async function storageGet(extensionPage: TestPage, key: string): Promise<unknown> {
  return extensionPage.evaluate(async (key) => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    return (await (g.browser ?? g.chrome).storage.local.get(key))[key];
  }, key);
}

export async function storageSet(extensionPage: TestPage, items: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (items) => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    await (g.browser ?? g.chrome).storage.local.set(items);
  }, items);
}
