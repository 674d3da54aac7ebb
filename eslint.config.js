import tseslint from 'typescript-eslint';

/** One lint block per room: the rooms (folders) and packages its files may not import. */
function zones(map) {
  return Object.entries(map).map(([files, banned]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: banned.map((name) =>
            /^[a-z-]+$/.test(name) &&
            !['background', 'content', 'popup', 'library', 'components', 'hooks'].includes(name)
              ? { group: [name, `${name}/*`], message: `${files} may not import ${name}.` }
              : {
                  group: [`**/${name}/*`, `**/${name}/**`, `@/${name}/**`, `@/utils/${name}/**`],
                  message: `${files} may not import the ${name} room.`,
                },
          ),
        },
      ],
    },
  }));
}

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
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt/*', '#imports', '@webext-core/*', 'dexie', 'react', 'react-dom'] },
      ],
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
  // Rooms by execution context (DarkReader's zones): each says which other rooms it may not reach, so code of one
  // context cannot pull another's weight (a DOM library into the content script, React into the background).
  ...zones({
    'utils/content/**': [
      'background',
      'popup',
      'library',
      'components',
      'hooks',
      'react',
      'react-dom',
      'dexie',
      'linkedom',
    ],
    'entrypoints/clean.content/**': [
      'background',
      'popup',
      'library',
      'components',
      'hooks',
      'react',
      'react-dom',
      'dexie',
      'linkedom',
    ],
    'utils/background/**': ['content', 'popup', 'components', 'hooks', 'react', 'react-dom'],
    'entrypoints/background.ts': ['content', 'popup', 'components', 'hooks', 'react', 'react-dom'],
    'utils/popup/**': ['background', 'content', 'linkedom'],
    'utils/storage/**': ['background', 'content', 'popup', 'components', 'hooks', 'react', 'dexie', 'linkedom'],
    'utils/messaging/**': ['background', 'content', 'popup', 'components', 'hooks', 'react', 'dexie', 'linkedom'],
    // Sync runs beside the library (extension pages, background): never in a web page or in React.
    'utils/sync/**': ['content', 'popup', 'components', 'hooks', 'react', 'react-dom', 'linkedom'],
    // Highlights: anchoring is plain DOM and text; storage goes through the library's db.
    'utils/highlights/**': ['background', 'content', 'popup', 'components', 'hooks', 'react', 'react-dom', 'linkedom'],
    'components/**': ['background', 'content', 'linkedom'],
    'hooks/**': ['background', 'content', 'library', 'linkedom'],
  }),
  {
    // Only the ArticleBody component may set HTML, and only sanitised HTML.
    files: ['**/*.{ts,tsx}'],
    ignores: ['components/ArticleBody.tsx', 'utils/article/**', 'tests/**', 'scripts/**'],
    rules: {
      'no-restricted-properties': ['error', { property: 'innerHTML' }, { property: 'outerHTML' }],
    },
  },
);
