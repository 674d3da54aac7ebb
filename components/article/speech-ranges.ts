// The article body's text as one string, and back from offsets in it to DOM Ranges: how Listen highlights the
// sentence it reads without changing the article's DOM (the CSS Custom Highlight API paints ranges).

export interface TextMap {
  text: string;
  /** Each text node with the offset where its text starts in `text`. */
  nodes: { node: Text; at: number }[];
}

// Blocks end a sentence even without a full stop (a heading, a list item); a space keeps their words apart.
const BLOCK = /^(P|H[1-6]|LI|BLOCKQUOTE|FIGCAPTION|PRE|TD|TH|DT|DD|DIV|SECTION|ARTICLE|TR|UL|OL)$/;

/** The readable text under `root` (scripts, styles and hidden nodes skipped), with where each text node sits in it. */
export function mapText(root: Element): TextMap {
  const nodes: TextMap['nodes'] = [];
  let text = '';
  const walk = (el: Element) => {
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        nodes.push({ node: child as Text, at: text.length });
        text += (child as Text).data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const e = child as Element;
        if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(e.tagName) || e.hasAttribute('hidden')) continue;
        const block = BLOCK.test(e.tagName);
        if (block && text && !/\n$/.test(text)) text += '\n';
        walk(e);
        if (block && text && !/\n$/.test(text)) text += '\n';
      }
    }
  };
  walk(root);
  return { text, nodes };
}

function point(map: TextMap, offset: number, end: boolean): [Text, number] | null {
  // The last node starting at or before the offset (for an end, strictly before, so a range never ends at 0 of a
  // node it does not cover).
  let found: TextMap['nodes'][number] | null = null;
  for (const entry of map.nodes) {
    if (entry.at < offset || (!end && entry.at === offset)) found = entry;
    else break;
  }
  if (!found) return null;
  return [found.node, Math.min(found.node.data.length, offset - found.at)];
}

/** The Range covering [start, end) of the mapped text; null when the nodes are gone. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const from = point(map, start, false);
  const to = point(map, end, true);
  if (!from || !to || !from[0].isConnected || !to[0].isConnected) return null;
  const range = from[0].ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

const NAME = 'sift-speaking';

/** Paints `range` as the sentence being read (::highlight(sift-speaking)), or clears it; false without the API. */
export function paintSpoken(range: Range | null): boolean {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const Ctor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !Ctor) return false;
  if (range) registry.set(NAME, new Ctor(range));
  else registry.delete(NAME);
  return true;
}
