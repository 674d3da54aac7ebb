import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { elementSelector } from '@/utils/content/element-selector';
import { hiddenList, showHidden } from '@/utils/content/hidden-list';
import { startPicker } from '@/utils/content/picker';
import { PAGE_TOOLS_GLOBAL, type PageTools } from '@/utils/messaging/page-tools-global';
import { addReaderRule } from '@/utils/storage/site-rules';

// Injected on demand from the popup (utils/messaging/call-in-tab.ts): the picker and the list of what was hidden
// are tools a reader asks for, so their code is not in every page's content script.
export default defineUnlistedScript(() => {
  const host = location.hostname;
  const tools: PageTools = {
    hiddenList: () => hiddenList(document),
    showHidden: async (index) => {
      const el = showHidden(document, index);
      if (el) await addReaderRule(host, 'show', elementSelector(el));
      return el !== null;
    },
    startPicker: () => {
      // Not awaited: the popup closes as the reader clicks into the page, and the picker lives on there.
      void startPicker(document, { onPick: (el) => addReaderRule(host, 'hide', elementSelector(el)) });
      return true;
    },
  };
  (globalThis as Record<string, unknown>)[PAGE_TOOLS_GLOBAL] = tools;
});
