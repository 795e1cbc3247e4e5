/** Pieces the lists share: the shapes of their variables and reading a page out of an answer. */
import { z } from 'zod';

/** A calendar date YYYY-MM-DD that exists (no 2026-13-01, no 2026-02-30). */
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), '日期不存在');
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
