import { defineConfig } from 'wxt';
import { buildFilterLists } from './scripts/filter-lists/build-filter-lists';

let listsBuilt = false;

// One source tree, two browsers: Chrome gets MV3, Firefox WXT's default MV2 (both tested in tests/e2e).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every import is written out, so a lazy import() stays lazy (auto-imports made the popup's static: issue 11).
  imports: false,
  // The filter lists are compiled into generated/filter-lists/ before every build (absent package: Sift's rules only).
  // WXT calls build:before once per entrypoint group: compile once per process.
  hooks: { 'build:before': () => void (listsBuilt ||= (buildFilterLists(), true)) },
  manifest: ({ browser }) => ({
    name: 'Sift',
    description: 'Makes news readable: hides ad and app-promo clutter, shows the article with its key figures, saves it for offline reading.',
    // Each permission is explained in README.md ("Permissions").
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting'],
    // The content script's own matches: Chrome counts them as host access already, Firefox needs them said so the
    // background can fetch an article's images (often on a CDN) to store them for offline reading.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the current page to Sift',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sift@sift.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
