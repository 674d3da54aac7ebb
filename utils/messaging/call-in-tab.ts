// Code a tab needs only when the reader asks (extraction, the picker, the hidden list) is injected then, once per
// page, and called with `scripting.executeScript({ func })`, whose return value (a promise's, awaited) comes back
// as plain data in both browsers. Needs `scripting` plus activeTab or the host permission.
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { UnreachableTabError } from './ask-tab';
import { NOT_INJECTED } from './extract-global';

// Runs in the tab, serialised: it may use nothing from this module's scope, only its arguments.
function callGlobal(name: string, method: string | null, args: unknown[], missing: string): unknown {
  const target = (globalThis as Record<string, unknown>)[name];
  const fn = method && target ? (target as Record<string, unknown>)[method] : target;
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown).apply(target, args) : missing;
}

/**
 * Calls `globalThis[name]` (or its `method`) in the tab's content-script world, injecting `file` first when it is
 * not there yet (first use in this page). Throws UnreachableTabError where Sift may not go.
 */
export async function callInTab(
  tabId: number,
  file: ScriptPublicPath,
  name: string,
  method: string | null,
  args: unknown[],
): Promise<unknown> {
  const call = async () =>
    (
      await browser.scripting.executeScript({
        target: { tabId },
        func: callGlobal,
        args: [name, method, args, NOT_INJECTED],
      })
    )[0]?.result;
  try {
    let result = await call();
    if (result === NOT_INJECTED) {
      await browser.scripting.executeScript({ target: { tabId }, files: [file] });
      result = await call();
    }
    return result;
  } catch (error) {
    throw new UnreachableTabError(String(error));
  }
}
