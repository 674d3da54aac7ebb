// Why a page could not become an article, as a code the library page puts in the reader's words (t()), so the
// queue state stored in one UI language still reads right after the browser's language changes.

export type FailureCode =
  'http' | 'not-article' | 'offline' | 'timeout' | 'unreachable' | 'not-html' | 'too-large' | 'store' | 'other';

export interface FetchFailure {
  code: FailureCode;
  /** The status code for 'http', the content type for 'not-html', the error's words for 'store' and 'other'. */
  detail?: string;
}

export const failure = (code: FailureCode, detail?: string): FetchFailure =>
  detail === undefined ? { code } : { code, detail: detail.slice(0, 200) };
