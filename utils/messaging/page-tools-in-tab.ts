// The popup's reach into the page-tools script (entrypoints/page-tools.ts), injected on first use.
import { callInTab } from './call-in-tab';
import { PAGE_TOOLS_GLOBAL, type HiddenItem, type PageTools } from './page-tools-global';

const call = <K extends keyof PageTools>(tabId: number, method: K, ...args: Parameters<PageTools[K]>) =>
  callInTab(tabId, '/page-tools.js', PAGE_TOOLS_GLOBAL, method, args);

export async function hiddenListInTab(tabId: number): Promise<HiddenItem[]> {
  const list = await call(tabId, 'hiddenList');
  return Array.isArray(list) ? (list as HiddenItem[]) : [];
}

export async function showHiddenInTab(tabId: number, index: number): Promise<boolean> {
  return (await call(tabId, 'showHidden', index)) === true;
}

export async function startPickerInTab(tabId: number): Promise<boolean> {
  return (await call(tabId, 'startPicker')) === true;
}
