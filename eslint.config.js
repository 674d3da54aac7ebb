import tseslint from 'typescript-eslint';

const browserGlobals = ['browser', 'chrome', 'window', 'document', 'navigator', 'location', 'localStorage'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // PURE folders: they take a Document or a string and return data, so Node tests feed them real pages.
    files: ['utils/clean/**', 'utils/article/**', 'utils/figures/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': ['error', { patterns: ['wxt/*', '#imports', '@webext-core/*', 'dexie', 'react', 'react-dom'] }],
    },
  },
  {
    // The database layer runs in extension pages and in Node (fake-indexeddb): no extension APIs.
    files: ['utils/library/**'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'location'],
      'no-restricted-imports': ['error', { patterns: ['wxt/*', '#imports', '@webext-core/*'] }],
    },
  },
  {
    // Only the ArticleBody component may set HTML, and only sanitised HTML.
    files: ['**/*.{ts,tsx}'],
    ignores: ['components/ArticleBody.tsx', 'utils/article/**', 'tests/**', 'scripts/**'],
    rules: {
      'no-restricted-properties': ['error', { property: 'innerHTML' }, { property: 'outerHTML' }],
    },
  },
);
