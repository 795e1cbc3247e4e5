import type { EntityManager, EntityTarget } from 'typeorm';
import { COMPLETED_STATUSES } from '../domain/lifecycle';
import {
  caseDayFigures,
  dayFigureChange,
  DAY_FIGURE_FIELDS,
  reviewDayFigures,
  type CaseFigureFacts,
  type DayFigureCounts,
  type DayFigureDelta,
} from '../domain/day-figures';

/**
 * The daily roll-ups of a tier (`<tier>_case_day_figures`, domain/day-figures.ts), kept in the
 * transaction of every case and review write, and rebuilt from the cases where rows are loaded in
 * bulk (migrations, benchmarks, tests). The rebuild is also the reference the roll-ups are checked
 * against.
 */

/** A roll-up table and the unit column it shares with its case and review tables. */
export interface DayFigureTable {
  table: string;
  unit: string;
  cases: string;
  reviews: string;
}

export const COUNTY_DAY_FIGURES: DayFigureTable = Object.freeze({ table: 'county_case_day_figures', unit: 'department_id', cases: 'county_case', reviews: 'county_review' });
export const TOWNSHIP_DAY_FIGURES: DayFigureTable = Object.freeze({ table: 'township_case_day_figures', unit: 'township_id', cases: 'township_case', reviews: 'township_review' });

const BY_SOURCE = new Map<string, DayFigureTable>(
  [COUNTY_DAY_FIGURES, TOWNSHIP_DAY_FIGURES].flatMap((t) => [
    [t.cases, t],
    [t.reviews, t],
  ]),
);

/** The column of each count, snake case as everywhere in the schema. */
export const DAY_FIGURE_COLUMNS: Record<keyof DayFigureCounts, string> = Object.fromEntries(
  DAY_FIGURE_FIELDS.map((f) => [f, f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]),
) as Record<keyof DayFigureCounts, string>;

type Row = Record<string, unknown>;

function tableOf(m: EntityManager, entity: EntityTarget<unknown>): { figures: DayFigureTable; unitOf: (row: Row) => string } {
  const meta = m.connection.getMetadata(entity);
  const figures = BY_SOURCE.get(meta.tableName);
  if (!figures) throw new Error(`${meta.tableName} has no daily roll-ups`);
  const unit = meta.findColumnWithDatabaseName(figures.unit);
  if (!unit) throw new Error(`${meta.tableName} has no column ${figures.unit}`);
  return { figures, unitOf: (row) => String(unit.getEntityValue(row)) };
}

const caseFacts = (row: Row, unitOf: (row: Row) => string): CaseFigureFacts => ({
  unitId: unitOf(row),
  itemId: String(row.itemId),
  status: String(row.status),
  itemKind: (row.itemKind as string | null) ?? null,
  expedited: !!row.expedited,
  channel: String(row.channel),
  acceptedOn: (row.acceptedOn as string | null) ?? null,
  completedOn: (row.completedOn as string | null) ?? null,
  dueDate: (row.dueDate as string | null) ?? null,
  dueAt: (row.dueAt as Date | null) ?? null,
  withdrawnAt: (row.withdrawnAt as Date | null) ?? null,
});

/**
 * Brings the roll-ups in line with one case write, in the writer's transaction: `before` is the row
 * as it was (null for an insert), `after` as written. At most one statement; none for the many
 * steps that change no figure.
 */
export async function recordCaseFigures(m: EntityManager, entity: EntityTarget<unknown>, before: object | null, after: object): Promise<void> {
  const { figures, unitOf } = tableOf(m, entity);
  const of = (row: object | null) => (row ? caseDayFigures(caseFacts(row as Row, unitOf)) : []);
  await applyDayFigures(m, figures, dayFigureChange(of(before), of(after)));
}

/** Counts a new review on its case's acceptance day, in the writer's transaction. */
export async function recordReviewFigures(m: EntityManager, entity: EntityTarget<unknown>, review: object): Promise<void> {
  const { figures, unitOf } = tableOf(m, entity);
  const r = review as Row;
  await applyDayFigures(m, figures, reviewDayFigures({ unitId: unitOf(r), itemId: String(r.itemId), acceptedOn: (r.acceptedOn as string | null) ?? null, level: Number(r.level) }));
}

const isSqlite = (m: EntityManager): boolean => m.connection.options.type === 'better-sqlite3';

/** Adds the deltas to their rows, creating rows as needed: one statement for all of them. */
export async function applyDayFigures(m: EntityManager, t: DayFigureTable, deltas: readonly DayFigureDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const counts = DAY_FIGURE_FIELDS.map((f) => DAY_FIGURE_COLUMNS[f]);
  const columns = ['day', t.unit, 'item_id', ...counts];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const params = deltas.flatMap((d) => [d.day, d.unitId, d.itemId, ...DAY_FIGURE_FIELDS.map((f) => d.counts[f])]);
  const add = isSqlite(m)
    ? `ON CONFLICT (day, ${t.unit}, item_id) DO UPDATE SET ${counts.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`
    : `ON DUPLICATE KEY UPDATE ${counts.map((c) => `${c} = ${c} + VALUES(${c})`).join(', ')}`;
  await m.query(`INSERT INTO ${t.table} (${columns.join(', ')}) VALUES ${deltas.map(() => tuple).join(', ')} ${add}`, params);
}

const DONE = `(${COMPLETED_STATUSES.map((s) => `'${s}'`).join(', ')})`;
const when = (condition: string): string => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

/**
 * The roll-ups computed from the case and review tables, one row per (day, unit, item) where any
 * count is not zero: the same rules as `caseDayFigures` and `reviewDayFigures`, in SQL.
 */
export function dayFiguresFromSourceSql(t: DayFigureTable): string {
  const col = DAY_FIGURE_COLUMNS;
  const part = (day: string, table: string, alias: string, values: Partial<Record<keyof DayFigureCounts, string>>, where: string) =>
    `SELECT ${alias}.${day} AS day, ${alias}.${t.unit} AS unit_id, ${alias}.item_id AS item_id, ${DAY_FIGURE_FIELDS.map((f) => `${values[f] ?? '0'} AS ${col[f]}`).join(', ')} FROM ${table} ${alias} WHERE ${where}`;
  const done = `c.status IN ${DONE}`;
  const promised = `c.item_kind = 'PROMISED'`;
  const parts = [
    part(
      'accepted_on',
      t.cases,
      'c',
      {
        accepted: '1',
        immediate: when(`c.item_kind = 'IMMEDIATE'`),
        promised: when(promised),
        completed: when(done),
        promisedCompleted: when(`${done} AND ${promised}`),
        completedOnTime: when(`${done} AND c.completed_on <= c.due_date`),
        promisedCompletedEarly: when(`${done} AND ${promised} AND c.completed_on < c.due_date`),
        withdrawn: when(`c.status = 'WITHDRAWN'`),
        expedited: when('c.expedited <> 0'),
        online: when(`c.channel = 'ONLINE'`),
      },
      'c.accepted_on IS NOT NULL',
    ),
    part('completed_on', t.cases, 'c', { completions: '1' }, `c.completed_on IS NOT NULL AND ${done}`),
    part(
      'due_date',
      t.cases,
      'c',
      { closedLate: '1' },
      `c.due_date IS NOT NULL AND ((${done} AND c.completed_on > c.due_date) OR (c.status = 'WITHDRAWN' AND c.withdrawn_at > c.due_at))`,
    ),
    part('accepted_on', t.reviews, 'r', { reviews: '1', satisfiedReviews: when('r.level <= 2') }, 'r.accepted_on IS NOT NULL'),
  ];
  const sums = DAY_FIGURE_FIELDS.map((f) => `SUM(x.${col[f]}) AS ${col[f]}`).join(', ');
  return `SELECT x.day AS day, x.unit_id AS ${t.unit}, x.item_id AS item_id, ${sums} FROM (${parts.join(' UNION ALL ')}) x GROUP BY x.day, x.unit_id, x.item_id`;
}

/** Replaces the roll-ups with what the cases and reviews say (after rows were loaded in bulk). */
export async function rebuildDayFigures(m: { query(sql: string): Promise<unknown> }, t: DayFigureTable): Promise<void> {
  const columns = ['day', t.unit, 'item_id', ...DAY_FIGURE_FIELDS.map((f) => DAY_FIGURE_COLUMNS[f])];
  await m.query(`DELETE FROM ${t.table}`);
  await m.query(`INSERT INTO ${t.table} (${columns.join(', ')}) ${dayFiguresFromSourceSql(t)}`);
}

/**
 * Where the kept roll-ups differ from a rebuild: one entry per (day, unit, item) whose counts
 * differ (rows whose counts are all zero count as absent). Empty when they agree.
 */
export async function dayFiguresDrift(m: Pick<EntityManager, 'query'>, t: DayFigureTable): Promise<string[]> {
  const key = (r: Row) => `${String(r.day)} ${String(r[t.unit])} ${String(r.item_id)}`;
  const counts = (r: Row) => DAY_FIGURE_FIELDS.map((f) => Number(r[DAY_FIGURE_COLUMNS[f]] ?? 0)).join(',');
  const zero = DAY_FIGURE_FIELDS.map(() => 0).join(',');
  const index = (rows: Row[]) => new Map(rows.map((r) => [key(r), counts(r)] as const).filter(([, c]) => c !== zero));
  const kept = index(await m.query(`SELECT * FROM ${t.table}`));
  const wanted = index(await m.query(dayFiguresFromSourceSql(t)));
  const out: string[] = [];
  for (const [k, c] of wanted) if (kept.get(k) !== c) out.push(`${k}: kept ${kept.get(k) ?? 'none'}, cases say ${c}`);
  for (const [k, c] of kept) if (!wanted.has(k)) out.push(`${k}: kept ${c}, cases say none`);
  return out;
}
