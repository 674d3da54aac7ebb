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
  // Modern targets keep CSS nesting: the early stylesheet states its gate once, not on each of 13,000 selectors.
  vite: () => ({ build: { cssTarget: ['chrome120', 'firefox128'], sourcemap: process.env.SIFT_SOURCEMAP === '1' } }),
  manifest: ({ browser }) => ({
    // Localised from public/_locales (English is the default).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Rendered from assets/icon.svg by scripts/icons/make-icons.sh; the toolbar turns grey where Sift is off
    // (utils/background/site-icon.ts). Firefox's MV2 key is named here: WXT adds the popup to it, and its own
    // action → browser_action rename is skipped once the popup has made that key.
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' },
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_icon: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' },
      default_title: '__MSG_ext_name__',
    },
    // Each permission is explained in README.md ("Permissions").
    // Chrome's service worker has no DOM: its sanitiser runs in an offscreen document (utils/background/sanitize-html.ts).
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      // Sync in the background while no library page is open (only while sync is on); see README.
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The content script's own matches: Chrome counts them as host access already, Firefox needs them said so the
    // background can fetch an article's images (often on a CDN) to store them for offline reading.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmd_save__',
      },
      'open-library': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_savelink_cmd_library__',
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
