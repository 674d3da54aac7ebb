import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CouchClient, isAllowedUrl, type CouchConfig } from '../../../utils/sync/couch';
import { backoffMs, SyncError } from '../../../utils/sync/errors';
import { syncOnce, testConnection } from '../../../utils/sync/sync';
import { snapshot } from '../library/helpers';
import { startCouch, startProxy, type CouchServer, type FaultProxy } from './couch-server';
import { dropLibraries, library, remoteDb, remoteDocs, save } from './sync-helpers';

// Every fault of the issue, against the real server behind a proxy that answers badly on purpose: the error is
// said in words, the local library is exactly as before, and nothing half-done is left on the server.

let couch: CouchServer;
let proxy: FaultProxy;
beforeAll(async () => {
  couch = await startCouch();
  proxy = await startProxy(couch.url);
}, 60_000);
afterAll(async () => {
  await proxy?.stop();
  await couch?.stop();
});
beforeEach(() => void (proxy.fault = () => undefined));
afterEach(dropLibraries);

/** A remote with two articles from library A; B is an empty library about to pull through the proxy. */
async function setUp(): Promise<{ via: CouchConfig; remote: CouchConfig; b: Awaited<ReturnType<typeof library>> }> {
  const remote = await remoteDb(couch.url);
  const a = await library();
  await save(a, 1, { image: true });
  await save(a, 2);
  await syncOnce(a, remote);
  const b = await library();
  await save(b, 3);
  return { remote, via: { ...remote, url: proxy.url }, b };
}

async function failsWith(b: Awaited<ReturnType<typeof library>>, via: CouchConfig, kind: string, words: RegExp) {
  const before = await snapshot(b);
  const error = await syncOnce(b, via).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SyncError);
  expect(error).toMatchObject({ kind });
  expect((error as Error).message).toMatch(words);
  expect(await snapshot(b)).toEqual(before);
  return error as SyncError;
}

describe('sync faults', () => {
  it('says a refused login and a refused database in words', async () => {
    const { b, via } = await setUp();
    proxy.fault = () => ({
      kind: 'status',
      status: 401,
      body: '{"error":"unauthorized","reason":"Name or password is incorrect."}',
    });
    const auth = await failsWith(b, via, 'auth', /wrong user name or password/i);
    expect(auth.retryable).toBe(false);
    proxy.fault = () => ({ kind: 'status', status: 403, body: '{"error":"forbidden"}' });
    await failsWith(b, via, 'forbidden', /no access to this database/i);
    await expect(testConnection(via)).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('leaves the library untouched on a 5xx, an HTML page, malformed JSON or a dropped connection while pulling', async () => {
    const { b, via } = await setUp();
    proxy.fault = (r) =>
      r.url.includes('_bulk_get') ? { kind: 'status', status: 503, body: '{"error":"unavailable"}' } : undefined;
    expect((await failsWith(b, via, 'server', /server reported an error/i)).retryable).toBe(true);
    proxy.fault = (r) =>
      r.url.includes('_changes')
        ? { kind: 'status', status: 200, type: 'text/html', body: '<html><body>Log in</body></html>' }
        : undefined;
    await failsWith(b, via, 'html', /web page instead of data/i);
    proxy.fault = (r) => (r.url.includes('_bulk_get') ? { kind: 'corrupt' } : undefined);
    await failsWith(b, via, 'json', /could not be read/i);
    proxy.fault = (r) => (r.url.includes('_changes') ? { kind: 'drop' } : undefined);
    await failsWith(b, via, 'network', /could not be reached/i);
    // And with the faults gone, the same library syncs completely.
    proxy.fault = () => undefined;
    expect(await syncOnce(b, via)).toMatchObject({ pulled: 2, pushed: 1 });
  });

  it('reports a document over the server’s size limit in words', async () => {
    const { b, via, remote } = await setUp();
    await syncOnce(b, remote); // B pulled; now B's own article goes out and is refused as too large.
    await save(b, 4);
    proxy.fault = (r) =>
      r.url.includes('_bulk_docs')
        ? { kind: 'status', status: 413, body: '{"error":"document_too_large"}' }
        : undefined;
    await failsWith(b, via, 'too-large', /larger than the server accepts/i);
  });

  it('refuses a database of other documents before writing anything, on either side', async () => {
    const remote = await remoteDb(couch.url);
    await fetch(`${remote.url}/${remote.db}/invoice-17`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"total": 12}',
    });
    const b = await library();
    await save(b, 5);
    await failsWith(b, remote, 'foreign', /not Sift’s/);
    await expect(testConnection(remote)).rejects.toMatchObject({ kind: 'foreign' });
    expect((await remoteDocs(remote)).map((r) => r.id)).toEqual(['invoice-17']);
    expect(await b.syncDocs.count()).toBe(0);
  });

  it('refuses plain HTTP to anything but this machine, and backs off between automatic attempts', () => {
    expect(isAllowedUrl('https://couch.example')).toBe(true);
    expect(isAllowedUrl('http://127.0.0.1:5984')).toBe(true);
    expect(isAllowedUrl('http://localhost:5984')).toBe(true);
    expect(isAllowedUrl('http://couch.example')).toBe(false);
    expect(() => new CouchClient({ url: 'http://couch.example', db: 'x' })).toThrow(/https:\/\//);
    expect([0, 1, 2, 3, 20].map(backoffMs)).toEqual([0, 30_000, 60_000, 120_000, 3_600_000]);
  });
});
