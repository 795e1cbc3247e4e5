/**
 * What an exported cell holds, and how it is written safely: text that a spreadsheet would read as a
 * formula is neutralised, and CSV fields are quoted per RFC 4180. Pure.
 */

/** A cell: text, a count, or empty. */
export type Cell = string | number | null;

/** Excel on Windows reads a CSV as UTF-8 only when it starts with this mark. */
export const CSV_BOM = '\uFEFF';

/** Characters a spreadsheet treats as the start of a formula (or of a DDE payload): = + - @, tab and CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text starting like a formula gets a leading apostrophe, so Excel, WPS and LibreOffice show it as
 * text instead of evaluating it (OWASP "CSV injection"). Numbers are left alone: they are values.
 */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(cell: Cell): string {
  const v = neutralise(cell);
  if (v === null) return '';
  const text = String(v);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}
