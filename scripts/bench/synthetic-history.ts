import type { Connection } from 'mysql2/promise';
import { OPEN_STATUSES } from '../../subgraphs/shared/domain/lifecycle';
import { COUNTY_DAY_FIGURES, rebuildDayFigures, TOWNSHIP_DAY_FIGURES } from '../../subgraphs/shared/statistics/day-figures-table';

/**
 * Synthetic case history for benchmarks, generated inside MySQL/MariaDB with INSERT … SELECT so a
 * million rows take seconds, not minutes. The catalog (departments, items, townships) must exist;
 * cases are spread over `spanDays` before today with realistic shares of each status, some late,
 * some paused, some still open and overdue, and reviews on a fifth of the delivered ones.
 */
export interface HistoryPlan {
  /** How many cases in the table (county or township). */
  cases: number;
  /** Days of history before today. */
  spanDays: number;
}

const STATUS = `CASE
    WHEN x.o < 15 AND x.s < 35 THEN 'ACCEPTED'
    WHEN x.o < 15 AND x.s < 55 THEN 'IN_PROGRESS'
    WHEN x.o < 15 AND x.s < 60 THEN 'SUPPLEMENT_REQUESTED'
    WHEN x.s < 1 THEN 'IN_PROGRESS'
    WHEN x.s < 4 THEN 'NOT_ACCEPTED'
    WHEN x.s < 7 THEN 'WITHDRAWN'
    WHEN x.s < 12 THEN 'REJECTED'
    WHEN x.s < 22 THEN 'APPROVED'
    ELSE 'DELIVERED' END`;

/** Numbers 0 … count-1 in a helper table, built from cross joins of digits. */
async function fillSequence(db: Connection, count: number): Promise<void> {
  await db.query('DROP TABLE IF EXISTS bench_seq');
  await db.query('CREATE TABLE bench_seq (n INT PRIMARY KEY)');
  await db.query('DROP TABLE IF EXISTS bench_digit');
  await db.query('CREATE TABLE bench_digit (d INT PRIMARY KEY)');
  await db.query('INSERT INTO bench_digit VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)');
  const digits = Math.max(1, Math.ceil(Math.log10(count)));
  const tables = Array.from({ length: digits }, (_, i) => `bench_digit d${i}`).join(', ');
  const value = Array.from({ length: digits }, (_, i) => `d${i}.d * ${10 ** i}`).join(' + ');
  await db.query(`INSERT INTO bench_seq (n) SELECT ${value} AS n FROM ${tables} HAVING n < ?`, [count]);
  await db.query('DROP TABLE bench_digit');
}

/** Items numbered 0 … k-1 with their unit, so case n gets item n mod k. */
async function indexItems(db: Connection, itemTable: string, unitColumn: string): Promise<number> {
  await db.query('DROP TABLE IF EXISTS bench_item');
  await db.query('CREATE TABLE bench_item (idx INT PRIMARY KEY, id VARCHAR(36), unit_id VARCHAR(36), kind VARCHAR(16), promised_days INT)');
  await db.query(
    `INSERT INTO bench_item SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id, ${unitColumn}, kind, promised_days FROM ${itemTable} WHERE active = 1`,
  );
  const [rows] = await db.query('SELECT COUNT(*) AS k FROM bench_item');
  return Number((rows as { k: number }[])[0].k);
}

/** Inserts `plan.cases` cases into a tier's case table and reviews for a fifth of the delivered ones. */
export async function insertSyntheticCases(
  db: Connection,
  t: { caseTable: string; itemTable: string; unitColumn: string; reviewTable: string; prefix: string },
  plan: HistoryPlan,
): Promise<void> {
  await fillSequence(db, plan.cases);
  const items = await indexItems(db, t.itemTable, t.unitColumn === 'department_id' ? 'department_id' : 'township_id');
  if (items === 0) throw new Error(`${t.itemTable} is empty: seed the catalog first`);
  const day = (expr: string) => `DATE_FORMAT(${expr}, '%Y-%m-%d')`;
  const completed = `x.st IN ('APPROVED', 'REJECTED', 'DELIVERED')`;
  const dueDays = `CASE WHEN i.kind = 'IMMEDIATE' THEN 0 ELSE CEIL(i.promised_days * 1.4) END`;
  // Most cases finish within their promised days; every seventh runs a little late.
  const doneDays = `CASE WHEN x.n MOD 7 = 0 THEN ${dueDays} + 2 ELSE x.n MOD (${dueDays} + 1) END`;
  await db.query(`
    INSERT INTO ${t.caseTable} (
      id, number, query_code, request_id, item_id, ${t.unitColumn}, item_kind, applicant_name, applicant_id_type, applicant_id_number,
      applicant_phone, submitted_materials, status, version, expedited, channel, received_at, accepted_at, accepted_on, due_date, due_at,
      paused_at, resume_status, paused_working_days, completed_at, completed_on, refusal_reason, missing_materials,
      delivery_method, delivered_at, withdrawn_at, first_contact_id, first_contact_name, created_by, created_at, updated_at)
    SELECT
      UUID(), CONCAT('${t.prefix}-', x.n), 'BENCH001', CONCAT('bench-${t.prefix}-', x.n), i.id, i.unit_id, i.kind, '张三', 'RESIDENT_ID', '11010519491231002X',
      NULL, '[]', x.st, 2, x.n MOD 50 = 0, IF(x.n MOD 9 = 0, 'ONLINE', 'WINDOW'),
      CONCAT(${day('x.acc')}, 'T01:30:00.000Z'),
      IF(x.st = 'NOT_ACCEPTED', NULL, CONCAT(${day('x.acc')}, 'T02:00:00.000Z')),
      IF(x.st = 'NOT_ACCEPTED', NULL, ${day('x.acc')}),
      IF(x.st = 'NOT_ACCEPTED', NULL, ${day(`DATE_ADD(x.acc, INTERVAL ${dueDays} DAY)`)}),
      IF(x.st = 'NOT_ACCEPTED', NULL, CONCAT(${day(`DATE_ADD(x.acc, INTERVAL ${dueDays} DAY)`)}, 'T15:59:59.999Z')),
      IF(x.st = 'SUPPLEMENT_REQUESTED', CONCAT(${day('x.acc')}, 'T03:00:00.000Z'), NULL),
      IF(x.st = 'SUPPLEMENT_REQUESTED', 'ACCEPTED', NULL),
      0,
      IF(${completed}, CONCAT(${day(`DATE_ADD(x.acc, INTERVAL ${doneDays} DAY)`)}, 'T06:00:00.000Z'), NULL),
      IF(${completed}, ${day(`DATE_ADD(x.acc, INTERVAL ${doneDays} DAY)`)}, NULL),
      IF(x.st IN ('NOT_ACCEPTED', 'REJECTED'), '材料不符合法定形式', NULL),
      '[]',
      IF(x.st = 'DELIVERED', 'IN_PERSON', NULL),
      IF(x.st = 'DELIVERED', CONCAT(${day(`DATE_ADD(x.acc, INTERVAL ${doneDays} + 1 DAY)`)}, 'T07:00:00.000Z'), NULL),
      IF(x.st = 'WITHDRAWN', CONCAT(${day('x.acc')}, 'T08:00:00.000Z'), NULL),
      'bench', '基准', 'bench',
      CONCAT(${day('x.acc')}, 'T01:30:00.000Z'), CONCAT(${day('x.acc')}, 'T01:30:00.000Z')
    FROM (
      SELECT y.n, y.o, y.s, DATE_SUB(CURDATE(), INTERVAL y.o DAY) AS acc, ${STATUS.replace(/x\./g, 'y.')} AS st
      FROM (SELECT n, (n * 7919) MOD ${plan.spanDays} AS o, (n * 31) MOD 100 AS s FROM bench_seq) y
    ) x
    JOIN bench_item i ON i.idx = x.n MOD ${items}`);
  await db.query(`
    INSERT INTO ${t.reviewTable} (
      id, case_id, case_number, ${t.unitColumn}, item_id, accepted_on, level, comment, request_id, reviewed_at, reviewed_on,
      rectification_status, version, updated_at)
    SELECT UUID(), c.id, c.number, c.${t.unitColumn}, c.item_id, c.accepted_on,
      CASE WHEN CRC32(c.id) MOD 20 = 0 THEN 4 WHEN CRC32(c.id) MOD 20 = 1 THEN 3 WHEN CRC32(c.id) MOD 3 = 0 THEN 2 ELSE 1 END,
      NULL, CONCAT('bench-review-', c.number), c.delivered_at, SUBSTRING(c.delivered_at, 1, 10),
      CASE WHEN CRC32(c.id) MOD 20 = 0 THEN 'RECTIFIED' ELSE 'NONE' END, 1, c.delivered_at
    FROM ${t.caseTable} c WHERE c.status = 'DELIVERED' AND CRC32(c.id) MOD 5 = 0`);
  await db.query('DROP TABLE bench_seq');
  await db.query('DROP TABLE bench_item');
  await markOverdueNoticed(db, t.caseTable);
  // The rows bypassed the engine: their daily roll-ups are built from them in one pass.
  await rebuildDayFigures(db, t.caseTable === 'county_case' ? COUNTY_DAY_FIGURES : TOWNSHIP_DAY_FIGURES);
}

/**
 * Two years of e-supervision sweeps would have noticed every case that went overdue on its due
 * day. Rows written here bypassed them, so without this the services' first minutes would go to
 * announcing thousands of long-overdue cases at once (one supervision record and one county call
 * each), and every figure measured then would measure that backlog instead.
 */
async function markOverdueNoticed(db: Connection, caseTable: string): Promise<void> {
  const now = new Date().toISOString();
  await db.query(
    `UPDATE ${caseTable} SET red_noticed_at = due_at
     WHERE status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) AND red_noticed_at IS NULL
       AND ((paused_at IS NULL AND due_at <= ?) OR paused_at >= due_at)`,
    [...OPEN_STATUSES, now],
  );
}
