/** How the console names a downloaded export and words a refused one. Pure (no browser APIs). */
import { messageFor } from '../../shared/graphql';

export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: '导出 Excel' },
  { format: 'csv', label: '导出 CSV' },
];

/** The gateway's address of a list's file. */
export const exportPath = (list: string, format: ExportFormat): string => `/export/${encodeURIComponent(list)}.${format}`;

/**
 * The file name the gateway gives (`filename*=UTF-8''县级办件-2026-09-30.xlsx`), else its plain
 * `filename="…"`, else the fallback.
 */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition ?? '')?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // A malformed name: the plain one below.
    }
  }
  return /filename="([^"]+)"/i.exec(contentDisposition ?? '')?.[1] ?? fallback;
}

/** Codes only exports answer with, in the clerk's words; the graph's own codes read as everywhere else. */
const EXPORT_MESSAGES: Record<string, string> = {
  EXPORT_UNKNOWN_LIST: '该列表暂不支持导出。',
  EXPORT_BAD_FORMAT: '导出格式应为 Excel 或 CSV。',
  EXPORT_VARIABLES_TOO_LARGE: '查询条件过长，请精简后再导出。',
  EXPORT_TOO_MANY_ROWS: '导出条数过多，请缩小查询条件后再导出。',
  BAD_REQUEST: '导出请求有误，请刷新页面后重试。',
  BAD_USER_INPUT: '查询条件有误，请检查后再导出。',
};

/** What to tell the clerk about a refused export, by the answer's code. */
export function exportProblem(code: string | null | undefined): string {
  const c = code ?? 'INTERNAL_SERVER_ERROR';
  return `导出失败：${EXPORT_MESSAGES[c] ?? messageFor(c)}`;
}
