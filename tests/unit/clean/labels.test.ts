// Labels in the languages of the news sites Sift is used on: rails, comment boxes and "continue in the app" teasers
// that carry no class a rule knows, found by their heading and hidden with the box it heads; the article stays.
import { describe, expect, it } from 'vitest';
import { findClutter } from '../../../utils/clean/find-clutter';
import { parseHtml } from '../../../scripts/lib/parse-html';

const hiddenBy = (html: string) => {
  const doc = parseHtml(html);
  const hidden = findClutter(doc).map((m) => m.element);
  const isHidden = (el: Element) => hidden.some((h) => h === el || h.contains(el));
  return { doc, isHidden };
};

describe('labelled clutter without a known class', () => {
  it.each([
    ['相关推荐', 'related'],
    ['猜你喜欢', 'related'],
    ['También te puede interesar', 'related'],
    ['Lesen Sie auch:', 'related'],
    ['Meistgelesen', 'related'],
    ['Les plus lus', 'related'],
    ['Lo más leído', 'related'],
    ['Leggi anche', 'related'],
    ['Leia também', 'related'],
    ['Lees ook', 'related'],
    ['関連記事', 'related'],
    ["Editor's picks", 'related'],
    ['网友评论', 'comments'],
    ['热门评论 (12)', 'comments'],
    ['Leserkommentare', 'comments'],
    ['Commenti', 'comments'],
    ['Reacties', 'comments'],
    ['コメント', 'comments'],
  ])('a box headed "%s" is %s', (label, kind) => {
    const doc = parseHtml(
      `<!doctype html><html><body><main><article>${'<p>The city opened the new bridge, which cost more than planned, to traffic on Monday morning.</p>'.repeat(5)}</article>` +
        `<div id="box"><h3>${label}</h3><ul><li><a href="/1">Another story</a></li><li><a href="/2">A third one</a></li></ul></div></main></body>`,
    );
    const match = findClutter(doc).find((m) => m.element.id === 'box');
    expect(match?.kind, label).toBe(kind);
  });

  it.each([
    'Jetzt in der App weiterlesen',
    'Continue reading in the app',
    'Read the full story in our app',
    "Continuez la lecture dans l'application",
    'Sigue leyendo en la app',
    "Continua a leggere nell'app",
    'APP内阅读全文',
    'アプリで続きを読む',
  ])('a "%s" teaser is an app promo', (label) => {
    const doc = parseHtml(
      `<!doctype html><html><body><article>${'<p>Der Stadtrat hat am Dienstag den Haushalt beschlossen, nach einer langen und lebhaften Debatte.</p>'.repeat(5)}` +
        `<div id="teaser"><a href="/app"><strong>${label}</strong></a></div></article></body>`,
    );
    const match = findClutter(doc).find((m) => m.element.id === 'teaser' || m.element.closest('#teaser'));
    expect(match?.kind, label).toBe('app-promo');
  });
});

// A page written for this test, laid out as Chinese news portals are: the story, then a "相关推荐" rail and a
// "网友评论" box whose classes say nothing, beside a sidebar of plain links that must stay (navigation may stay).
const PORTAL = `<!doctype html><html lang="zh-CN"><body>
<div class="w1000"><div class="left">
<h1>新能源汽车出口继续增长</h1>
<div class="txt">
<p>海关总署周二发布的数据显示，今年前十个月，我国新能源汽车出口量同比增长百分之三十，其中对欧洲和东南亚市场的出口增长最快，多家企业表示海外订单已经排到明年。</p>
<p>业内人士指出，出口增长一方面得益于产品竞争力提升，另一方面也与海外市场充电设施逐步完善有关，但贸易壁垒和汇率波动仍是企业需要面对的主要风险。</p>
<p>分析人士预计，明年新能源汽车出口仍将保持较快增长，但增速可能有所放缓，企业需要加快在海外建设生产和服务网络，以降低运输成本和政策风险。</p>
</div>
<div class="mod"><div class="tit"><span>相关推荐</span></div>
<ul><li><a href="/a">电池原材料价格回落</a></li><li><a href="/b">充电桩建设提速</a></li><li><a href="/c">汽车消费政策出台</a></li></ul></div>
<div class="mod2"><div class="tit"><span>网友评论</span></div>
<div class="item"><a href="/u/1">网友甲</a>：希望价格再降一点。</div><div class="item"><a href="/u/2">网友乙</a>：支持国产。</div></div>
</div>
<div class="right"><div class="links"><a href="/news">新闻</a><a href="/finance">财经</a><a href="/tech">科技</a></div></div>
</div></body></html>`;

describe('a Chinese portal page', () => {
  it('hides the recommendations and the comments, keeps the story and the section links', () => {
    const { doc, isHidden } = hiddenBy(PORTAL);
    expect(isHidden(doc.querySelector('.mod')!)).toBe(true);
    expect(isHidden(doc.querySelector('.mod2')!)).toBe(true);
    for (const p of doc.querySelectorAll('.txt p')) expect(isHidden(p)).toBe(false);
    expect(isHidden(doc.querySelector('h1')!)).toBe(false);
    expect(isHidden(doc.querySelector('.links')!)).toBe(false);
  });
});
