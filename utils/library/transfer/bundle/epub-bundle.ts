import { placeImages } from './article-images';
import { type Bundle, day } from './bundle';
import {
  BOOK_CSS,
  CONTAINER_XML,
  type BookInfo,
  type Chapter,
  type ManifestImage,
  navDocument,
  packageDocument,
  xhtmlHead,
} from './epub-package';
import { imageExtension, sniffImageType } from './file-names';
import { escapeXml, toXhtml } from './xhtml';
import { ZipWriter } from './zip-writer';
import { highlightsSection, markHighlights } from '../../../highlights/export-marks';

// The image types every EPUB 3 reader must show (EPUB core media types, as epubcheck 4 knows them); others would
// need fallbacks, so such a picture is left out and its alt text stands in.
const CORE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif']);

export interface EpubLabels {
  title: string;
  contents: string;
  figures: string;
  highlights?: string;
}

/** One EPUB 3 book: a chapter per article (title, source line, key figures, the article), its stored pictures inside. */
export function epubBundle(now: Date, labels: EpubLabels): Bundle {
  const zip = new ZipWriter(now);
  // The OCF rule: "mimetype" first, stored, so readers recognise the file from its first bytes.
  zip.store('mimetype', new TextEncoder().encode('application/epub+zip'));
  zip.deflate('META-INF/container.xml', CONTAINER_XML);
  const chapters: Chapter[] = [];
  const images: ManifestImage[] = [];
  const langs = new Map<string, number>();
  return {
    extension: 'epub',
    async add(article) {
      const n = String(chapters.length + 1).padStart(4, '0');
      const { body, images: placed } = await placeImages(
        article,
        {
          stored: (image, k) =>
            CORE_IMAGES.has(image.type) ? `images/${n}-${k + 1}.${imageExtension(image.type)}` : null,
          // A book reads offline on a reader that may never go online, and epubcheck refuses remote pictures.
          missing: () => null,
        },
        sniffImageType,
      );
      markHighlights(body, article.highlights);
      const notes = highlightsSection(article.highlights, labels.highlights ?? 'Highlights', escapeXml);
      for (const image of placed) {
        zip.store(`OEBPS/${image.path}`, image.bytes);
        images.push({ id: `img-${n}-${images.length + 1}`, href: image.path, type: image.type });
      }
      const { row, body: stored } = article;
      const lang = row.lang || 'und';
      langs.set(lang, (langs.get(lang) ?? 0) + 1);
      const meta = [row.siteName, row.byline, row.published?.slice(0, 10)].filter(Boolean).join(' · ');
      const figures = stored.figures.length
        ? `<section class="sift-figures"><h2>${escapeXml(labels.figures)}</h2><ul>${stored.figures
            .map((f) => `<li><b>${escapeXml(f.text)}</b>${f.measures ? ` — ${escapeXml(f.measures)}` : ''}</li>`)
            .join('')}</ul></section>`
        : '';
      const href = `chapter-${n}.xhtml`;
      zip.deflate(
        `OEBPS/${href}`,
        `${xhtmlHead(row.title, lang, row.dir)}<body><section>
<h1>${escapeXml(row.title)}</h1>
<p class="sift-meta">${escapeXml(meta)}${meta ? '<br/>' : ''}<a href="${escapeXml(row.url)}">${escapeXml(row.url)}</a></p>
${figures}
${notes}
<div class="sift-body">${toXhtml(body)}</div>
</section></body></html>
`,
      );
      chapters.push({ id: `ch-${n}`, href, title: row.title });
    },
    finish() {
      const book: BookInfo = {
        identifier: `urn:uuid:${crypto.randomUUID()}`,
        title: `${labels.title}, ${day(now)}`,
        lang: [...langs].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und',
        modified: now,
      };
      zip.deflate('OEBPS/nav.xhtml', navDocument(book, labels.contents, chapters));
      zip.deflate('OEBPS/style.css', BOOK_CSS);
      zip.deflate('OEBPS/content.opf', packageDocument(book, chapters, images));
      return zip.finish('application/epub+zip');
    },
  };
}
