// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeArticleView } from '../../../../components/article/SafeArticleView';
import type { ArticleDraft } from '../../../../utils/article/types';
import { t } from '../../../../utils/i18n/t';
import { render } from '../library/render';

const ARTICLE_VIEW_FAILED = t('article_view_failed');

const draft: ArticleDraft = {
  url: 'https://news.example/bridge',
  canonicalUrl: 'https://news.example/bridge',
  title: 'Bridge reopens after repairs',
  byline: 'Ana Ruiz',
  siteName: 'Example News',
  published: '2024-05-06T08:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  html: '<p>The old bridge reopened on Monday.</p>',
  text: 'The old bridge reopened on Monday.',
  words: 6,
  readingMinutes: 1,
  images: [],
  figures: [],
};

let unmount: (() => Promise<void>) | undefined;
afterEach(async () => {
  await unmount?.();
  unmount = undefined;
  vi.restoreAllMocks();
});

describe('SafeArticleView: the popup never renders blank', () => {
  it('shows a draft stored with lang "en_US" (Intl refuses it) with its date', async () => {
    const view = await render(<SafeArticleView draft={{ ...draft, lang: 'en_US' }} />);
    unmount = view.unmount;
    expect(view.container.querySelector('h1')?.textContent).toBe(draft.title);
    expect(view.container.querySelector('time')?.textContent).toMatch(/2024/);
  });

  it('a part that throws is left out and the article is shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const broken = { ...draft, figures: [null] } as unknown as ArticleDraft;
    const view = await render(<SafeArticleView draft={broken} />);
    unmount = view.unmount;
    expect(view.container.querySelector('h1')?.textContent).toBe(draft.title);
    expect(view.container.querySelector('.sift-body')?.textContent).toContain('reopened on Monday');
    expect(view.container.textContent).not.toContain(ARTICLE_VIEW_FAILED);
  });

  it('when even the plain article cannot be drawn, a message says so instead of a blank screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...draft, title: { not: 'text' } } as unknown as ArticleDraft;
    const view = await render(<SafeArticleView draft={broken} />);
    unmount = view.unmount;
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe(ARTICLE_VIEW_FAILED);
  });
});
