import { isClobbered } from '../clean/is-clobbered';
import { getAttr, queryAll, removeAttr } from '../clean/safe-dom';
import { replaceWithText } from './sanitize-tree';

// Elements a browser exposes as properties of the document by name (and <object>/<img> also by id), overriding
// its built-ins: <img name="body"> is then document.body, <form name="querySelector"> breaks every query.
const NAMED = 'img[name], form[name], embed[name], object[name], iframe[name], object[id], img[id]';

/**
 * Makes a copy of a page safe for code that reads it through its own properties (Readability, the steps of
 * extraction): names and ids that shadow a document property are removed, and every <form> whose controls
 * shadow its properties is replaced by its inert text. Run on the copy, never on the live page.
 */
export function disarmClobbering(doc: Document): void {
  const proto = Object.getPrototypeOf(doc) as object;
  const shadows = (v: string | null) => !!v && (v in proto || v in Object.prototype);
  for (const el of queryAll(doc, NAMED)) {
    for (const attr of ['name', 'id']) if (shadows(getAttr(el, attr))) removeAttr(el, attr);
  }
  for (const form of queryAll(doc, 'form')) if (isClobbered(form)) replaceWithText(form);
}
