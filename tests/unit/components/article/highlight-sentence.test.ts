// Every key figure of every fixture page can be found and marked in the article body as the popup renders it
// (the draft's HTML, not its text): the mark covers exactly the figure's sentence and the figure's own text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../utils/article/extract-article';
import { clearHighlights, highlightSentence, MARK_CLASS } from '../../../../components/article/highlight-sentence';
import { fixturePages } from '../../../fixtures/paths';

const pagesDir = fixturePages;
const fixtures = existsSync(pagesDir)
  ? readdirSync(pagesDir).filter((d) => existsSync(join(pagesDir, d, 'source.html')))
  : [];
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(fixtures)('%s', (fixture) => {
  const source = readFileSync(join(pagesDir, fixture, 'source.html'), 'utf8');
  const result = extractArticle(parseHTML(source).document, `https://example.org/${fixture}`);

  it('marks each figure’s sentence in the rendered body, and clears it again', () => {
    if (!result.ok) throw new Error(result.error.message);
    const { figures, html } = result.article;
    // happy-dom, not linkedom: the popup splits text nodes (Text.splitText), which linkedom lacks.
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    const body = window.document.createElement('div') as unknown as Element;
    window.document.body.appendChild(body as never);
    const parsed = new window.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    body.append(...([...parsed.body.childNodes] as unknown as Node[]));
    const before = body.textContent;
    let whole = 0;
    for (const fig of figures) {
      const first = highlightSentence(body, fig.sentence, fig.text);
      const marked = [...body.querySelectorAll(`mark.${MARK_CLASS}`)].map((m) => m.textContent).join('');
      expect(first, `figure "${fig.text}" not found at all`).not.toBeNull();
      // The whole sentence, or (when it spans blocks) at least the figure itself.
      expect([collapse(fig.sentence), collapse(fig.text)]).toContain(collapse(marked));
      if (collapse(marked) === collapse(fig.sentence)) whole++;
      // Highlighting never changes the text, only wraps it.
      expect(body.textContent).toBe(before);
    }
    // Sentences that span two blocks (a list item running into the next) may not be found whole; nearly all are.
    if (figures.length) expect(whole / figures.length).toBeGreaterThan(0.9);
    clearHighlights(body);
    expect(body.querySelectorAll('mark').length).toBe(0);
    expect(body.textContent).toBe(before);
  });
});
