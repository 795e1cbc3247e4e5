/**
 * Writes a sheet to a stream as its rows arrive: CSV (UTF-8 with BOM, CRLF) or xlsx through
 * exceljs's streaming workbook writer. Each page waits until the stream has taken the last one.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CSV_BOM, csvLine, neutralise, type Cell } from './cells';
import type { ExportFormat } from './request';

export interface SheetWriter {
  /** The title rows, then the header row. */
  begin(preamble: string[], headers: string[], widths: (number | undefined)[]): Promise<void>;
  rows(rows: Cell[][]): Promise<void>;
  end(): Promise<void>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), once(out, 'close')]);
}

export function csvWriter(out: Writable): SheetWriter {
  const write = async (text: string) => {
    out.write(text);
    await drained(out);
  };
  return {
    begin: (preamble, headers) => write(CSV_BOM + [...preamble.map((t) => [t]), headers].map(csvLine).join('')),
    rows: (rows) => write(rows.map(csvLine).join('')),
    end: async () => {
      out.end();
    },
  };
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export function xlsxWriter(out: Writable): SheetWriter {
  // No shared strings: they would keep every text of the file in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  let sheet: ExcelJS.Worksheet;
  return {
    async begin(preamble, headers, widths) {
      sheet = workbook.addWorksheet(sheetName(preamble[0] ?? 'Sheet1'), { views: [{ state: 'frozen', ySplit: preamble.length + 1 }] });
      sheet.columns = widths.map((width) => ({ width: width ?? 12 }));
      preamble.forEach((text, i) => {
        const row = sheet.addRow([neutralise(text)]);
        row.font = i === 0 ? { bold: true, size: 14 } : { color: { argb: 'FF606266' } };
        row.commit();
      });
      const head = sheet.addRow(headers);
      head.font = { bold: true };
      head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F2F5' } }));
      head.commit();
      await drained(out);
    },
    async rows(rows) {
      for (const cells of rows) sheet.addRow(cells.map(neutralise)).commit();
      await drained(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

export const sheetWriter = (format: ExportFormat, out: Writable): SheetWriter => (format === 'xlsx' ? xlsxWriter(out) : csvWriter(out));
