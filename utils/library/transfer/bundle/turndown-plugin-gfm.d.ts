// turndown-plugin-gfm ships no types; Sift uses its GFM plugin (tables, strikethrough, task lists) only.
declare module 'turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
}
