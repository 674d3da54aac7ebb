// saveDraft, the one function behind the popup's Save, the context menu and the shortcut: it refuses what is not
// a draft, passes the draft and its images to the library, and turns the library's failures into the sentence
// the popup shows (database unavailable, storage full) without claiming success.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article/extract-article';
import { StorageFullError, StorageUnavailableError } from '../../../utils/library/db/errors';
import { saveDraft, type StoreDraft } from '../../../utils/background/saving';
import { fixturePages } from '../../fixtures/paths';

const source = readFileSync(join(fixturePages, 'seed-deepseek-china-ai/source.html'), 'utf8');
const read = extractArticle(parseHTML(source).document, 'https://www.daily8.example/news/world/deepseek');
if (!read.ok) throw new Error(read.error.message);
const draft = read.article;

describe('saveDraft', () => {
  it('stores a real draft and reports the library’s answer', async () => {
    const seen: string[] = [];
    const store: StoreDraft = async (d, images) => {
      seen.push(d.canonicalUrl, String(images.size));
      return { id: 'a1', updated: true };
    };
    expect(await saveDraft(draft, store)).toEqual({ ok: true, id: 'a1', updated: true });
    expect(seen).toEqual([draft.canonicalUrl, '0']);
  });

  it.each([
    null,
    'text',
    { ...draft, url: 'javascript:alert(1)' },
    { ...draft, figures: 'x' },
    { ...draft, dir: 'up' },
  ])('refuses what is not a draft without touching the library (%#)', async (bad) => {
    const store: StoreDraft = async () => {
      throw new Error('must not be called');
    };
    expect(await saveDraft(bad, store)).toEqual({ ok: false, error: 'That is not an article Sift can save.' });
  });

  it.each([
    ['database unavailable', new StorageUnavailableError()],
    ['storage full', new StorageFullError('"DeepSeek"')],
  ])('%s: the library’s own sentence reaches the popup', async (_name, error) => {
    const store: StoreDraft = async () => {
      throw error;
    };
    expect(await saveDraft(draft, store)).toEqual({ ok: false, error: error.message });
  });

  it('any other failure is named as the database failing', async () => {
    const store: StoreDraft = async () => {
      throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
    };
    const result = await saveDraft(draft, store);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^The library database is unavailable \(UnknownError: /);
  });
});
