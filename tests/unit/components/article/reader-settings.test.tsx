// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ReaderSettings } from '../../../../components/article/ReaderSettings';
import { DEFAULT_PREFS, type ReaderPrefs } from '../../../../utils/storage/reader-settings';
import { render } from '../library/render';

// The four selects of the reading settings are one SettingSelect each: a visible label names each select, and the
// picked option comes back typed (a line height as a number), only what changed.
describe('ReaderSettings', () => {
  it('labels each select with visible text and reports the pick as a typed patch', async () => {
    const patches: Partial<ReaderPrefs>[] = [];
    const view = await render(<ReaderSettings prefs={DEFAULT_PREFS} onChange={(p) => patches.push(p)} />);
    const selects = [...view.container.querySelectorAll('select')];
    expect(selects.map((s) => s.closest('label')?.querySelector('.sift-settings-label')?.textContent)).toEqual([
      'Theme',
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect(selects.map((s) => s.value)).toEqual([
      DEFAULT_PREFS.theme,
      DEFAULT_PREFS.font,
      String(DEFAULT_PREFS.lineHeight),
      DEFAULT_PREFS.width,
    ]);
    const pick = async (select: HTMLSelectElement, value: string) =>
      act(async () => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    await pick(selects[0]!, 'sepia');
    await pick(selects[1]!, 'serif');
    await pick(selects[2]!, '2');
    await pick(selects[3]!, 'narrow');
    expect(patches).toEqual([{ theme: 'sepia' }, { font: 'serif' }, { lineHeight: 2 }, { width: 'narrow' }]);
    await view.unmount();
  });
});
