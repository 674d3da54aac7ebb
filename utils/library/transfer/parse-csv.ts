export interface CsvRow {
  /** 1-based line where the row starts, for the report. */
  line: number;
  cells: string[];
  /** Set when the row ends inside a quoted cell (a truncated file). */
  unterminated?: boolean;
}

/** RFC 4180 CSV: quoted cells with "" escapes and line breaks, CRLF or LF; blank lines skipped. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else cell += c;
  }
  if (quoted) {
    cells.push(cell);
    rows.push({ line: rowLine, cells, unterminated: true });
  } else if (cell !== '' || cells.length) endRow();
  return rows;
}
