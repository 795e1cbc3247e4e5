/** Reading exported files back in tests: xlsx through exceljs, CSV by RFC 4180. */
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

/** Every row of the first sheet, cells 1…n of each (an empty cell: null). */
export async function readXlsx(bytes: Buffer | ArrayBuffer): Promise<Cell[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((bytes instanceof ArrayBuffer ? Buffer.from(bytes) : bytes) as never);
  const sheet = book.worksheets[0]!;
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(Array.from(values, (v) => (v === undefined || v === null ? null : (v as Cell))));
  });
  return rows;
}

/** Records of a CSV text (BOM removed by the caller or kept in the first field). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** Trailing empty cells dropped, as exceljs leaves them out of a row. */
export const trimRow = (r: Cell[]): Cell[] => {
  const out = [...r];
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
  return out;
};
