/**
 * Demo data for the county on first start: the departments and item catalog of the demo county,
 * and about 250 cases of the last 60 days in every status, worked through the real case engine.
 */
import type { Logger } from 'pino';
import type { Principal } from '../shared/auth/principal';
import type { Database } from '../shared/db/data-source';
import { stableId } from '../shared/db/ids';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { CLERK_NAMES, COUNTY_ITEMS, DEPARTMENTS, TOWNSHIPS } from '../shared/demo/catalog';
import { Rng } from '../shared/demo/random';
import { documentNumbers, insertInChunks, seedCases, type CaseSlot } from '../shared/demo/seed-cases';
import { CalendarService } from './calendar-service';
import { CountyCaseService } from './case-service';
import { termsOf } from '../shared/cases/unit-case-service';
import { CountyCase, CountyItem, Department } from './entities';

const DAY_MS = 86_400_000;
const CASE_COUNT = 250;

/** Result documents are numbered under each department's abbreviation, e.g. 临市监许〔2026〕123号. */
const DOCUMENT_PREFIXES: Record<string, string> = {
  SCJG: '临市监许',
  GA: '临公许',
  MZ: '临民许',
  RSJ: '临人社许',
  ZRZY: '临自然资许',
  ZJ: '临住建许',
  JTYS: '临交运许',
  NYNC: '临农许',
  WJ: '临卫健许',
  JY: '临教许',
  WGL: '临文广旅许',
  YB: '临医保批',
  CL: '临残联批',
  TYJR: '临退役批',
  LY: '临林许',
  SL: '临水许',
  FG: '临发改许',
  YJ: '临应急许',
};

/** Items people come for every day get more cases than rare permits. */
const POPULAR_ITEMS = new Set(['SCJG-001', 'SCJG-002', 'SCJG-005', 'GA-001', 'GA-002', 'GA-003', 'RSJ-001', 'RSJ-002', 'YB-001', 'YB-003', 'MZ-003']);

/**
 * Seeds the demo county once: does nothing when the department table already has rows (a
 * second start, or another instance that got there first).
 */
export async function seedCountyDemo(db: Database, opts: { now: Date; log?: Logger }): Promise<{ seeded: boolean }> {
  const ds = db.dataSource;
  if ((await ds.getRepository(Department).count()) > 0) return { seeded: false };
  const started = Date.now();
  const catalogAt = new Date(opts.now.getTime() - 90 * DAY_MS);

  const townshipIds = new Map(TOWNSHIPS.map((t) => [t.code, stableId('township', t.divisionCode)]));
  const departments = DEPARTMENTS.map((d) =>
    Object.assign(new Department(), {
      id: stableId('department', d.code),
      code: d.code,
      name: d.name,
      shortName: d.shortName,
      window: d.window,
      phone: d.phone,
      active: true,
      updatedAt: catalogAt,
    }),
  );
  const deptByCode = new Map(departments.map((d) => [d.code, d]));
  const items = COUNTY_ITEMS.map((i) => {
    const dept = deptByCode.get(i.departmentCode);
    if (!dept) throw new Error(`demo item ${i.code} names an unknown department ${i.departmentCode}`);
    return Object.assign(new CountyItem(), {
      id: stableId('county-item', i.code),
      code: i.code,
      name: i.name,
      departmentId: dept.id,
      kind: i.kind,
      legalDays: i.legalDays,
      promisedDays: i.promisedDays,
      materials: i.materials.map((m) => ({ name: m.name, originals: m.originals, copies: m.copies, mandatory: m.mandatory })),
      feeAmountFen: i.fee?.amountFen ?? null,
      feeBasis: i.fee?.basis ?? null,
      legalBasis: i.legalBasis,
      guideText: null,
      delegable: i.delegable,
      delegatedTownshipIds: i.delegatedTownshipCodes
        ? i.delegatedTownshipCodes.map((code) => {
            const id = townshipIds.get(code);
            if (!id) throw new Error(`demo item ${i.code} is delegated to an unknown township ${code}`);
            return id;
          })
        : null,
      active: true,
      updatedAt: catalogAt,
    });
  });

  try {
    await ds.transaction(async (m) => {
      await insertInChunks(m, Department, departments);
      await insertInChunks(m, CountyItem, items);
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      opts.log?.info('the county demo catalog was seeded by another instance');
      return { seeded: false };
    }
    throw e;
  }

  // County clerks: two at the busier windows, one at the others.
  let nameIndex = 0;
  const clerks = new Map<string, Principal[]>();
  for (const d of departments) {
    const count = COUNTY_ITEMS.filter((i) => i.departmentCode === d.code).length >= 4 ? 2 : 1;
    clerks.set(
      d.code,
      Array.from({ length: count }, (_, k) => ({
        userId: `clerk-${d.code}-${k + 1}`,
        name: CLERK_NAMES[nameIndex++ % CLERK_NAMES.length],
        role: 'COUNTY_CLERK' as const,
        departmentId: d.id,
      })),
    );
  }

  const rng = new Rng('liandong-county-demo');
  const docNumber = documentNumbers(rng);
  const slots: CaseSlot<CountyCase>[] = items.map((item) => {
    const dept = departments.find((d) => d.id === item.departmentId)!;
    return {
      group: dept.code,
      weight: (POPULAR_ITEMS.has(item.code) ? 4 : 1) * (0.6 + rng.float()),
      item: termsOf(item),
      unitCode: dept.code,
      unitName: dept.name,
      clerks: clerks.get(dept.code)!,
      place: (c) => {
        c.departmentId = dept.id;
      },
      documentNumber: (at) => docNumber(DOCUMENT_PREFIXES[dept.code] ?? `临${dept.shortName.replace(/^县/, '')}许`, at),
    };
  });

  const cases = new CountyCaseService(ds, new CalendarService(ds));
  const result = await seedCases({ tier: cases.tier, slots, count: CASE_COUNT, now: opts.now, rng, requestIdPrefix: 'seed-county' });
  opts.log?.info(
    { departments: departments.length, items: items.length, ...result, ms: Date.now() - started },
    'seeded the county demo data',
  );
  return { seeded: true };
}
