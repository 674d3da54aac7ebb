// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncSettings } from '../../../../components/sync/SyncSettings';
import {
  DEFAULT_SYNC_SETTINGS,
  EMPTY_SYNC_STATUS,
  type SyncSettings as Settings,
  type SyncStatus,
  type SyncStore,
} from '../../../../utils/storage/sync-settings';
import { SyncError } from '../../../../utils/sync/errors';
import { byText, render } from '../library/render';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

function memoryStore(settings: Partial<Settings> = {}) {
  const state = { settings: { ...DEFAULT_SYNC_SETTINGS, ...settings }, status: { ...EMPTY_SYNC_STATUS } };
  const store: SyncStore = {
    settings: async () => state.settings,
    saveSettings: async (s) => void (state.settings = s),
    status: async () => state.status,
    saveStatus: async (s) => void (state.status = s),
  };
  return { state, store };
}

const input = (container: HTMLElement, label: string) =>
  byText(container, 'label', label).querySelector('input') as HTMLInputElement;

async function type(el: HTMLInputElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('Settings → Sync', () => {
  it('is off by default, with every control labelled, and keeps what is typed in the store', async () => {
    const { state, store } = memoryStore();
    const view = await render(<SyncSettings store={store} run={async () => state.status} test={async () => {}} />);
    cleanup = view.unmount;
    await view.settle();
    expect(input(view.container, 'Sync this library').checked).toBe(false);
    for (const label of ['Server URL', 'Database', 'User name', 'Password'])
      expect(input(view.container, label)).toBeTruthy();
    expect(input(view.container, 'Password').type).toBe('password');
    expect(view.container.textContent).toContain('Not synced yet.');
    await type(input(view.container, 'Server URL'), 'http://127.0.0.1:5984');
    await type(input(view.container, 'User name'), 'reader');
    expect(state.settings).toMatchObject({ url: 'http://127.0.0.1:5984', user: 'reader', enabled: false });
  });

  it('refuses plain HTTP to another machine before anything is sent', async () => {
    const { store } = memoryStore({ url: 'http://couch.example', db: 'sift' });
    const view = await render(<SyncSettings store={store} run={async () => EMPTY_SYNC_STATUS} test={async () => {}} />);
    cleanup = view.unmount;
    await view.settle();
    expect(view.container.querySelector('[role=alert]')?.textContent).toMatch(/https:\/\//);
    expect((byText(view.container, 'button', 'Sync now') as HTMLButtonElement).disabled).toBe(true);
  });

  it('tests the connection and syncs, showing counts, time and the last error in words', async () => {
    const { state, store } = memoryStore({ url: 'http://127.0.0.1:5984', db: 'sift' });
    let next: SyncStatus = { lastSync: Date.UTC(2026, 0, 2, 3, 4), pulled: 4, pushed: 2, lastError: '', failures: 0 };
    const run = async () => (state.status = next);
    const test = async () => {
      throw new SyncError('auth');
    };
    const view = await render(<SyncSettings store={store} run={run} test={test} />);
    cleanup = view.unmount;
    await view.settle();
    await act(async () => byText(view.container, 'button', 'Test connection').click());
    await view.settle();
    expect(view.container.querySelector('[role=status]')?.textContent).toBe('Wrong user name or password.');
    await act(async () => byText(view.container, 'button', 'Sync now').click());
    await view.settle();
    expect(view.container.querySelector('[role=status]')?.textContent).toMatch(/Last sync: .*\(4 received, 2 sent\)/);
    next = { ...next, lastError: new SyncError('server').message, failures: 1 };
    await act(async () => byText(view.container, 'button', 'Sync now').click());
    await view.settle();
    expect(view.container.textContent).toContain('Last error: The server reported an error.');
  });
});
