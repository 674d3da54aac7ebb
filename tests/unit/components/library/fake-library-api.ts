import type { ArticleDraft } from '../../../../utils/article/types';
import type {
  ImportReport,
  LibraryApi,
  LibraryArticle,
  LibraryItem,
  TransferOptions,
} from '../../../../components/library/LibraryApi';

/** An in-memory LibraryApi for component tests: records calls, answers from a plain array. */
export function fakeLibraryApi(count: number, overrides: Partial<LibraryApi> = {}) {
  const items: LibraryItem[] = Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    url: `https://news.example/${i}`,
    title: `Article ${i}`,
    siteName: i % 2 ? 'Odd News' : 'Even Times',
    savedAt: Date.UTC(2026, 0, 1) + i * 60_000,
    read: false,
    tags: i % 3 ? [] : ['three'],
    readingMinutes: 3,
  }));
  const calls: { method: string; args: unknown[] }[] = [];
  const log = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const api: LibraryApi = {
    async list(query, limit) {
      log('list', query, limit);
      return items.filter((item) => !query.text || item.title.includes(query.text)).slice(0, limit ?? Infinity);
    },
    async facets() {
      return { sites: ['Even Times', 'Odd News'], tags: ['three'] };
    },
    async snippets(ids, text) {
      log('snippets', ids, text);
      return Object.fromEntries(ids.map((id) => [id, [{ text: 'Before ' }, { text, mark: true as const }]]));
    },
    async thumbs(ids) {
      return Object.fromEntries(ids.map((id) => [id, null]));
    },
    async get(id) {
      const item = items.find((candidate) => candidate.id === id);
      if (!item) return undefined;
      const draft: ArticleDraft = {
        url: item.url,
        canonicalUrl: item.url,
        title: item.title,
        byline: null,
        siteName: item.siteName,
        published: null,
        lang: 'en',
        dir: 'ltr',
        excerpt: null,
        html: '<p>Body</p>',
        text: 'First.\n\nSecond.',
        words: 2,
        readingMinutes: 1,
        images: [],
        figures: [],
      };
      return { ...item, draft, progress: 0, images: {} } satisfies LibraryArticle;
    },
    async setRead(...args) {
      log('setRead', ...args);
    },
    async setTags(...args) {
      log('setTags', ...args);
    },
    async setProgress(...args) {
      log('setProgress', ...args);
    },
    async remove(id) {
      log('remove', id);
      return async () => void log('restore', id);
    },
    async exportAll(format) {
      return { blob: new Blob(['{}']), filename: `sift.${format}` };
    },
    async importFile(_file: File, _options: TransferOptions): Promise<ImportReport> {
      return { imported: 0, merged: 0, refused: [] };
    },
    async storage() {
      return { usage: 5e6, quota: 1e9, persisted: false };
    },
    async persist() {
      log('persist');
      return true;
    },
    async highlights() {
      return [];
    },
    async allHighlights() {
      return [];
    },
    async addHighlight(articleId, input) {
      log('addHighlight', articleId);
      return { ...input, id: 'h1', articleId, createdAt: 1, updatedAt: 1 };
    },
    async updateHighlight(...args) {
      log('updateHighlight', ...args);
    },
    async removeHighlight(id) {
      log('removeHighlight', id);
    },
    ...overrides,
  };
  return { api, calls, items };
}
