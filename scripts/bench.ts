// `npm run bench`: quality and speed, each printed as a ratio against plain Readability (or the published
// anchors) measured in the same run. Sections run in order; `npm run bench -- figures` runs one.
const sections: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  sizes: () => import('./bench/sizes.ts'),
  extraction: () => import('./bench/extraction.ts'),
  // NewsQuant sentences, then the panel against the editor picks.
  figures: async () => {
    const [quant, editor] = await Promise.all([import('./bench/figures.ts'), import('./bench/figures-editor.ts')]);
    return { run: async () => (await quant.run(), await editor.run()) };
  },
  'clean-chromium': () => import('./bench/clean-chromium.ts'),
  'pathological-chromium': () => import('./bench/pathological-chromium.ts'),
  'library-chromium': () => import('./bench/library-chromium.ts'),
  'popup-chromium': () => import('./bench/popup-chromium.ts'),
  'export-chromium': () => import('./bench/export-chromium.ts'),
  'fetch-imports-chromium': () => import('./bench/fetch-imports-chromium.ts'),
  // Not a Chromium bench: two libraries over fake-indexeddb in Node and the CouchDB test server.
  sync: () => import('./bench/sync.ts'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  await (await load()).run();
}
