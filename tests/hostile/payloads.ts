/**
 * Hostile markup planted in article pages (issue 5). Each payload, if it ever runs or loads anything, makes a
 * request to the test's local beacon: `{B}` is the beacon's base URL and `{ID}` the payload's id, filled in by
 * `plantPayloads`. A test counts beacon hits from extension pages; the right number is zero.
 */
import { attackPayloads } from './attacks';

export interface Payload {
  id: string;
  family: 'script' | 'handler' | 'js-url' | 'data-url' | 'svg-math' | 'srcdoc' | 'form' | 'meta' | 'css' | 'mxss' | 'embed'
    | 'clobber' | 'url';
  html: string;
}

const RUN = "new Image().src='{B}/run/{ID}'";
const RUN_ENC = 'new Image().src=&#39;{B}/run/{ID}&#39;';

const handlers: [string, string][] = [
  ['img-onerror', `<img src="x:" onerror="${RUN}">`],
  ['img-onload', `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${RUN}">`],
  ['svg-onload', `<svg onload="${RUN}"></svg>`],
  ['body-onload', `<body onload="${RUN}">`],
  ['details-ontoggle', `<details open ontoggle="${RUN}"><summary>x</summary></details>`],
  ['video-onerror', `<video src="x:" onerror="${RUN}"></video>`],
  ['audio-onerror', `<audio src="x:" onerror="${RUN}"></audio>`],
  ['video-source-onerror', `<video><source src="x:" onerror="${RUN}"></video>`],
  ['input-autofocus', `<input autofocus onfocus="${RUN}">`],
  ['select-autofocus', `<select autofocus onfocus="${RUN}"></select>`],
  ['textarea-autofocus', `<textarea autofocus onfocus="${RUN}"></textarea>`],
  ['marquee-onstart', `<marquee onstart="${RUN}">x</marquee>`],
  ['iframe-onload', `<iframe onload="${RUN}"></iframe>`],
  ['object-onerror', `<object data="x:" onerror="${RUN}"></object>`],
  ['style-onload', `<style onload="${RUN}"></style>`],
  ['link-onload', `<link rel="stylesheet" href="data:text/css," onload="${RUN}">`],
  ['div-onmouseover', `<div onmouseover="${RUN}" style="position:fixed;inset:0">hover</div>`],
  ['a-onclick', `<a href="#" onclick="${RUN}">click</a>`],
  ['p-onpointerenter', `<p onpointerenter="${RUN}">enter</p>`],
  ['body-onpageshow', `<body onpageshow="${RUN}">`],
  ['img-onerror-upper', `<IMG SRC="x:" ONERROR="${RUN}">`],
  ['img-onerror-entity', `<img src="x:" onerror="${RUN_ENC}">`],
  ['img-onerror-slash', `<img/src="x:"/onerror="${RUN}">`],
  ['svg-animate-onbegin', `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s"></animate></svg>`],
  ['svg-set-onbegin', `<svg><set onbegin="${RUN}" attributeName="x" to="1"></set></svg>`],
  ['form-onfocusin', `<form onfocusin="${RUN}"><input autofocus></form>`],
  ['button-onfocus', `<button autofocus onfocus="${RUN}">b</button>`],
  ['img-onanimationstart', `<style>@keyframes k{}</style><img style="animation-name:k" onanimationstart="${RUN}">`],
  ['picture-onerror', `<picture><img src="x:" onerror="${RUN}"></picture>`],
  ['table-background', `<table background="{B}/load/{ID}"><tr><td>x</td></tr></table>`],
];

const jsUrls: [string, string][] = [
  ['a-href', `<a href="javascript:${RUN}">link</a>`],
  ['a-href-case', `<a href="JaVaScRiPt:${RUN}">link</a>`],
  ['a-href-tab', `<a href="jav&#x09;ascript:${RUN}">link</a>`],
  ['a-href-newline', `<a href="java&#10;script:${RUN}">link</a>`],
  ['a-href-space', `<a href=" javascript:${RUN}">link</a>`],
  ['a-href-entity', `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:${RUN}">link</a>`],
  ['iframe-src', `<iframe src="javascript:${RUN}"></iframe>`],
  ['form-action', `<form action="javascript:${RUN}"><button>go</button></form>`],
  ['button-formaction', `<form><button formaction="javascript:${RUN}">go</button></form>`],
  ['object-data', `<object data="javascript:${RUN}"></object>`],
  ['embed-src', `<embed src="javascript:${RUN}">`],
  ['area-href', `<map name="m"><area href="javascript:${RUN}" shape="default"></map><img usemap="#m" src="x:">`],
  ['base-href', `<base href="javascript:${RUN}//"><a href="x">relative</a>`],
  ['svg-a-xlink', `<svg><a xlink:href="javascript:${RUN}"><text y="20">x</text></a></svg>`],
  ['svg-a-href', `<svg><a href="javascript:${RUN}"><text y="20">x</text></a></svg>`],
  ['math-href', `<math><mi href="javascript:${RUN}">x</mi></math>`],
  ['video-poster', `<video poster="javascript:${RUN}"></video>`],
  ['img-src-js', `<img src="javascript:${RUN}">`],
  ['svg-set-href', `<svg><a><set attributeName="href" to="javascript:${RUN}"/><text y="20">x</text></a></svg>`],
  ['svg-animate-href', `<svg><a><animate attributeName="href" values="javascript:${RUN}"/><text y="20">x</text></a></svg>`],
  ['vbscript', `<a href="vbscript:msgbox(1)">vb</a><img src="{B}/load/{ID}" hidden>`],
  ['a-ping', `<a href="#" ping="{B}/load/{ID}">ping</a>`],
];

const dataUrls: [string, string][] = [
  ['iframe-data-html', `<iframe src="data:text/html,<script>${RUN}</script>"></iframe>`],
  ['object-data-html', `<object data="data:text/html,<script>${RUN}</script>"></object>`],
  ['embed-data-svg', `<embed src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload=&quot;${RUN}&quot;/>">`],
  ['a-data-html', `<a href="data:text/html,<script>${RUN}</script>">data link</a>`],
  ['script-src-data', `<script src="data:text/javascript,${RUN}"></script>`],
  ['iframe-data-b64', `<iframe src="data:text/html;base64,PHNjcmlwdD5uZXcgSW1hZ2UoKS5zcmM9J3gnPC9zY3JpcHQ+"></iframe>`],
  ['img-svg-data', `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='{B}/load/{ID}'/></svg>">`],
  ['link-data-css', `<link rel="stylesheet" href="data:text/css,body{background:url({B}/load/{ID})}">`],
];

const scripts: [string, string][] = [
  ['script', `<script>${RUN}</script>`],
  ['script-upper', `<SCRIPT>${RUN}</SCRIPT>`],
  ['script-src', `<script src="{B}/load/{ID}.js"></script>`],
  ['script-module', `<script type="module">${RUN}</script>`],
  ['script-nested', `<scr<script>ipt>${RUN}</scr</script>ipt>`],
  ['script-in-p', `<p>text<script>${RUN}</script></p>`],
  ['script-comment', `<!--<script>--><script>${RUN}</script>`],
  ['script-cdata', `<![CDATA[<script>${RUN}</script>]]>`],
  ['noscript-script', `<noscript></noscript><script>${RUN}</script>`],
  ['template-script', `<template><script>${RUN}</script></template>`],
];

const svgMath: [string, string][] = [
  ['svg-script', `<svg><script>${RUN}</script></svg>`],
  ['svg-script-href', `<svg><script href="{B}/load/{ID}.js"></script></svg>`],
  ['svg-foreignobject', `<svg><foreignObject><img src="x:" onerror="${RUN}"></foreignObject></svg>`],
  ['svg-use-data', `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x:' onerror='${RUN}'/></svg>#x"/></svg>`],
  ['svg-image-href', `<svg><image href="{B}/load/{ID}"/></svg>`],
  ['svg-feimage', `<svg><filter id="f"><feImage href="{B}/load/{ID}"/></filter><rect filter="url(#f)" width="9" height="9"/></svg>`],
  ['svg-handler-set', `<svg><set attributeName="onmouseover" to="${RUN}"/></svg>`],
  ['math-mglyph', `<math><mtext><table><mglyph><style><img src="x:" onerror="${RUN}">`],
  ['math-maction', `<math><maction actiontype="statusline" xlink:href="javascript:${RUN}">x</maction></math>`],
  ['svg-style-import', `<svg><style>@import url({B}/load/{ID}.css);</style></svg>`],
];

const srcdoc: [string, string][] = [
  ['iframe-srcdoc', `<iframe srcdoc="<script>${RUN}</script>"></iframe>`],
  ['iframe-srcdoc-img', `<iframe srcdoc="<img src=x: onerror=&quot;${RUN}&quot;>"></iframe>`],
  ['iframe-srcdoc-entity', `<iframe srcdoc="&lt;script&gt;${RUN}&lt;/script&gt;"></iframe>`],
  ['iframe-src-beacon', `<iframe src="{B}/load/{ID}"></iframe>`],
  ['frame', `<frameset><frame src="{B}/load/{ID}"></frameset>`],
  ['portal', `<portal src="{B}/load/{ID}"></portal>`],
];

const forms: [string, string][] = [
  ['form-autosubmit', `<form action="{B}/load/{ID}" method="get"><input name="q" value="x"><input type="submit" autofocus></form>`],
  ['form-image-input', `<form><input type="image" src="{B}/load/{ID}"></form>`],
  ['isindex', `<isindex action="{B}/load/{ID}">`],
  ['button-form-outside', `<form id="f" action="{B}/load/{ID}"></form><button form="f" autofocus>go</button>`],
];

const meta: [string, string][] = [
  ['meta-refresh-js', `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`],
  ['meta-refresh-beacon', `<meta http-equiv="refresh" content="0;url={B}/load/{ID}">`],
  ['meta-refresh-data', `<meta http-equiv="refresh" content="0;url=data:text/html,<script>${RUN}</script>">`],
  ['meta-csp-override', `<meta http-equiv="Content-Security-Policy" content="script-src *"><img src="{B}/load/{ID}" hidden>`],
  ['link-prefetch', `<link rel="prefetch" href="{B}/load/{ID}">`],
  ['link-import', `<link rel="import" href="{B}/load/{ID}">`],
];

const css: [string, string][] = [
  ['style-import', `<style>@import url({B}/load/{ID}.css);</style>`],
  ['style-bg', `<style>p{background:url({B}/load/{ID})}</style>`],
  ['inline-bg', `<div style="background-image:url({B}/load/{ID})">bg</div>`],
  ['inline-bg-entity', `<div style="background:u&#114;l({B}/load/{ID})">bg</div>`],
  ['inline-behavior', `<div style="behavior:url({B}/load/{ID}.htc)">b</div>`],
  ['inline-expression', `<div style="width:expression(${RUN})">e</div>`],
  ['link-stylesheet', `<link rel="stylesheet" href="{B}/load/{ID}.css">`],
  ['style-font-face', `<style>@font-face{font-family:x;src:url({B}/load/{ID})}p{font-family:x}</style>`],
  ['inline-list-image', `<ul style="list-style-image:url({B}/load/{ID})"><li>x</li></ul>`],
  ['inline-cursor', `<div style="cursor:url({B}/load/{ID}),auto">c</div>`],
  ['inline-border-image', `<div style="border-image:url({B}/load/{ID}) 30">b</div>`],
];

const mxss: [string, string][] = [
  ['noscript-title', `<noscript><p title="</noscript><img src=x: onerror=${RUN}>"></noscript>`],
  ['svg-p-style', `<svg></p><style><a id="</style><img src=x: onerror=${RUN}>">`],
  ['math-textarea', `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${RUN} src=x:>"></textarea></mtext></svg></mglyph></mi></math>`],
  ['form-math', `<form><math><mtext></form><form><mglyph><style></math><img src=x: onerror=${RUN}>`],
  ['svg-desc-style', `<svg><desc><style><a title="</style><img src=x: onerror=${RUN}>"></desc></svg>`],
  ['table-form', `<table><form><td><img src=x: onerror=${RUN}></td></form></table>`],
  ['xmp', `<xmp><p title="</xmp><img src=x: onerror=${RUN}>">`],
  ['noembed', `<noembed><p title="</noembed><img src=x: onerror=${RUN}>">`],
  ['noframes', `<noframes><p title="</noframes><img src=x: onerror=${RUN}>">`],
  ['iframe-title', `<iframe><p title="</iframe><img src=x: onerror=${RUN}>">`],
  ['title-close', `<title><p title="</title><img src=x: onerror=${RUN}>">`],
  ['textarea-close', `<textarea><p title="</textarea><img src=x: onerror=${RUN}>">`],
  ['plaintext', `<a title="<plaintext>"><img src=x: onerror=${RUN}></a>`],
  ['comment-close', `<!--><img src=x: onerror=${RUN}>-->`],
  ['backtick-attr', `<img src=\`x:\` onerror=\`${RUN}\`>`],
  ['null-byte', `<img src=x:\u0000 onerror="${RUN}">`],
  ['svg-cdata-style', `<svg><style><![CDATA[</style><img src=x: onerror=${RUN}>]]></style></svg>`],
];

const embeds: [string, string][] = [
  ['object-beacon', `<object data="{B}/load/{ID}"></object>`],
  ['embed-beacon', `<embed src="{B}/load/{ID}">`],
  ['applet', `<applet code="x" codebase="{B}/load/{ID}"></applet>`],
  ['img-srcset', `<img srcset="{B}/load/{ID} 1x">`],
  ['picture-source', `<picture><source srcset="{B}/load/{ID}"><img alt=""></picture>`],
  ['video-track', `<video><track src="{B}/load/{ID}"></video>`],
  ['audio-src-beacon', `<audio src="{B}/load/{ID}" autoplay></audio>`],
  ['input-image-beacon', `<input type="image" src="{B}/load/{ID}">`],
  ['base-beacon', `<base href="{B}/load/{ID}/"><img src="relative.png">`],
];

function family(name: Payload['family'], rows: [string, string][]): Payload[] {
  return rows.map(([id, html]) => ({ id: `${name}-${id}`, family: name, html }));
}

export const payloads: Payload[] = [
  ...family('script', scripts),
  ...family('handler', handlers),
  ...family('js-url', jsUrls),
  ...family('data-url', dataUrls),
  ...family('svg-math', svgMath),
  ...family('srcdoc', srcdoc),
  ...family('form', forms),
  ...family('meta', meta),
  ...family('css', css),
  ...family('mxss', mxss),
  ...family('embed', embeds),
  // Issue 17: clobbering forms and URL tricks (attacks.ts).
  ...attackPayloads,
];

/** The payload's markup with the beacon filled in. */
export function fillPayload(payload: Payload, beaconBase: string): string {
  return payload.html.replaceAll('{B}', beaconBase).replaceAll('{ID}', payload.id);
}
