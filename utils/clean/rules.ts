/**
 * Clutter rules as data. Each rule names a kind of clutter and how it is recognised:
 * - `token`: matched against each class/id token (and a few ad attributes), case-insensitive, whole-token.
 * - `attr`: an attribute pattern for markup that needs no guessing (ad iframes, store badges); checked in the same
 *   single pass as tokens, which is far cheaper than one querySelectorAll per rule on a large page.
 * - `selector`: a CSS selector, for rules added by hand where speed matters less.
 * - `selectors`, `list`: a filter list's element-hiding rules (per-site selectors; the generic ones indexed).
 * - `text`: matched against the short own text of headings, buttons and links; the match is widened to the
 *   small box that holds it (see find-clutter.ts).
 */
import type { ListIndex } from './filter-list';

export type ClutterKind =
  | 'ad'
  | 'sponsored'
  | 'app-promo'
  | 'newsletter'
  | 'consent'
  | 'overlay'
  | 'related'
  | 'comments'
  | 'share'
  | 'sticky-video'
  /** A block the reader picked to hide on a site ("Hide something else"). */
  | 'picked';

export interface AttrMatch {
  /** Lower-case tag names the match applies to; any element when absent. */
  tags?: string[];
  name: string;
  /** Absent: the attribute's presence is enough. */
  pattern?: RegExp;
}

export interface ClutterRule {
  /** Stable name, written into data-sift-hidden. */
  name: string;
  kind: ClutterKind;
  token?: RegExp;
  attr?: AttrMatch[];
  selector?: string;
  /** Selectors tried one by one (a filter list's per-site rules): one a browser cannot parse is skipped alone. */
  selectors?: string[];
  /** A filter list's generic rules, looked up by each element's classes and id (utils/clean/filter-list.ts). */
  list?: ListIndex;
  text?: RegExp;
}

// "Download the app" in the languages whose news sites carry these promos most (en, de, fr, es, it, pt, nl, zh, ja).
const appPromoText = new RegExp(
  [
    String.raw`\b(download|get|install|open|try|use)\b.{0,24}\b(the |our |free )?app\b`,
    String.raw`\bopen in (the )?app\b`,
    String.raw`\btry our ai features?\b`,
    String.raw`\bexplore what .{0,40} ai can do\b`,
    String.raw`\b(download on|get it on|available on) (the )?(app store|google play)\b`,
    String.raw`\bapp (herunterladen|laden|öffnen)\b`,
    String.raw`\b(lade|hol|öffne).{0,20}\bapp\b`,
    String.raw`\bin der app (öffnen|lesen|weiterlesen)\b`,
    // "Continue reading in the app" teasers that cut an article short.
    String.raw`\b((continue|keep) reading|read (the full \w+|more|this( \w+)?)) in (the|our) app\b`,
    String.raw`\bweiter(lesen)? in der app\b`,
    String.raw`\bcontinue[rz]? (la lecture )?(dans|sur) l'app(lication)?\b`,
    String.raw`\b(sigue|seguir) leyendo en la app\b`,
    String.raw`\bcontinua a leggere (nell|sull)'app\b`,
    String.raw`\bt[ée]l[ée]charge[zr]? (l'|notre )?app(lication)?\b`,
    String.raw`\bouvrir dans l'app(lication)?\b`,
    String.raw`\bdescarga(r)? (la |nuestra )?app\b`,
    String.raw`\babrir en la app\b`,
    String.raw`\bscarica (l'|la nostra )?app\b`,
    String.raw`\bbaixe (o |nosso )?app\b`,
    String.raw`\bdownload (de|onze) app\b`,
    '下载.{0,6}(APP|App|app|客户端|应用)',
    '打开.{0,4}(APP|App|app|客户端)',
    '(APP|App|app|客户端)(内|中)(阅读|查看|打开)',
    'アプリ.{0,4}(ダウンロード|で開く|で(続きを)?読む)',
  ].join('|'),
  'i',
);

export const defaultRules: ClutterRule[] = [
  // Display ad slots: GPT/AdSense containers and the class names ad servers and CMSs give them.
  {
    name: 'ad-slot',
    kind: 'ad',
    token:
      /^(ads?|adv|advert|adverts|advertisement|advertising|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|ad-?banner|ad-?box|ad-?block|ad-?holder|ad-?placeholder|ad-?zone|dfp|dfp-ad|gpt-ad|google-?ads?|adsbygoogle|banner-?ad|leaderboard|skyscraper|mpu|billboard|sidebar-ad|top-?ad|bottom-?ad|inline-?ad|ad-(top|bottom|right|left|inline|article|header|footer|sidebar|mid|middle|\d+)|div-gpt-ad.*|dfp-.*|ad_.*|ads_.*|adunit.*|anzeige|werbung|publicit[eé]|publicidad|pub|annonce)$/i,
  },
  // The "Advertisement" label an ad slot carries above the creative, in the languages of the fixture pages.
  {
    name: 'ad-label',
    kind: 'ad',
    text: /^(advertisement|advertising|advert|ad|sponsored|anzeige|werbung|publicité|publicite|publicidad|pubblicità|广告|廣告|広告|story continues below (this )?ad(vertisement)?)$/i,
  },
  // Ad iframes and scripts' landing spots, whatever their class.
  {
    name: 'ad-iframe',
    kind: 'ad',
    attr: [
      {
        tags: ['iframe'],
        name: 'src',
        pattern: /doubleclick\.net|googlesyndication|amazon-adsystem|adnxs\.com|adservice\.google/i,
      },
      { tags: ['iframe'], name: 'id', pattern: /^google_ads_iframe/ },
      { name: 'data-ad-slot' },
      { name: 'data-ad-unit' },
      { name: 'data-adunit' },
      { name: 'data-google-query-id' },
      { name: 'data-testid', pattern: /ad-?slot/i },
    ],
  },
  // Native-ad widgets ("Around the web", "Promoted stories") from Taboola, Outbrain, Revcontent, MGID.
  {
    name: 'sponsored',
    kind: 'sponsored',
    token:
      /^(taboola.*|trc_.*|outbrain.*|ob-widget.*|ob_.*|OUTBRAIN|revcontent.*|rc-widget.*|mgid.*|zergnet.*|sponsored(-.*)?|sponsored-?(content|article)|promoted(-.*)?|promoted-?content|native-?ad.*|partner-?content|paid-?content|branded-?content)$/i,
  },
  {
    name: 'sponsored-heading',
    kind: 'sponsored',
    text: /^(around the web|promoted (stories|links|content)|sponsored (stories|links|content)|from our partners|recommended by|paid content|you may like|content by outbrain|anzeigen?|sponsorisé|contenido patrocinado)$/i,
  },
  // App promos: store badges and links, "Download the app" / "Try our AI features" boxes.
  {
    name: 'app-store-badge',
    kind: 'app-promo',
    attr: [
      {
        tags: ['a'],
        name: 'href',
        pattern:
          /apps\.apple\.com|itunes\.apple\.com\/.*app|play\.google\.com\/store|appgallery\.huawei\.com|app\.adjust\.com|onelink\.me|\.app\.link\//,
      },
      { tags: ['img'], name: 'alt', pattern: /app store|google play|play store|appstore/i },
      { tags: ['img'], name: 'src', pattern: /app-?store|google-?play|play-?store/i },
    ],
  },
  {
    name: 'app-promo',
    kind: 'app-promo',
    token:
      /^(app-?promo.*|app-?download.*|download-?app.*|get-?the-?app|app-?banner|smart-?banner|smartbanner.*|open-?in-?app|app-?install.*|ai-?promo.*|ai-?features?-?promo.*)$/i,
  },
  { name: 'app-promo-text', kind: 'app-promo', text: appPromoText },
  // Newsletter and sign-up boxes (and paywall/registration nags that sit between paragraphs).
  {
    name: 'newsletter',
    kind: 'newsletter',
    token:
      /^(newsletter.*|.*-newsletter|signup.*|sign-up.*|subscribe-?(box|form|promo|banner|cta|widget)|email-?signup|inline-?signup|nl-?signup|regwall.*|registration-?wall)$/i,
  },
  {
    name: 'newsletter-text',
    kind: 'newsletter',
    text: /^(sign up for (our|the) .{0,40}newsletter.{0,40}|subscribe to (our|the) .{0,30}newsletter.{0,20}|get (our|the) .{0,30}newsletter.{0,20}|newsletter abonnieren|jetzt (kostenlos )?abonnieren|inscrivez-vous à (notre|la) newsletter|suscr[ií]bete (a|al) .{0,30}(newsletter|bolet[ií]n)|订阅.{0,6}(新闻|邮件)|sign up now|never miss a story)$/i,
  },
  // Cookie and consent banners (OneTrust, Cookiebot, Quantcast, Didomi, Sourcepoint, TCF CMPs).
  {
    name: 'consent',
    kind: 'consent',
    // "cmp" only with a word that says banner: "cmp-text", "cmp-image", "cmp-title" are a CMS's content components.
    token:
      /^(.*cookie.*|consent.*|.*-consent|gdpr.*|cmp|cmp-?(banner|ui|modal|popup|overlay|dialog|notice|root|wrapper|message|consent|layer|box|app)(-.*)?|cmpbox.*|cmpwrapper|qc-cmp.*|onetrust.*|ot-sdk.*|cybotcookiebot.*|cookiebot.*|didomi.*|sp_message_container.*|truste|truste-.*|trustarc.*|cc-banner|cc-window|privacy-?banner|tcf|tcf-.*|tcfapi.*)$/i,
  },
  {
    name: 'consent-text',
    kind: 'consent',
    text: /^(we (use|value) (cookies|your privacy).{0,200}|this (site|website) uses cookies.{0,200}|diese website verwendet cookies.{0,200}|nous utilisons des cookies.{0,200}|utilizamos cookies.{0,200}|我们使用(cookie|Cookie).{0,100})$/i,
  },
  // Modal overlays and scroll-blocking backdrops (paywall teasers, interstitials, exit-intent boxes).
  {
    name: 'overlay',
    kind: 'overlay',
    token:
      /^(modal-?(backdrop|overlay)|overlay-?(backdrop|modal)|interstitial.*|lightbox-?overlay|popup-?(overlay|modal)|exit-?intent.*|paywall-?overlay|fc-ab-root|tp-modal|tp-backdrop)$/i,
  },
  // "Related / Recommended / More stories / Read next" rails.
  {
    name: 'related',
    kind: 'related',
    token:
      /^(related(-?(articles?|stories|posts|content|links|news|items|reads))?|recommended(-.*)?|recommendations?|more-?(stories|articles|news|from.*|on.*)|read-?(next|more-?stories)|you-?may-?(also-?)?like|most-?(read|popular|viewed)|trending(-.*)?|popular-?(posts|stories)|also-?read|further-?reading|jp-relatedposts|crp_related|yarpp.*)$/i,
  },
  {
    name: 'related-heading',
    kind: 'related',
    text: /^(related( articles| stories| posts| news| content| coverage| reading)?|recommended( for you| stories| articles| reading)?|more (stories|articles|news|from .{1,40}|on this (topic|story))|you (may|might) (also )?like|read (next|more)|most (read|popular|viewed)|trending( now)?|top stories|also read|don't miss|further reading|weitere artikel|mehr zum thema|das könnte sie (auch )?interessieren|à lire aussi|sur le même sujet|lire aussi|(también )?te puede interesar|noticias relacionadas|más noticias|相关(文章|新闻|阅读|推荐|报道)|推荐阅读|热门(文章|新闻|推荐)|猜你喜欢|精彩推荐|为你推荐|延伸阅读|lesen sie auch|auch interessant|meistgelesen(e artikel)?|les plus lus|à lire également|lo más leído|leggi anche|potrebbe interessarti|articoli correlati|leia também|veja também|mais lidas|lees ook|meest gelezen|gerelateerde artikelen|関連記事|おすすめ記事|人気記事|editor'?s picks|most shared|popular now)\s*[:：]?$/i,
  },
  // Comment widgets (Disqus, Coral, Facebook comments, OpenWeb, Viafoura) and empty "Comments" boxes.
  {
    name: 'comments',
    kind: 'comments',
    token:
      /^(comments?(-?(section|area|container|wrapper|list|widget|box|block|thread|count|link))?|disqus.*|dsq-.*|coral-?.*|fb-comments|spot-?im.*|openweb.*|viafoura.*|vf-.*comments?.*|respond|reply-?form|discussion(-.*)?|kommentare|commentaires|comentarios)$/i,
  },
  {
    name: 'comments-heading',
    kind: 'comments',
    text: /^(\d+\s+)?(comments?|leave a (comment|reply)|join the (conversation|discussion)|no comments yet.{0,10}|show comments|(leser)?kommentare|kommentieren|commentaires|comentarios|comentários|commenti|reacties|评论|留言|网友评论|热门评论|全部评论|最新评论|发表评论|コメント)(\s*\(\d+\))?$/i,
  },
  // Share bars.
  {
    name: 'share',
    kind: 'share',
    token:
      /^(share(-?(bar|buttons?|tools?|links?|icons?|box|container|widget|menu|panel|this|article))?|sharetools|sharedaddy|sd-social.*|.*-sharing(-.*)?|social|social-?(share.*|bar|buttons?|links|icons|media-?share|tools)|sharing(-.*)?|sharethis.*|addthis.*|a2a_kit|shariff.*|st-btn|teilen)$/i,
  },
  {
    name: 'share-heading',
    kind: 'share',
    text: /^(share( this( article| story| page)?)?( on)?:?|teilen:?|partager( cet article)?:?|compartir:?|分享到?[:：]?)$/i,
  },
  // Sticky and floating autoplay players (video ads that follow the reader).
  {
    name: 'sticky-video',
    kind: 'sticky-video',
    token:
      /^(sticky-?(video|player).*|floating-?(video|player).*|video-?(sticky|float|floating|dock|docked).*|jw-flag-floating|connatix.*|cnx-.*|primis.*|aniview.*|ex-co.*|vidazoo.*|teads.*)$/i,
  },
];
