import { escapeXml } from './xhtml';

// The fixed parts of an EPUB 3 book: container, package document, navigation, style.

export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

export const BOOK_CSS = `body { font-family: serif; line-height: 1.5; }
h1, h2, h3, h4, h5, h6 { font-family: sans-serif; line-height: 1.25; }
img { max-width: 100%; height: auto; }
.sift-meta, figcaption { font-size: 0.85em; color: #555; }
.sift-figures { border: 1px solid #ccc; padding: 0.25em 0.75em; margin: 1em 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.4em; }
mark.sift-hl-yellow, .sift-highlights .sift-hl-yellow { background: #ffe680; color: #1d1d1f; }
mark.sift-hl-green, .sift-highlights .sift-hl-green { background: #b7ebc6; color: #1d1d1f; }
mark.sift-hl-blue, .sift-highlights .sift-hl-blue { background: #bfdcff; color: #1d1d1f; }
mark.sift-hl-pink, .sift-highlights .sift-hl-pink { background: #ffc6e0; color: #1d1d1f; }
.sift-highlights { border: 1px solid #ccc; padding: 0.25em 0.75em; margin: 1em 0; }
`;

export interface Chapter {
  id: string;
  href: string;
  title: string;
}

export interface ManifestImage {
  id: string;
  href: string;
  type: string;
}

export interface BookInfo {
  identifier: string;
  title: string;
  lang: string;
  /** dcterms:modified, to the second, UTC. */
  modified: Date;
}

export function packageDocument(book: BookInfo, chapters: Chapter[], images: ManifestImage[]): string {
  const modified = book.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const items = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...chapters.map((c) => `<item id="${c.id}" href="${c.href}" media-type="application/xhtml+xml"/>`),
    ...images.map((i) => `<item id="${i.id}" href="${escapeXml(i.href)}" media-type="${i.type}"/>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeXml(book.lang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${escapeXml(book.identifier)}</dc:identifier>
    <dc:title>${escapeXml(book.title)}</dc:title>
    <dc:language>${escapeXml(book.lang)}</dc:language>
    <dc:creator>Sift</dc:creator>
    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    ${items.join('\n    ')}
  </manifest>
  <spine>
    <itemref idref="nav"/>
    ${chapters.map((c) => `<itemref idref="${c.id}"/>`).join('\n    ')}
  </spine>
</package>
`;
}

/** The head of every XHTML document in the book. */
export function xhtmlHead(title: string, lang: string, dir: string | null): string {
  const l = escapeXml(lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${l}" lang="${l}"${dir ? ` dir="${escapeXml(dir)}"` : ''}>
<head><title>${escapeXml(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
`;
}

export function navDocument(book: BookInfo, heading: string, chapters: Chapter[]): string {
  const links = chapters.map((c) => `<li><a href="${c.href}">${escapeXml(c.title)}</a></li>`).join('\n');
  return `${xhtmlHead(book.title, book.lang, null)}<body>
<nav epub:type="toc" id="toc"><h1>${escapeXml(heading)}</h1>
<ol>
${links}
</ol></nav>
</body></html>
`;
}
