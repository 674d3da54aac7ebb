const BLOCK =
  /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|PRE|FIGCAPTION|FIGURE|TR|TABLE|SECTION|ARTICLE|UL|OL|DL|DT|DD|HEADER|FOOTER|ASIDE|DETAILS|SUMMARY|HR|BR)$/;

/** The visible text of an article subtree, one paragraph per block, so sentences do not run into each other. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // Line breaks in the page's source are spaces; only blocks make paragraphs.
      if (child.nodeType === 3) parts.push((child.textContent ?? '').replace(/\s+/g, ' '));
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).tagName.toUpperCase());
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0\r]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
}
