/** The rows a sheet starts with — title, period, time of export — and a row's cells by the list's columns. Pure. */
import type { Cell } from './cells';
import type { ExportList, Reader } from './definition';
import { beijingSecond } from './time';

/** The title, the period when the list has one, and 导出时间 (Beijing time), one cell each. */
export function preamble<V>(list: ExportList<V>, variables: V, at: Date): string[] {
  const p = list.period?.(variables);
  return [list.title, ...(p ? [`统计期间：${p.from || '不限'} 至 ${p.to || '不限'}`] : []), `导出时间：${beijingSecond(at)}`];
}

export const headers = (list: ExportList): string[] => list.columns.map((c) => c.header);

export function cells<R>(list: ExportList<unknown, R>, row: R, reader: Reader): Cell[] {
  return list.columns.map((c) => c.cell(row, reader) ?? null);
}
