import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { placeImages } from './article-images';
import { type Bundle, day } from './bundle';
import { asciiSlug, imageExtension, sniffImageType, titleFileName, uniqueNames } from './file-names';
import { frontMatter } from './front-matter';
import { toXhtml } from './xhtml';
import { ZipWriter } from './zip-writer';

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
  return service;
}

/**
 * A zip holding a folder of notes: one Markdown file per article (front matter, then the article), its stored
 * images in attachments/ beside them, linked by relative paths, as Obsidian and other note folders expect.
 */
export function markdownBundle(now: Date): Bundle {
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
      zip.deflate(`${folder}/${name}.md`, `${frontMatter(article)}\n${service.turndown(toXhtml(body))}\n`);
      for (const image of images) zip.store(`${folder}/${image.path}`, image.bytes);
    },
    finish: () => zip.finish('application/zip'),
  };
}
