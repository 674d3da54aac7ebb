import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { DOMParser as LinkedomParser } from 'linkedom';
import type { ArticleDraft } from '../../../../utils/article/types';
import { extractArticle } from '../../../../utils/article/extract-article';
import { parseHtml } from '../../../../scripts/lib/parse-html';
import { png } from '../../../e2e/harness/png';
import { fixturePages } from '../../../fixtures/paths';

// The exports parse html with the page's DOMParser; Node has none, so linkedom's stands in (as in scripts/).
(globalThis as { DOMParser?: unknown }).DOMParser ??= LinkedomParser;

/** The fixture pages as the extension drafts them. */
export function fixtureDrafts(): { name: string; draft: ArticleDraft }[] {
  return readdirSync(fixturePages, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map(({ name }) => {
      const html = readFileSync(join(fixturePages, name, 'source.html'), 'utf8');
      const { url } = JSON.parse(readFileSync(join(fixturePages, name, 'expected.json'), 'utf8')) as { url: string };
      const result = extractArticle(parseHtml(html), url, { contentType: 'text/html' });
      if (!result.ok) throw new Error(`${name} did not extract`);
      return { name, draft: result.article };
    });
}

/** A real PNG per image URL, as if the save had fetched every picture. */
export const pngFor = (urls: readonly string[]) =>
  new Map(urls.map((url, k) => [url, new Blob([new Uint8Array(png(2 + k, 2))], { type: 'image/png' })]));

export const unzip = async (blob: Blob) => unzipSync(new Uint8Array(await blob.arrayBuffer()));
export const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

export interface Counts {
  headings: number;
  items: number;
  links: number;
  images: number;
}

/** What the article's own html holds (the elements an export must keep). */
export function countHtml(root: ParentNode): Counts {
  const all = (selector: string) => [...root.querySelectorAll(selector)];
  return {
    headings: all('h1,h2,h3,h4,h5,h6').filter((h) => h.textContent?.trim()).length,
    items: all('li').length,
    links: all('a[href]').length,
    images: all('img[src]').length,
  };
}

/** The same in Markdown: ATX headings, list markers, links and images (turndown escapes such text elsewhere). */
export function countMarkdown(markdown: string): Counts {
  const lines = markdown.split('\n');
  const images = (markdown.match(/!\[/g) ?? []).length;
  return {
    headings: lines.filter((l) => /^#{1,6} \S/.test(l)).length,
    items: lines.filter((l) => /^\s*(?:-|\d+\.)\s+/.test(l)).length,
    links: (markdown.match(/(?<!\\)\]\(/g) ?? []).length - images,
    images,
  };
}

// Debian's epubcheck package: a jar. /usr/bin/epubcheck is that jar run through binfmt_misc, which containers
// often lack, so the jar is run with java directly.
const EPUBCHECK_JAR = process.env.SIFT_EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

/** The Debian epubcheck's verdict on a book: its output, and whether it exited cleanly (no errors, no fatals). */
export function epubcheck(path: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', EPUBCHECK_JAR, path], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

export function hasEpubcheck(): boolean {
  if (!existsSync(EPUBCHECK_JAR)) return false;
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** On a CI machine (CI set, as CI services do), where a missing validator must fail the test, not skip it. */
export const onCi = (): boolean => !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);
