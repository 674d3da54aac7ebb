import { describe, expect, it } from 'vitest';
import { updateTabIcon } from '../../../utils/background/site-icon';
import { setSiteEnabled } from '../../../utils/storage/site-settings';

function recorder() {
  const calls: { tabId: number; path: Record<number, string> }[] = [];
  return { calls, action: { setIcon: async (details: (typeof calls)[number]) => void calls.push(details) } };
}

describe('updateTabIcon', () => {
  it('greys the icon on a site the reader switched off, and only there', async () => {
    await setSiteEnabled('news.example', false);
    const { calls, action } = recorder();
    await updateTabIcon(action, 1, 'https://www.news.example/story');
    await updateTabIcon(action, 2, 'https://other.example/story');
    await updateTabIcon(action, 3, 'chrome://extensions/');
    await updateTabIcon(action, 4, undefined);
    expect(calls.map((c) => [c.tabId, c.path[16]])).toEqual([
      [1, '/icon/off-16.png'],
      [2, '/icon/16.png'],
      [3, '/icon/16.png'],
      [4, '/icon/16.png'],
    ]);
  });

  it('turns colour again when the site is switched back on', async () => {
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('news.example', true);
    const { calls, action } = recorder();
    await updateTabIcon(action, 1, 'https://news.example/story');
    expect(calls[0]!.path).toEqual({ 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' });
  });

  it('ignores a tab that closed before its icon was set', async () => {
    const action = { setIcon: () => Promise.reject(new Error('No tab with id: 9')) };
    await expect(updateTabIcon(action, 9, 'https://news.example/')).resolves.toBeUndefined();
  });
});
