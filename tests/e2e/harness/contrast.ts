// What a reader sees of text colour: each element's computed colour against the first opaque background behind it,
// as a WCAG contrast ratio (run inside the page).
import type { TestPage } from './browsers.ts';

export interface SeenContrast {
  selector: string;
  color: string;
  background: string;
  ratio: number;
}

/** The contrast of the first element matching each selector (selectors that match nothing are left out). */
export function textContrast(page: TestPage, selectors: string[]): Promise<SeenContrast[]> {
  return page.evaluate((list) => {
    const rgba = (value: string): number[] => {
      const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const backgroundOf = (start: Element): string => {
      for (let node: Element | null = start; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (rgba(bg)[3]! > 0) return bg;
      }
      // The canvas: what color-scheme gives the root when nothing is painted.
      return getComputedStyle(document.documentElement).colorScheme.includes('dark')
        ? 'rgb(0, 0, 0)'
        : 'rgb(255, 255, 255)';
    };
    const seen = [];
    for (const selector of list) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const color = getComputedStyle(element).color;
      const background = backgroundOf(element);
      const [a, b] = [luminance(rgba(color)), luminance(rgba(background))].sort((x, y) => y - x);
      seen.push({ selector, color, background, ratio: Math.round(((a! + 0.05) / (b! + 0.05)) * 100) / 100 });
    }
    return seen;
  }, selectors);
}
