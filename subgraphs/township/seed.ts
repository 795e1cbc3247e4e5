/**
 * Demo data for the township subgraph on first start: every township of the demo county with its
 * village points and its own items, and about 300 township cases of the last 60 days in every
 * status, worked through the real case engine. Department and township ids are the same stable
 * ids the county seed uses, so the two tiers agree without talking to each other.
 */
import pino, { type Logger } from 'pino';
import type { Principal } from '../shared/auth/principal';
import type { Database } from '../shared/db/data-source';
import { stableId } from '../shared/db/ids';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { CLERK_NAMES, TOWNSHIPS, TOWNSHIP_ITEM_TEMPLATES } from '../shared/demo/catalog';
import { Rng } from '../shared/demo/random';
import { documentNumbers, insertInChunks, seedCases, type CaseSlot } from '../shared/demo/seed-cases';
import { CalendarMirror } from './calendar-mirror';
import { TownshipCaseService } from './case-service';
import { termsOf } from '../shared/cases/unit-case-service';
import { Township, TownshipCase, TownshipItem, VillagePoint } from './entities';

const DAY_MS = 86_400_000;
const CASE_COUNT = 300;

/** Templates people come for most often at a township window. */
const POPULAR_TEMPLATES: Record<string, number> = { T05: 4, T13: 4, T03: 2.5, T11: 2.5, T02: 2, T07: 2, T14: 1.5, T16: 1.5 };

/** Busier townships: the county seat and the market towns. */
const TOWNSHIP_WEIGHTS: Record<string, number> = { '511099100': 2.2, '511099101': 1.4, '511099102': 1.3, '511099103': 1.2 };

/**
 * Seeds the demo townships once: does nothing when the township table already has rows (a
 * second start, or another instance that got there first).
 */
export async function seedTownshipDemo(db: Database, opts: { now: Date; log?: Logger }): Promise<{ seeded: boolean }> {
  const ds = db.dataSource;
  if ((await ds.getRepository(Township).count()) > 0) return { seeded: false };
  const started = Date.now();
  const catalogAt = new Date(opts.now.getTime() - 90 * DAY_MS);

  const townships = TOWNSHIPS.map((t) =>
    Object.assign(new Township(), {
      id: stableId('township', t.divisionCode),
      divisionCode: t.divisionCode,
      name: t.name,
      address: t.address,
      phone: t.phone,
      active: true,
      updatedAt: catalogAt,
    }),
  );
  const villages = TOWNSHIPS.flatMap((t) =>
    t.villages.map((v) =>
      Object.assign(new VillagePoint(), { id: stableId('village-point', v.code), townshipId: stableId('township', t.divisionCode), code: v.code, name: v.name, active: true }),
    ),
  );
  const items = TOWNSHIPS.flatMap((t) =>
    TOWNSHIP_ITEM_TEMPLATES.map((tpl) =>
      Object.assign(new TownshipItem(), {
        id: stableId('township-item', `${t.code}:${tpl.code}`),
        townshipId: stableId('township', t.divisionCode),
        code: tpl.code,
        name: tpl.name,
        kind: tpl.kind,
        legalDays: tpl.legalDays,
        promisedDays: tpl.promisedDays,
        materials: tpl.materials.map((m) => ({ name: m.name, originals: m.originals, copies: m.copies, mandatory: m.mandatory })),
        feeAmountFen: tpl.fee?.amountFen ?? null,
        feeBasis: tpl.fee?.basis ?? null,
        legalBasis: tpl.legalBasis,
        guideText: null,
        supervisingDepartmentId: stableId('department', tpl.supervisingDepartmentCode),
        active: true,
        updatedAt: catalogAt,
      }),
    ),
  );

  try {
    await ds.transaction(async (m) => {
      await insertInChunks(m, Township, townships);
      await insertInChunks(m, VillagePoint, villages);
      await insertInChunks(m, TownshipItem, items);
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      opts.log?.info('the township demo catalog was seeded by another instance');
      return { seeded: false };
    }
    throw e;
  }

  // Two clerks at every township window, named from the end of the list (the county takes the start).
  const clerks = new Map<string, Principal[]>();
  townships.forEach((t, i) => {
    clerks.set(
      t.id,
      [1, 2].map((k) => ({
        userId: `clerk-${t.divisionCode}-${k}`,
        name: CLERK_NAMES[CLERK_NAMES.length - 1 - ((2 * i + k - 1) % CLERK_NAMES.length)],
        role: 'TOWNSHIP_CLERK' as const,
        townshipId: t.id,
      })),
    );
  });

  const rng = new Rng('liandong-township-demo');
  const docNumber = documentNumbers(rng);
  const byId = new Map(townships.map((t) => [t.id, t]));
  const slots: CaseSlot<TownshipCase>[] = items.map((item) => {
    const t = byId.get(item.townshipId)!;
    return {
      group: t.divisionCode,
      weight: (TOWNSHIP_WEIGHTS[t.divisionCode] ?? 1) * (POPULAR_TEMPLATES[item.code] ?? 1) * (0.6 + rng.float()),
      item: termsOf(item),
      unitCode: t.divisionCode,
      unitName: t.name,
      clerks: clerks.get(t.id)!,
      place: (c) => {
        c.townshipId = t.id;
      },
      documentNumber: (at) => docNumber(`${t.name}便民审`, at),
    };
  });

  // The same tier the township subgraph runs with, on the stored copy of the county calendar.
  // Seeding never calls the county: the mirror only reads the stored copy.
  const mirror = new CalendarMirror(ds, { url: '', jwtSecret: '', caller: 'seed' }, opts.log ?? pino({ level: 'silent' }));
  await mirror.load();
  const cases = new TownshipCaseService(ds, mirror);
  const result = await seedCases({ tier: cases.tier, slots, count: CASE_COUNT, now: opts.now, rng, requestIdPrefix: 'seed-township' });
  opts.log?.info(
    { townships: townships.length, villagePoints: villages.length, items: items.length, ...result, ms: Date.now() - started },
    'seeded the township demo data',
  );
  return { seeded: true };
}
