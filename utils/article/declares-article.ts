// Schema.org types that name one piece of writing (NewsArticle, BlogPosting, Report, ...), in JSON-LD as written
// (a @graph or an array of types included): the regex reads the script text, no JSON parse needed.
const ARTICLE_TYPES =
  /"@type"\s*:\s*(\[[^\]]*)?"(?:News|Blog|Scholarly|Tech|Analysis|Opinion|Reportage|Review|Satirical)?Article"|"@type"\s*:\s*(\[[^\]]*)?"(?:Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|Review)"/;

/** True when the page declares itself an article: og:type=article or a JSON-LD article type. */
export function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(script.textContent ?? '')) return true;
  }
  return false;
}
