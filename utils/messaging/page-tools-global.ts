import type { ClutterKind } from '../clean/rules';

/** Where the page-tools script (entrypoints/page-tools.ts) leaves its functions in the tab's content-script world. */
export const PAGE_TOOLS_GLOBAL = 'siftPageTools';

/** Why a block is hidden: a rule's kind (the reader's picks included), or the filter lists' stylesheet. */
export type HiddenWhy = ClutterKind | 'lists';

export interface HiddenItem {
  why: HiddenWhy;
  /** The block's first words (or its image's alt text), so the reader knows which it is. */
  text: string;
}

export interface PageTools {
  hiddenList(): HiddenItem[];
  /** Shows the index-th hidden block and keeps it shown on the site. */
  showHidden(index: number): Promise<boolean>;
  startPicker(): boolean;
}
