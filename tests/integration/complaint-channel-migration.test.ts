import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../subgraphs/shared/db/data-source';
import { openCountyDatabase } from '../../subgraphs/county/server';
import { COUNTY_ENTITIES, CountyComplaint } from '../../subgraphs/county/entities';
import { COUNTY_MIGRATIONS } from '../../subgraphs/county/migrations';
import { CountyComplaintChannel1765420000000 } from '../../subgraphs/county/migrations/1765420000000-CountyComplaintChannel';
import { testTargets } from '../support/network';

/** Complaints filed before their channel was kept get one from who filed them: the public → 网上表单, staff → 窗口. */
test('the channel migration fills existing complaints and leaves the column without a default', async () => {
  const t = testTargets({ persistent: true });
  try {
    const before = await openDatabase({ target: t.county, entities: [], migrations: COUNTY_MIGRATIONS.slice(0, COUNTY_MIGRATIONS.indexOf(CountyComplaintChannel1765420000000)) });
    const at = new Date('2026-11-18T02:00:00.000Z').toISOString();
    const rows = [
      ['PUBLIC', 'public'],
      ['SUPERVISOR', 'sup-1'],
      ['COUNTY_CLERK', 'clerk-1'],
    ].map(([role, by], i) => ({ id: randomUUID(), number: `TS-20261118-000${i + 1}`, role, by }));
    for (const r of rows) {
      await before.dataSource.query(
        `INSERT INTO county_complaint (id, number, request_id, request_hash, unit_type, unit_id, unit_name, case_number, complainant_name, complainant_phone, text, status, version, filed_at, filed_on, filed_by_id, filed_by_role, due_date, due_at, uncertain_years, extension_days, extension_reason, unit_feedback, result_note, dismiss_reason, closed_at, closed_on, updated_at)
         VALUES (?, ?, ?, NULL, 'DEPARTMENT', ?, '部门', NULL, '张三', NULL, '投诉', 'RECEIVED', 1, ?, '2026-11-18', ?, ?, '2026-11-25', ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?)`,
        [r.id, r.number, `req-${r.number}`, randomUUID(), at, r.by, r.role, at, at],
      );
    }
    await before.dataSource.destroy();

    const after = await openCountyDatabase(t.county);
    try {
      const kept = await after.dataSource.getRepository(CountyComplaint).find({ order: { number: 'ASC' } });
      expect(kept.map((c) => [c.id, c.channel])).toEqual([
        [rows[0].id, 'PUBLIC_FORM'],
        [rows[1].id, 'WINDOW'],
        [rows[2].id, 'WINDOW'],
      ]);
      expect(await after.dataSource.driver.createSchemaBuilder().log()).toMatchObject({ upQueries: [] });
      const table = (await after.dataSource.createQueryRunner().getTable('county_complaint'))!;
      const channel = table.findColumnByName('channel')!;
      expect({ nullable: channel.isNullable, default: channel.default ?? null }).toEqual({ nullable: false, default: null });
      expect(COUNTY_ENTITIES).toContain(CountyComplaint);
    } finally {
      await after.dataSource.destroy();
    }
  } finally {
    await t.drop();
  }
});
