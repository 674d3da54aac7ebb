// Where the reader left pages they read in the popup or its full tab without saving them, by canonical URL. Saved
// articles keep their place in the library row as well (utils/popup/saved-entry.ts), so the library resumes there.
import { storage } from 'wxt/utils/storage';

type Positions = Record<string, { progress: number; at: number }>;

/** Enough for a few weeks of reading; the oldest go first. */
export const MAX_POSITIONS = 200;

const item = storage.defineItem<Positions>('local:readingPositions', { fallback: {} });

const valid = (p: unknown): p is { progress: number; at: number } =>
  typeof p === 'object' && p !== null && Number.isFinite((p as { progress: unknown }).progress);

export async function loadPosition(url: string): Promise<number> {
  const found = (await item.getValue())[url];
  return valid(found) ? Math.min(1, Math.max(0, found.progress)) : 0;
}

/** Stores a place (0-1), keeping only the MAX_POSITIONS most recent pages. */
export async function savePosition(url: string, progress: number, now = Date.now()): Promise<void> {
  if (!Number.isFinite(progress)) return;
  const all = await item.getValue();
  all[url] = { progress: Math.min(1, Math.max(0, progress)), at: now };
  const kept = Object.entries(all)
    .filter(([, p]) => valid(p))
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_POSITIONS);
  await item.setValue(Object.fromEntries(kept));
}
