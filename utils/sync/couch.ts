import { bytesToBase64 } from '../library/transfer/base64';
import { SyncError, statusError } from './errors';

// The HTTP side of CouchDB's replication protocol, fetch injected (tests put a fault proxy or a fake in front).
// Every response is checked before it is believed: status, then that it is JSON at all (a proxy's HTML error page
// is not), then its shape where the caller reads it.

export interface CouchConfig {
  /** Server root, e.g. https://couch.example:6984 */
  url: string;
  db: string;
  user?: string;
  password?: string;
  fetch?: typeof fetch;
}

export interface Change {
  seq: string | number;
  id: string;
  changes: { rev: string }[];
  deleted?: boolean;
}

export interface ChangesPage {
  results: Change[];
  last_seq: string | number;
}

export type Doc = Record<string, unknown> & { _id: string; _rev?: string };

type Query = Record<string, string | number | boolean | undefined>;

/** HTTPS, or plain HTTP to this machine only: credentials never cross a network in clear text. */
export function isAllowedUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:') return true;
    return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

export class CouchClient {
  private readonly base: string;
  private readonly fetch: typeof fetch;
  private readonly auth: string | null;
  /** null until the first _bulk_get answers; false once the server has said it does not have it. */
  bulkGetSupported: boolean | null = null;
  /** Requests and bytes, for the status line and the bench. */
  readonly stats = { requests: 0, bytesIn: 0, bytesOut: 0 };

  constructor(config: CouchConfig) {
    if (!isAllowedUrl(config.url)) throw new SyncError('insecure', config.url);
    this.base = `${config.url.replace(/\/+$/, '')}/${encodeURIComponent(config.db)}`;
    this.fetch = config.fetch ?? ((...args) => globalThis.fetch(...args));
    this.auth = config.user
      ? `Basic ${bytesToBase64(new TextEncoder().encode(`${config.user}:${config.password ?? ''}`))}`
      : null;
  }

  /** One request; resolves to parsed JSON, or to null on 404 when `missingOk`. */
  async request<T>(
    method: string,
    path: string,
    opts: { query?: Query; body?: unknown; signal?: AbortSignal; missingOk?: boolean } = {},
  ): Promise<T> {
    const url = new URL(this.base + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.auth) headers.Authorization = this.auth;
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    if (body) headers['Content-Type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      this.stats.requests++;
      this.stats.bytesOut += body?.length ?? 0;
      response = await this.fetch(url.href, { method, headers, body, signal: opts.signal });
      text = await response.text();
      this.stats.bytesIn += text.length;
    } catch (error) {
      if (opts.signal?.aborted) throw new SyncError('cancelled', '', { cause: error });
      throw new SyncError('network', String((error as Error)?.message ?? error), { cause: error });
    }
    if (response.status === 404 && opts.missingOk) return null as T;
    const parsed = parseJson(text, response.headers.get('content-type'));
    if (!response.ok) {
      const reason = parsed.ok ? describe(parsed.value) : '';
      throw statusError(response.status, reason);
    }
    if (!parsed.ok) throw new SyncError(parsed.html ? 'html' : 'json', text.slice(0, 200));
    return parsed.value as T;
  }

  dbInfo(signal?: AbortSignal) {
    return this.request<{ db_name: string; doc_count: number; update_seq: unknown }>('GET', '', { signal });
  }

  getDoc(id: string, signal?: AbortSignal) {
    return this.request<Doc | null>('GET', `/${docPath(id)}`, { signal, missingOk: true });
  }

  putDoc(doc: Doc, signal?: AbortSignal) {
    return this.request<{ ok: boolean; rev: string }>('PUT', `/${docPath(doc._id)}`, { body: doc, signal });
  }

  changes(
    query: { since: string | number; limit?: number; feed?: 'normal' | 'longpoll'; timeout?: number },
    signal?: AbortSignal,
  ) {
    return this.request<ChangesPage>('GET', '/_changes', { query: { style: 'all_docs', ...query }, signal });
  }

  revsDiff(revs: Record<string, string[]>, signal?: AbortSignal) {
    return this.request<Record<string, { missing?: string[] }>>('POST', '/_revs_diff', { body: revs, signal });
  }

  /** Writes revisions as they are (new_edits:false): the server adds them to its trees, conflicts included. */
  async bulkDocs(docs: Doc[], signal?: AbortSignal): Promise<void> {
    const results = await this.request<{ id: string; error?: string; reason?: string }[]>('POST', '/_bulk_docs', {
      body: { docs, new_edits: false },
      signal,
    });
    const failed = (Array.isArray(results) ? results : []).find((r) => r.error);
    if (failed?.error === 'forbidden' || failed?.error === 'unauthorized')
      throw new SyncError('forbidden', failed.reason);
    if (failed?.error === 'too_large' || failed?.error === 'document_too_large')
      throw new SyncError('too-large', failed.id);
    if (failed) throw new SyncError('server', `${failed.id}: ${failed.error} ${failed.reason ?? ''}`);
  }

  /**
   * The named revisions with their histories and inline attachments: one _bulk_get where the server has it,
   * else one GET ?open_revs per document (CouchDB before 2.0 and some compatible servers).
   */
  async getRevs(wanted: { id: string; rev: string }[], signal?: AbortSignal): Promise<Doc[]> {
    const query = { revs: true, attachments: true, latest: true };
    if (this.bulkGetSupported !== false) {
      try {
        const page = await this.request<{ results: { docs: { ok?: Doc }[] }[] }>('POST', '/_bulk_get', {
          query,
          body: { docs: wanted },
          signal,
        });
        this.bulkGetSupported = true;
        return page.results.flatMap((r) => r.docs.flatMap((d) => (d.ok ? [d.ok] : [])));
      } catch (error) {
        // A server without _bulk_get says so with 404, 405 or 501; a 5xx otherwise is a fault, not an answer.
        const unsupported = error instanceof SyncError && [404, 405, 501].includes(error.status ?? 0);
        if (!unsupported || this.bulkGetSupported) throw error;
        this.bulkGetSupported = false;
      }
    }
    const byId = new Map<string, string[]>();
    for (const { id, rev } of wanted) byId.set(id, [...(byId.get(id) ?? []), rev]);
    const docs: Doc[] = [];
    for (const [id, revs] of byId) {
      const found = await this.request<{ ok?: Doc }[]>('GET', `/${docPath(id)}`, {
        query: { ...query, open_revs: JSON.stringify(revs) },
        signal,
      });
      docs.push(...found.flatMap((d) => (d.ok ? [d.ok] : [])));
    }
    return docs;
  }
}

function docPath(id: string): string {
  for (const prefix of ['_local/', '_design/']) {
    if (id.startsWith(prefix)) return prefix + encodeURIComponent(id.slice(prefix.length));
  }
  return encodeURIComponent(id);
}

function parseJson(text: string, type: string | null): { ok: true; value: unknown } | { ok: false; html: boolean } {
  const html = /text\/html/i.test(type ?? '') || /^\s*</.test(text);
  if (html) return { ok: false, html: true };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, html: false };
  }
}

function describe(value: unknown): string {
  const v = value as { error?: string; reason?: string } | null;
  return [v?.error, v?.reason].filter(Boolean).join(': ');
}
