import { base64ToBytes } from './base64';
import { ImportFileError, type ImportCandidate, type ParsedImport } from './import-types';
import { normalizeTags } from '../write/normalize-tags';
import { pickImages } from '../write/pick-images';
import { SCHEMA_VERSION } from '../db/schema';
import { SIFT_FORMAT } from './sift-json';
import { readSiteRules } from './site-rules-transfer';
import { InvalidRecordError, validateDraft } from '../write/validate-draft';
import { checkHighlight } from '../../highlights/store';
import type { SiftJsonHighlight } from './sift-json';

/** A Sift JSON library file: every article checked field by field; images decoded and held to the caps. */
export function parseSiftJson(text: string, now = Date.now()): ParsedImport {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(
      `The file is not valid JSON (${(error as Error).message.slice(0, 120)}): truncated or damaged?`,
    );
  }
  const f = file as { format?: unknown; schemaVersion?: unknown; articles?: unknown; siteRules?: unknown };
  if (!f || typeof f !== 'object' || f.format !== SIFT_FORMAT)
    throw new ImportFileError('This JSON file is not a Sift library export.');
  if (typeof f.schemaVersion !== 'number' || f.schemaVersion > SCHEMA_VERSION) {
    throw new ImportFileError(
      `The file comes from a newer Sift (schema ${String(f.schemaVersion)}); update Sift to import it.`,
    );
  }
  if (!Array.isArray(f.articles)) throw new ImportFileError('The file has no list of articles.');
  const result: ParsedImport = { candidates: [], refused: [], siteRules: readSiteRules(f.siteRules) };
  f.articles.forEach((entry: unknown, k: number) => {
    const title = typeof (entry as { title?: unknown })?.title === 'string' ? (entry as { title: string }).title : '';
    const item = `article ${k + 1}: ${title.slice(0, 100)}`;
    try {
      result.candidates.push(toCandidate(entry, item, now));
    } catch (error) {
      if (!(error instanceof InvalidRecordError)) throw error;
      result.refused.push({ item, reason: error.message });
    }
  });
  return result;
}

function toCandidate(entry: unknown, label: string, now: number): ImportCandidate {
  const draft = validateDraft(entry);
  const e = entry as Record<string, unknown>;
  const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : now);
  const progress =
    typeof e.progress === 'number' && Number.isFinite(e.progress) ? Math.min(1, Math.max(0, e.progress)) : 0;
  const savedAt = time(e.savedAt);
  const { html, text, figures, images: shown, partial, ...meta } = draft;
  return {
    label,
    ...(typeof e.id === 'string' && /^[\w-]{1,64}$/.test(e.id) ? { id: e.id } : {}),
    row: {
      ...meta,
      ...(partial ? { partial } : {}),
      tags: normalizeTags(Array.isArray(e.tags) ? e.tags : []),
      read: e.read === true ? 1 : 0,
      progress,
      savedAt,
      updatedAt: Math.max(savedAt, time(e.updatedAt)),
    },
    body: { html, text, figures, images: shown },
    images: pickImages(shown, decodeImages(e.storedImages)),
    highlights: decodeHighlights(e.highlights, now),
  };
}

/** Each highlight checked like one the toolbar made; its id kept when it has the shape of one, so a round trip is equal. */
function decodeHighlights(value: unknown, now: number): SiftJsonHighlight[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidRecordError('highlights is not a list');
  const seen = new Set<string>();
  return value.map((entry: unknown) => {
    const h = entry as { id?: unknown; createdAt?: unknown; updatedAt?: unknown };
    const checked = checkHighlight(entry);
    const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : now);
    let id = typeof h?.id === 'string' && /^[\w-]{1,64}$/.test(h.id) ? h.id : '';
    if (!id || seen.has(id)) id = `h${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
    seen.add(id);
    const createdAt = time(h?.createdAt);
    return { id, ...checked, createdAt, updatedAt: Math.max(createdAt, time(h?.updatedAt)) };
  });
}

function decodeImages(value: unknown): Map<string, Blob> {
  const images = new Map<string, Blob>();
  if (value === undefined) return images;
  if (!Array.isArray(value)) throw new InvalidRecordError('storedImages is not a list');
  for (const img of value as { url?: unknown; type?: unknown; data?: unknown }[]) {
    if (typeof img?.url !== 'string' || typeof img.type !== 'string' || typeof img.data !== 'string') {
      throw new InvalidRecordError('a stored image lacks url, type or data');
    }
    const bytes = base64ToBytes(img.data);
    if (!bytes) throw new InvalidRecordError(`the image ${img.url.slice(0, 100)} is not valid base64`);
    images.set(img.url, new Blob([bytes], { type: img.type }));
  }
  return images;
}
