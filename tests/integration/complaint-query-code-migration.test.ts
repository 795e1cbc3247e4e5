import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../subgraphs/shared/db/data-source';
import { openCountyDatabase } from '../../subgraphs/county/server';
import { CountyComplaint } from '../../subgraphs/county/entities';
import { COUNTY_MIGRATIONS } from '../../subgraphs/county/migrations';
import { CountyComplaintQueryCode1765440000000 } from '../../subgraphs/county/migrations/1765440000000-CountyComplaintQueryCode';
import { isQueryCode } from '../../subgraphs/shared/domain/case-number';
import { testTargets } from '../support/network';

/** Complaints filed before receipts carried a query code get one each, and the column has no default. */
test('the query code migration gives every existing complaint a code of its own and leaves the column NOT NULL without a default', async () => {
  const t = testTargets({ persistent: true });
  try {
    const before = await openDatabase({ target: t.county, entities: [], migrations: COUNTY_MIGRATIONS.slice(0, COUNTY_MIGRATIONS.indexOf(CountyComplaintQueryCode1765440000000)) });
    const at = new Date('2026-11-18T02:00:00.000Z').toISOString();
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, id] of ids.entries()) {
      await before.dataSource.query(
        `INSERT INTO county_complaint (id, number, request_id, request_hash, unit_type, unit_id, unit_name, case_number, channel, complainant_name, complainant_phone, text, status, version, filed_at, filed_on, filed_by_id, filed_by_role, due_date, due_at, uncertain_years, extension_days, extension_reason, unit_feedback, result_note, dismiss_reason, closed_at, closed_on, updated_at)
         VALUES (?, ?, ?, NULL, 'DEPARTMENT', ?, '部门', NULL, 'PUBLIC_FORM', '张三', NULL, '投诉', 'RECEIVED', 1, ?, '2026-11-18', 'public', 'PUBLIC', '2026-11-25', ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?)`,
        [id, `TS-20261118-000${i + 1}`, `req-${id}`, randomUUID(), at, at, at],
      );
    }
    await before.dataSource.destroy();

    const after = await openCountyDatabase(t.county);
    try {
      const kept = await after.dataSource.getRepository(CountyComplaint).find({ order: { number: 'ASC' } });
      expect(kept.map((c) => c.id)).toEqual(ids);
      for (const c of kept) expect(isQueryCode(c.queryCode)).toBe(true);
      expect(await after.dataSource.driver.createSchemaBuilder().log()).toMatchObject({ upQueries: [] });
      const table = (await after.dataSource.createQueryRunner().getTable('county_complaint'))!;
      const code = table.findColumnByName('query_code')!;
      expect({ nullable: code.isNullable, default: code.default ?? null }).toEqual({ nullable: false, default: null });
    } finally {
      await after.dataSource.destroy();
    }
  } finally {
    await t.drop();
  }
});
