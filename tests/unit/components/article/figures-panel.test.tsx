// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView } from '../../../../components/article/ArticleView';
import { FiguresPanel } from '../../../../components/article/FiguresPanel';
import type { ArticleDraft } from '../../../../utils/article/types';
import { extractFigures } from '../../../../utils/figures/extract-figures';
import { loadFiguresFor, tables } from '../../../../utils/figures/languages';
import { render } from '../library/render';

// A story written for this test: eight amounts worth a box, one of them a change from one value to another.
const STORY = [
  'The city will spend $4.1bn on transit over the next decade.',
  'Fares rise to $3.10 from $2.75 in January.',
  'The state pays $900m of the cost.',
  'The city borrows $1.2bn against future fares.',
  'A congestion charge raises $300m.',
  'Federal grants add $250m.',
  'The airport link costs $640m.',
  'Bus depots get $85m.',
].join(' ');

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const buttons = (root: Element) => [...root.querySelectorAll<HTMLButtonElement>('.sift-figure')];
const more = (root: Element) => root.querySelector<HTMLButtonElement>('.sift-figures-more');

describe('FiguresPanel', () => {
  it('shows at most five rows, then "Show all N" opens the rest and "Show fewer" closes them', async () => {
    const figures = extractFigures(STORY);
    const view = await render(
      <FiguresPanel figures={figures} title="City's transit plan" selected={null} onSelect={() => {}} />,
    );
    cleanup = view.unmount;
    expect(buttons(view.container).length).toBeLessThanOrEqual(5);
    expect(buttons(view.container).length).toBeGreaterThan(0);
    const total = Number(/Show all (\d+)/.exec(more(view.container)!.textContent!)![1]);
    expect(total).toBeGreaterThan(5);
    await act(async () => more(view.container)!.click());
    expect(buttons(view.container)).toHaveLength(total);
    expect(more(view.container)!.textContent).toBe('Show fewer');
    expect(more(view.container)!.getAttribute('aria-expanded')).toBe('true');
    await act(async () => more(view.container)!.click());
    expect(buttons(view.container).length).toBeLessThanOrEqual(5);
  });

  it('shows a grouped row with its members and selects its figure', async () => {
    const figures = extractFigures(STORY);
    const onSelect = vi.fn();
    const view = await render(<FiguresPanel figures={figures} selected={null} onSelect={onSelect} />);
    cleanup = view.unmount;
    await act(async () => more(view.container)?.click());
    const fares = buttons(view.container).find((b) => b.dataset.members);
    expect(fares?.querySelector('.sift-figure-value')?.textContent).toContain('$2.75 → $3.10');
    await act(async () => fares!.click());
    const index = Number(fares!.dataset.figureIndex);
    expect(onSelect).toHaveBeenCalledWith(index);
    expect(figures[index]!.text).toBe('$3.10');
  });

  it('shows each row with a label, never a whole sentence', async () => {
    const figures = extractFigures(STORY);
    const view = await render(<FiguresPanel figures={figures} selected={null} onSelect={() => {}} />);
    cleanup = view.unmount;
    for (const b of buttons(view.container)) {
      const what = b.querySelector('.sift-figure-what')?.textContent ?? '';
      expect(what.split(' ').length).toBeLessThan(12);
      expect(STORY).not.toContain(`${what}.`);
    }
  });

  it('shows no row when no figure stands out, and still offers them all', async () => {
    const figures = extractFigures('Two men were arrested after a fight outside a bar. One was released on Sunday.');
    const view = await render(<FiguresPanel figures={figures} selected={null} onSelect={() => {}} />);
    cleanup = view.unmount;
    expect(buttons(view.container)).toHaveLength(0);
    if (figures.length) expect(more(view.container)?.textContent).toMatch(/^Show all \d+$/);
  });

  it('says so when the article has no figures', async () => {
    const view = await render(<FiguresPanel figures={[]} selected={null} onSelect={() => {}} />);
    cleanup = view.unmount;
    expect(view.container.textContent).toBe('No key figures in this article.');
  });
});

describe('ArticleView with the panel', () => {
  it('highlights the sentence of a grouped row when it is clicked', async () => {
    const paragraphs = STORY.split(/(?<=\.) /);
    const draft: ArticleDraft = {
      url: 'https://news.example/transit',
      canonicalUrl: 'https://news.example/transit',
      title: "The city's transit plan",
      byline: null,
      siteName: 'News',
      published: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      text: paragraphs.join('\n\n'),
      words: 80,
      readingMinutes: 1,
      images: [],
      figures: extractFigures(paragraphs.join('\n\n')),
    };
    const view = await render(<ArticleView draft={draft} />);
    cleanup = view.unmount;
    Element.prototype.scrollIntoView ??= () => {};
    await act(async () => more(view.container)?.click());
    const grouped = buttons(view.container).find((b) => b.dataset.members)!;
    await act(async () => grouped.click());
    const marked = [...view.container.querySelectorAll('mark.sift-highlight')].map((m) => m.textContent).join('');
    expect(marked).toBe('Fares rise to $3.10 from $2.75 in January.');
    expect(grouped.getAttribute('aria-pressed')).toBe('true');
  });

  it("loads a saved article's language tables before labelling its figures (the library opens it cold)", async () => {
    const text = '该市今年投资3.5亿元新建学校，营收同比增长约27%。';
    await loadFiguresFor('zh', text);
    const figures = extractFigures(text, { lang: 'zh' });
    const saved = tables.cjk;
    tables.cjk = null;
    try {
      const view = await render(
        <FiguresPanel figures={figures} lang="zh" title="该市投资3.5亿元" selected={null} onSelect={() => {}} />,
      );
      cleanup = view.unmount;
      await vi.waitFor(() => expect(tables.cjk).not.toBeNull());
      await vi.waitFor(() =>
        expect(view.container.querySelector('.sift-figure-what')?.textContent ?? '').toMatch(/投资/),
      );
    } finally {
      tables.cjk ??= saved;
    }
  });
});
