// The popup's reading place goes to the background over a port: a closing popup is torn down before its own
// storage or IndexedDB writes finish (closing right after scrolling lost the place), but a message posted on a
// port before the close is delivered, and the background finishes the write.

export const PLACE_PORT = 'sift-reading-place';

export interface PlaceMessage {
  /** The article's canonical URL. */
  url: string;
  /** The library row when the page is saved (its progress is updated too). */
  savedId: string | null;
  progress: number;
}

export function isPlaceMessage(value: unknown): value is PlaceMessage {
  const m = value as PlaceMessage;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.url === 'string' &&
    m.url.length < 4096 &&
    (m.savedId === null || typeof m.savedId === 'string') &&
    Number.isFinite(m.progress)
  );
}
