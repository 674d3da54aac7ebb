import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { openLibrary, type LibraryDb } from '../../utils/library/db/db';
import { getArticle } from '../../utils/library/read/get-article';
import { saveArticle } from '../../utils/library/write/save-article';
import { articleToDoc, docIdOf } from '../../utils/sync/article-doc';
import type { CouchConfig } from '../../utils/sync/couch';
import { recordLocalChanges } from '../../utils/sync/local-changes';
import { syncOnce } from '../../utils/sync/sync';
import { startCouch } from '../../tests/unit/sync/couch-server';
import { draftFrom, loadBases } from './bench-library';

// `npm run bench -- sync`: the first sync of a library of corpus-sized articles with one image each, pushed from
// one library and pulled into an empty one through the CouchDB test server (express-pouchdb in memory), in Node
// over fake-indexeddb. Each direction is set against a baseline in the same run: the same documents written
// straight with one _bulk_docs per batch (push), and read straight with _changes + _bulk_get (pull).
// SIFT_SYNC_BENCH_COUNT changes the count (the figure is 10,000), SIFT_SYNC_BENCH_IMAGE the image bytes.

const COUNT = Number(process.env.SIFT_SYNC_BENCH_COUNT ?? 10_000);
const IMAGE_BYTES = Number(process.env.SIFT_SYNC_BENCH_IMAGE ?? 8_000);
const BATCH = 100;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function fill(db: LibraryDb): Promise<void> {
  const bases = loadBases();
  if (!bases) throw new Error('no corpus');
  for (let i = 0; i < COUNT; i++) {
    const draft = draftFrom(bases, i);
    const src = `https://img.example/${i}.png`;
    draft.html = `<figure><img src="${src}"></figure>${draft.html}`;
    draft.images = [src];
    const bytes = new Uint8Array(IMAGE_BYTES).map((_, k) => (k * 31 + i) % 251);
    const images = new Map([[src, new Blob([bytes], { type: 'image/png' })]]);
    await saveArticle(db, draft, { sanitize: (html) => html, images, now: 1_700_000_000_000 + i });
  }
}

async function fetchCounting(
  stats: { requests: number; bytesIn: number; bytesOut: number },
  url: string,
  init?: RequestInit,
) {
  stats.requests++;
  stats.bytesOut += typeof init?.body === 'string' ? init.body.length : 0;
  const text = await (await fetch(url, init)).text();
  stats.bytesIn += text.length;
  return JSON.parse(text) as unknown;
}

/** The same documents written straight to a fresh database, one _bulk_docs (new edits) per batch. */
async function pushBaseline(db: LibraryDb, remote: CouchConfig) {
  const stats = { requests: 0, bytesIn: 0, bytesOut: 0 };
  const ids = (await db.articles.toCollection().primaryKeys()) as string[];
  const start = performance.now();
  for (let k = 0; k < ids.length; k += BATCH) {
    const docs = [];
    for (const id of ids.slice(k, k + BATCH)) {
      const article = (await getArticle(db, id))!;
      docs.push({ _id: docIdOf(id), ...(await articleToDoc(article, { readAt: 0, progressAt: 0 })) });
    }
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ docs }) };
    await fetchCounting(stats, `${remote.url}/${remote.db}/_bulk_docs`, init);
  }
  return { ms: performance.now() - start, ...stats };
}

/** Every document of the database read straight: _changes pages and one _bulk_get per page, nothing written. */
async function pullBaseline(remote: CouchConfig) {
  const stats = { requests: 0, bytesIn: 0, bytesOut: 0 };
  const start = performance.now();
  let since: unknown = 0;
  for (;;) {
    const page = (await fetchCounting(stats, `${remote.url}/${remote.db}/_changes?since=${since}&limit=${BATCH}`)) as {
      results: { id: string; changes: { rev: string }[] }[];
      last_seq: unknown;
    };
    const docs = page.results.map((r) => ({ id: r.id, rev: r.changes[0]!.rev }));
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ docs }) };
    if (docs.length)
      await fetchCounting(stats, `${remote.url}/${remote.db}/_bulk_get?revs=true&attachments=true`, init);
    since = page.last_seq;
    if (page.results.length < BATCH) break;
  }
  return { ms: performance.now() - start, ...stats };
}

async function newDb(url: string, name: string): Promise<CouchConfig> {
  const answer = await fetch(`${url}/${name}`, { method: 'PUT' });
  if (!answer.ok) throw new Error(`PUT ${name}: ${answer.status}`);
  return { url, db: name };
}

function line(what: string, run: { ms: number; requests: number; bytesIn: number; bytesOut: number }, base?: number) {
  const ratio = base ? `  ×${(run.ms / base).toFixed(2)} of baseline` : '';
  const bytes = `${mb(run.bytesOut)} out, ${mb(run.bytesIn)} in`;
  console.log(`  ${what.padEnd(28)} ${seconds(run.ms).padStart(8)}  ${run.requests} requests, ${bytes}${ratio}`);
}

export async function run(): Promise<void> {
  if (!loadBases()) return;
  const couch = await startCouch();
  const [a, b] = [await openLibrary('sift-bench-sync-a'), await openLibrary('sift-bench-sync-b')];
  try {
    let t0 = performance.now();
    await fill(a);
    console.log(
      `  ${COUNT} articles with one ${IMAGE_BYTES}-byte image each, filled in ${seconds(performance.now() - t0)}`,
    );
    const base = await pushBaseline(a, await newDb(couch.url, 'baseline'));
    const pullBase = await pullBaseline({ url: couch.url, db: 'baseline' });
    const remote = await newDb(couch.url, 'sift');
    t0 = performance.now();
    const pushed = await syncOnce(a, remote);
    const push = { ...pushed, ms: performance.now() - t0 };
    t0 = performance.now();
    const pulled = await syncOnce(b, remote);
    const pull = { ...pulled, ms: performance.now() - t0 };
    t0 = performance.now();
    const idle = await syncOnce(a, remote);
    const idleMs = performance.now() - t0;
    t0 = performance.now();
    await recordLocalChanges(b);
    const scanMs = performance.now() - t0;
    line('push baseline (_bulk_docs)', base);
    line(`push (sync, ${push.pushed} docs)`, push, base.ms);
    line('pull baseline (_bulk_get)', pullBase);
    line(`pull (sync, ${pull.pulled} docs)`, pull, pullBase.ms);
    line('idle round, nothing new', { ...idle, ms: idleMs });
    console.log(
      `  local-change pass after the pull: ${seconds(scanMs)}; libraries equal: ${
        (await a.articles.count()) === (await b.articles.count())
      }`,
    );
  } finally {
    for (const db of [a, b]) {
      db.close();
      await Dexie.delete(db.name);
    }
    await couch.stop();
  }
}
