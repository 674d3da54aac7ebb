import { placeImages } from './article-images';
import { bytesToBase64 } from '../base64';
import { type Bundle, day } from './bundle';
import { escapeHtml } from '../escape-html';
import { sniffImageType, titleFileName, uniqueNames } from './file-names';
import { articlePage } from './html-page';
import { toXhtml } from './xhtml';
import { highlightsSection, markHighlights } from '../../../highlights/export-marks';
import { ZipWriter } from './zip-writer';

/**
 * A zip of self-contained pages, one per article (stored pictures embedded as data: URLs, the style inline), and
 * an index.html that links them, so the folder reads offline in any browser.
 */
export function htmlBundle(now: Date, labels: { figures: string; index: string; highlights?: string }): Bundle {
  const zip = new ZipWriter(now);
  const folder = `sift-library-${day(now)}`;
  const fileName = uniqueNames();
  const index: string[] = [];
  return {
    extension: 'zip',
    async add(article) {
      const name = `${fileName(titleFileName(article.row.title))}.html`;
      const { body } = await placeImages(
        article,
        { stored: (image) => `data:${image.type};base64,${bytesToBase64(image.bytes)}`, missing: (url) => url },
        sniffImageType,
      );
      markHighlights(body, article.highlights);
      const notes = highlightsSection(article.highlights, labels.highlights ?? 'Highlights', escapeHtml);
      zip.deflate(`${folder}/${name}`, articlePage(article, toXhtml(body), labels.figures, notes));
      index.push(`<li><a href="${encodeURIComponent(name)}">${escapeHtml(article.row.title)}</a></li>`);
    },
    finish() {
      const title = escapeHtml(labels.index);
      zip.deflate(
        `${folder}/index.html`,
        `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><ul>\n${index.join('\n')}\n</ul></body></html>\n`,
      );
      return zip.finish('application/zip');
    },
  };
}
