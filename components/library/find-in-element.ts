import { findMatches } from '../../utils/library/search/find-matches';

const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,td,th,pre,dd,dt,div,section,article';

/**
 * A Range over the first place the query's words stand in root's text, found as the list's snippets find them
 * (find-matches.ts). The text is read across inline elements ("<em>harb</em>our" is one word) and apart at blocks.
 */
export function findFirstRange(root: Element, query: string): Range | null {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = node.parentElement?.closest(BLOCK) ?? null;
    if (block !== lastBlock) text += '\n';
    lastBlock = block;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  const match = findMatches(text, query)[0];
  if (!match) return null;
  const at = (offset: number, end: boolean) => {
    // The node that holds the offset; an end offset may sit just past a node's last character.
    for (let k = nodes.length - 1; k >= 0; k--) {
      const { node, start } = nodes[k]!;
      if (start < offset || (!end && start === offset)) return { node, offset: offset - start };
    }
    return { node: nodes[0]!.node, offset: 0 };
  };
  const from = at(match.start, false);
  const to = at(match.end, true);
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, Math.min(from.offset, from.node.length));
  range.setEnd(to.node, Math.min(to.offset, to.node.length));
  return range;
}
