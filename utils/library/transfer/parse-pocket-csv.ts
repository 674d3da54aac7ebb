import { ImportFileError, linkRow, type ParsedImport } from './import-types';
import { normalizeTags } from '../write/normalize-tags';
import { parseCsv } from './parse-csv';
import { cleanUrl } from '../write/validate-draft';

const REQUIRED = ['url'];

/** Pocket's export: title,url,time_added,tags,status (tags joined by "|", status "unread" or "archive"). */
export function parsePocketCsv(text: string, now = Date.now()): ParsedImport {
  const [header, ...rows] = parseCsv(text);
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  for (const name of REQUIRED) {
    if (!columns.includes(name))
      throw new ImportFileError(
        `The CSV has no "${name}" column (Pocket's export has title,url,time_added,tags,status).`,
      );
  }
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  const result: ParsedImport = { candidates: [], refused: [] };
  for (const { line, cells, unterminated } of rows) {
    const item = `line ${line}: ${(at(cells, 'title') || at(cells, 'url')).slice(0, 100)}`;
    const refuse = (reason: string) => result.refused.push({ item, reason });
    if (unterminated) {
      refuse('the row ends inside a quoted cell (truncated file?)');
      continue;
    }
    if (cells.length !== columns.length) {
      refuse(`${cells.length} cells where the header has ${columns.length}`);
      continue;
    }
    const url = cleanUrl(at(cells, 'url'));
    if (!url) {
      refuse(`"${at(cells, 'url').slice(0, 100)}" is not an http(s) URL`);
      continue;
    }
    const added = at(cells, 'time_added').trim();
    const seconds = added === '' ? now / 1000 : Number(added);
    if (!Number.isFinite(seconds) || seconds < 0 || seconds > 32503680000) {
      refuse(`time_added "${added.slice(0, 40)}" is not a time in seconds`);
      continue;
    }
    const status = at(cells, 'status').trim().toLowerCase();
    if (status && status !== 'unread' && status !== 'archive') {
      refuse(`status "${status.slice(0, 40)}" is neither unread nor archive`);
      continue;
    }
    const title = at(cells, 'title').replace(/\s+/g, ' ').trim().slice(0, 1000) || new URL(url).hostname;
    const tags = normalizeTags(at(cells, 'tags').split('|'));
    result.candidates.push({
      label: item,
      row: linkRow(url, title, Math.round(seconds * 1000), tags, status === 'archive'),
      body: null,
      images: new Map(),
    });
  }
  return result;
}
