import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { Database } from '../../subgraphs/shared/db/data-source';
import { openCountyDatabase } from '../../subgraphs/county/server';
import { openTownshipDatabase } from '../../subgraphs/township/server';
import { seedCountyDemo } from '../../subgraphs/county/seed';
import { seedTownshipDemo } from '../../subgraphs/township/seed';
import { isValidCreditCode, isValidMobile, isValidResidentId } from '../../subgraphs/shared/domain/identity';
import { parseCaseNumber } from '../../subgraphs/shared/domain/case-number';
import { testTargets } from '../support/network';

const NOW = new Date('2026-11-20T03:00:00Z');
const WINDOW_START = new Date(NOW.getTime() - 61 * 86_400_000);
const STATUSES = ['RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'SUPPLEMENT_REQUESTED', 'IN_PROGRESS', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED', 'DELIVERED', 'WITHDRAWN'];
const silent = pino({ level: 'silent' });

interface CaseRow {
  id: string;
  number: string;
  request_id: string;
  status: string;
  version: number;
  expedited: boolean | number;
  applicant_id_type: string;
  applicant_id_number: string;
  applicant_phone: string | null;
  due_at: string | null;
  paused_at: string | null;
  result_document_number: string | null;
  refusal_reason: string | null;
  delivery_method: string | null;
  tracking_number: string | null;
  missing_materials: string;
}

interface HistoryRow {
  case_id: string;
  seq: number;
  at: string;
  step: string;
  actor_role: string;
}

/** Beijing minutes after midnight. */
function beijingMinute(iso: string): number {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

async function rows<T>(ds: DataSource, sql: string): Promise<T[]> {
  return (await ds.query(sql)) as T[];
}

/** Checks every tier has the same shape of case data. */
async function checkCases(ds: DataSource, table: string, clerkRole: string): Promise<void> {
  const cases = await rows<CaseRow>(ds, `SELECT * FROM ${table}`);
  expect(cases.length).toBeGreaterThanOrEqual(200);
  const statuses = new Set(cases.map((c) => c.status));
  for (const s of STATUSES) expect({ status: s, present: statuses.has(s) }).toEqual({ status: s, present: true });

  const open = ['ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE'];
  const overdue = cases.filter((c) => open.includes(c.status) && c.due_at && c.paused_at === null && c.due_at < NOW.toISOString());
  expect(overdue.length).toBeGreaterThanOrEqual(3);
  expect(cases.filter((c) => open.includes(c.status) && c.due_at && c.due_at >= NOW.toISOString()).length).toBeGreaterThanOrEqual(10);
  expect(cases.filter((c) => !!Number(c.expedited)).length).toBeGreaterThanOrEqual(3);

  expect(new Set(cases.map((c) => c.number)).size).toBe(cases.length);
  expect(new Set(cases.map((c) => c.request_id)).size).toBe(cases.length);
  for (const c of cases) {
    expect(parseCaseNumber(c.number)).not.toBeNull();
    const idOk = c.applicant_id_type === 'RESIDENT_ID' ? isValidResidentId(c.applicant_id_number) : isValidCreditCode(c.applicant_id_number);
    expect({ id: c.applicant_id_number, idOk }).toEqual({ id: c.applicant_id_number, idOk: true });
    if (c.applicant_phone) expect(isValidMobile(c.applicant_phone)).toBe(true);
    if (c.status === 'APPROVED') expect(c.result_document_number).toMatch(/^\S+〔20\d\d〕\d+号$/);
    if (c.status === 'NOT_ACCEPTED' || c.status === 'REJECTED') expect(c.refusal_reason?.trim()).toBeTruthy();
    if (c.status === 'SUPPLEMENT_REQUESTED') expect(JSON.parse(c.missing_materials).length).toBeGreaterThan(0);
    if (c.delivery_method === 'EXPRESS') expect(c.tracking_number).toMatch(/^(11\d{11}|SF\d{13})$/);
  }
  const delivered = cases.filter((c) => c.status === 'DELIVERED');
  expect(new Set(delivered.map((c) => c.delivery_method))).toEqual(new Set(['IN_PERSON', 'EXPRESS']));

  // History: every case has rows numbered 1..version, in time order, in working hours, none after now.
  const history = await rows<HistoryRow>(ds, `SELECT case_id, seq, at, step, actor_role FROM ${table}_history ORDER BY case_id, seq`);
  const byCase = new Map<string, HistoryRow[]>();
  for (const h of history) byCase.set(h.case_id, [...(byCase.get(h.case_id) ?? []), h]);
  const steps = new Set(history.map((h) => h.step));
  for (const s of ['receive', 'accept', 'UNDERTAKE', 'REVIEW', 'DECIDE', 'resubmit', 'resume', 'expedite']) expect({ s, seen: steps.has(s) }).toEqual({ s, seen: true });
  expect(new Set(history.map((h) => h.actor_role))).toEqual(new Set([clerkRole]));
  for (const c of cases) {
    const hs = byCase.get(c.id) ?? [];
    expect(hs.length).toBeGreaterThanOrEqual(1);
    expect({ number: c.number, seqs: hs.map((h) => h.seq) }).toEqual({ number: c.number, seqs: Array.from({ length: c.version }, (_, i) => i + 1) });
    for (let i = 0; i < hs.length; i += 1) {
      const at = hs[i].at;
      expect(at >= WINDOW_START.toISOString() && at <= NOW.toISOString()).toBe(true);
      if (i > 0) expect(at >= hs[i - 1].at).toBe(true);
      const minute = beijingMinute(at);
      expect({ at, workingHours: minute >= 8 * 60 + 30 && minute < 17 * 60 + 30 }).toEqual({ at, workingHours: true });
    }
  }
}

describe('demo seed', () => {
  const targets = testTargets();
  let county: Database;
  let township: Database;

  beforeAll(async () => {
    county = await openCountyDatabase(targets.county, silent);
    township = await openTownshipDatabase(targets.township, silent);
    expect(await seedCountyDemo(county, { now: NOW, log: silent })).toEqual({ seeded: true });
    expect(await seedTownshipDemo(township, { now: NOW, log: silent })).toEqual({ seeded: true });
  });

  afterAll(async () => {
    await county?.dataSource.destroy();
    await township?.dataSource.destroy();
    await targets.drop();
  });

  it('seeds the county catalog', async () => {
    const ds = county.dataSource;
    const [{ n: departments }] = await rows<{ n: number }>(ds, 'SELECT COUNT(*) AS n FROM department');
    expect(Number(departments)).toBeGreaterThanOrEqual(10);
    const items = await rows<{ delegable: number | boolean; department_id: string }>(ds, 'SELECT delegable, department_id FROM county_item');
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(items.filter((i) => !!Number(i.delegable)).length).toBeGreaterThanOrEqual(15);
  });

  it('seeds townships with village points and items supervised by county departments', async () => {
    const ds = township.dataSource;
    const townships = await rows<{ id: string }>(ds, 'SELECT id FROM township');
    expect(townships.length).toBeGreaterThanOrEqual(8);
    const villages = await rows<{ township_id: string; n: number }>(ds, 'SELECT township_id, COUNT(*) AS n FROM village_point GROUP BY township_id');
    const items = await rows<{ township_id: string; n: number }>(ds, 'SELECT township_id, COUNT(*) AS n FROM township_item GROUP BY township_id');
    for (const t of townships) {
      expect(Number(villages.find((v) => v.township_id === t.id)?.n ?? 0)).toBeGreaterThanOrEqual(1);
      expect(Number(items.find((i) => i.township_id === t.id)?.n ?? 0)).toBeGreaterThanOrEqual(10);
    }
    const departmentIds = new Set((await rows<{ id: string }>(county.dataSource, 'SELECT id FROM department')).map((d) => d.id));
    const supervising = await rows<{ id: string }>(ds, 'SELECT DISTINCT supervising_department_id AS id FROM township_item');
    expect(supervising.length).toBeGreaterThan(3);
    for (const s of supervising) expect({ id: s.id, known: departmentIds.has(s.id) }).toEqual({ id: s.id, known: true });
  });

  it('agrees with the township ids the county delegates items to', async () => {
    const townshipIds = new Set((await rows<{ id: string }>(township.dataSource, 'SELECT id FROM township')).map((t) => t.id));
    const lists = await rows<{ ids: string | null }>(county.dataSource, 'SELECT delegated_township_ids AS ids FROM county_item WHERE delegated_township_ids IS NOT NULL');
    const named = lists.flatMap((l) => (l.ids ? (JSON.parse(l.ids) as string[] | null) ?? [] : []));
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(townshipIds.has(id)).toBe(true);
  });

  it('plays county cases through every status', async () => {
    await checkCases(county.dataSource, 'county_case', 'COUNTY_CLERK');
    const perDepartment = await rows<{ department_id: string }>(county.dataSource, 'SELECT DISTINCT department_id FROM county_case');
    const [{ n }] = await rows<{ n: number }>(county.dataSource, 'SELECT COUNT(*) AS n FROM department');
    expect(perDepartment.length).toBe(Number(n));
  });

  it('plays township cases through every status in every township', async () => {
    await checkCases(township.dataSource, 'township_case', 'TOWNSHIP_CLERK');
    const perTownship = await rows<{ township_id: string }>(township.dataSource, 'SELECT DISTINCT township_id FROM township_case');
    const [{ n }] = await rows<{ n: number }>(township.dataSource, 'SELECT COUNT(*) AS n FROM township');
    expect(perTownship.length).toBe(Number(n));
  });

  it('seeds only once', async () => {
    const before = await rows<{ n: number }>(county.dataSource, 'SELECT COUNT(*) AS n FROM county_case');
    const tBefore = await rows<{ n: number }>(township.dataSource, 'SELECT COUNT(*) AS n FROM township_case');
    expect(await seedCountyDemo(county, { now: NOW })).toEqual({ seeded: false });
    expect(await seedTownshipDemo(township, { now: NOW })).toEqual({ seeded: false });
    expect(await rows(county.dataSource, 'SELECT COUNT(*) AS n FROM county_case')).toEqual(before);
    expect(await rows(township.dataSource, 'SELECT COUNT(*) AS n FROM township_case')).toEqual(tBefore);
  });
});
