/**
 * What an export request asks for — POST /export/<list>.<xlsx|csv> with `{ "variables": { … } }` —
 * checked before anything is read: an unknown list, another format, a body that is not JSON,
 * variables too large or not the list's come back as a refusal with a stable code. Pure.
 */
import type { ExportList } from './definition';
import { EXPORT_LISTS } from './registry';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportRequest {
  list: ExportList;
  format: ExportFormat;
  variables: unknown;
}

/** The codes exports refuse with beside the graph's own (README's error codes). */
export type ExportErrorCode = 'EXPORT_UNKNOWN_LIST' | 'EXPORT_BAD_FORMAT' | 'EXPORT_VARIABLES_TOO_LARGE' | 'EXPORT_TOO_MANY_ROWS' | 'BAD_REQUEST' | 'BAD_USER_INPUT';

export class ExportRefusal extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const EXPORT_PATH = /^\/export\/([^/]*)$/;
/** Filters and a period fit in far less; anything longer is not a list's variables. */
export const MAX_BODY_BYTES = 8 * 1024;

/** The list and format named by the path (`/export/county-cases.xlsx`). */
export function parseTarget(pathname: string, lists: ReadonlyMap<string, ExportList> = EXPORT_LISTS): { list: ExportList; format: ExportFormat } {
  const file = EXPORT_PATH.exec(pathname)?.[1] ?? '';
  const dot = file.lastIndexOf('.');
  const name = dot < 0 ? file : file.slice(0, dot);
  const format = dot < 0 ? '' : file.slice(dot + 1);
  const list = lists.get(name);
  if (!list) throw new ExportRefusal('EXPORT_UNKNOWN_LIST', `没有可导出的列表：${name.slice(0, 60)} (unknown export list)`);
  if (format !== 'xlsx' && format !== 'csv') throw new ExportRefusal('EXPORT_BAD_FORMAT', `导出格式应为 xlsx 或 csv：${format.slice(0, 20)} (format must be xlsx or csv)`);
  return { list, format };
}

/** The list's variables from the body: `{ "variables": { … } }`, or an empty body for none. */
export function parseVariables(list: ExportList, body: string): unknown {
  if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) {
    throw new ExportRefusal('EXPORT_VARIABLES_TOO_LARGE', `导出条件过长（最多 ${MAX_BODY_BYTES} 字节） (variables too large)`);
  }
  let parsed: unknown = {};
  if (body.trim()) {
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new ExportRefusal('BAD_REQUEST', '请求内容不是有效的 JSON (Malformed JSON body)');
    }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ExportRefusal('BAD_USER_INPUT', '请求内容应为 { "variables": { … } } (body must be an object)');
  const extra = Object.keys(parsed).filter((k) => k !== 'variables');
  if (extra.length) throw new ExportRefusal('BAD_USER_INPUT', `请求内容只能含 variables：${extra.join(', ').slice(0, 60)} (unknown body field)`);
  const checked = list.variables.safeParse((parsed as { variables?: unknown }).variables ?? {});
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const where = issue.path.join('.') || 'variables';
    throw new ExportRefusal('BAD_USER_INPUT', `导出条件不正确：${where}：${issue.message} (bad export variables)`);
  }
  return checked.data;
}
