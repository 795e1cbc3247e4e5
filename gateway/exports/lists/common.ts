/** Pieces the lists share: the shapes of their variables and reading a page out of an answer. */
import { z } from 'zod';

export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const id = z.string().min(1).max(64);
export const text = z.string().max(100);
export const warningLevels = z.array(z.enum(['GREEN', 'YELLOW', 'RED'])).max(3);
export const caseStatuses = z
  .array(z.enum(['RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED', 'DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN']))
  .max(10);

/** `{ from, to }`, both required: a list that reads a period. */
export const period = z.strictObject({ from: date, to: date });

/** A page `{ total, nodes }` at `field` of an answer; an absent page reads as empty. */
export function pageAt<R>(field: string): (data: Record<string, unknown>) => { total: number; rows: R[] } {
  return (data) => {
    const page = data[field] as { total: number; nodes: R[] } | null | undefined;
    return { total: page?.total ?? 0, rows: page?.nodes ?? [] };
  };
}
