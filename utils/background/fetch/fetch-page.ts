// Fetches one imported page's HTML for extraction: only http(s), only HTML, under a size cap, with a timeout, and
// with the reader's cookies only when they opted in. Every way it can fail is named (failure.ts).
import { failure, type FetchFailure } from '../../storage/fetch-failure';

export interface FetchPageOptions {
  fetch?: typeof globalThis.fetch;
  /** Send the reader's cookies for the site (their opt-in); 'omit' otherwise. */
  cookies?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  /** Pause or cancel: the fetch stops and the caller sees the abort, not a failure. */
  signal?: AbortSignal;
  /** Whether the browser thinks it is online (navigator.onLine); tells "offline" from "unreachable". */
  online?: () => boolean;
}

export type FetchedPage =
  { ok: true; html: string; url: string; contentType: string } | { ok: false; failure: FetchFailure };

export const PAGE_TIMEOUT_MS = 20_000;
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** Rejects only when `signal` aborted (the queue was paused or cancelled); any other problem is a failure. */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const { fetch = globalThis.fetch, timeoutMs = PAGE_TIMEOUT_MS, maxBytes = MAX_PAGE_BYTES, signal } = options;
  const online = options.online ?? (() => globalThis.navigator?.onLine !== false);
  if (!/^https?:\/\//i.test(url)) return { ok: false, failure: failure('other', 'not an http(s) address') };
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, {
      credentials: options.cookies ? 'include' : 'omit',
      redirect: 'follow',
      signal: both,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
    if (!response.ok) return { ok: false, failure: failure('http', String(response.status)) };
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
    const mime = contentType.split(';')[0]!.trim();
    if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml')
      return { ok: false, failure: failure('not-html', mime) };
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes)
      return { ok: false, failure: failure('too-large') };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) return { ok: false, failure: failure('too-large') };
    return {
      ok: true,
      html: decodeHtml(bytes, contentType),
      url: response.url || url,
      contentType: mime || 'text/html',
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) return { ok: false, failure: failure('timeout') };
    return { ok: false, failure: failure(online() ? 'unreachable' : 'offline') };
  }
}

/**
 * The page's text in its own encoding: the header's charset, else a <meta> charset in the first bytes, else UTF-8
 * (response.text() always assumes UTF-8, which garbles Shift_JIS, GBK or Latin-1 pages).
 */
export function decodeHtml(bytes: Uint8Array, contentType = ''): string {
  let charset = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!charset) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
    charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
