import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { placeImages } from './article-images';
import { type Bundle, day } from './bundle';
import { asciiSlug, imageExtension, sniffImageType, titleFileName, uniqueNames } from './file-names';
import { frontMatter } from './front-matter';
import { toXhtml } from './xhtml';
import { ZipWriter } from './zip-writer';
import { highlightsMarkdown, markHighlights } from '../../../highlights/export-marks';

/** Turndown set for notes apps: ATX headings, "-" bullets, fenced code, GFM tables. */
export function markdownService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    hr: '---',
  });
  service.use(gfm);
  // Renderers pass inline HTML through: article text about "<script>" must stay text in the note too.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '\\<');
  // turndown writes alt text and addresses as they are: a "]" in an alt or a ")" in a Wikipedia address would end
  // the image or link early. Rules added later win over its own.
  service.addRule('siftImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLElement;
      const src = img.getAttribute('src');
      return src ? `![${label(img.getAttribute('alt') ?? '')}](${destination(src)}${title(img)})` : '';
    },
  });
  // Highlights as Obsidian's ==marked== text.
  service.addRule('siftHighlight', {
    filter: (node) => node.nodeName === 'MARK' && /\bsift-hl\b/.test(node.getAttribute('class') ?? ''),
    replacement: (content) => (content.trim() ? `==${content}==` : content),
  });
  service.addRule('siftLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) =>
      `[${content}](${destination((node as HTMLElement).getAttribute('href')!)}${title(node as HTMLElement)})`,
  });
  return service;
}

const label = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\[\]]/g, '\\$&');
/** CommonMark's <…> form when the address has spaces or parentheses. */
const destination = (url: string) => (/[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url);
const title = (el: HTMLElement) => {
  const text = el.getAttribute('title');
  return text ? ` "${text.replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&')}"` : '';
};

/**
 * A zip holding a folder of notes: one Markdown file per article (front matter, then the article), its stored
 * images in attachments/ beside them, linked by relative paths, as Obsidian and other note folders expect.
 */
export function markdownBundle(now: Date, labels: { highlights?: string } = {}): Bundle {
  const service = markdownService();
  const zip = new ZipWriter(now);
  const folder = `sift-library-${day(now)}`;
  const noteName = uniqueNames();
  const slugName = uniqueNames();
  return {
    extension: 'zip',
    async add(article) {
      const name = noteName(titleFileName(article.row.title));
      const slug = slugName(asciiSlug(article.row.title));
      const { body, images } = await placeImages(
        article,
        {
          stored: (image, index) => `attachments/${slug}-${index + 1}.${imageExtension(image.type)}`,
          // Not stored: the note keeps the picture's web address, as the article had it.
          missing: (url) => url,
        },
        sniffImageType,
      );
      markHighlights(body, article.highlights);
      const notes = highlightsMarkdown(article.highlights, labels.highlights ?? 'Highlights');
      zip.deflate(`${folder}/${name}.md`, `${frontMatter(article)}\n${service.turndown(toXhtml(body))}\n${notes}`);
      for (const image of images) zip.store(`${folder}/${image.path}`, image.bytes);
    },
    finish: () => zip.finish('application/zip'),
  };
}
