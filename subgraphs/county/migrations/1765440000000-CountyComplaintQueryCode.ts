import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';
import { generateQueryCode } from '../../shared/domain/case-number';

/**
 * The query code (查询码) printed on a complaint's receipt, with which the complainant looks it up
 * (`trackComplaint`). Complaints filed before it was kept get a freshly generated code each, so
 * every row has one and the column is NOT NULL; their filers never saw it (the graph shows a code
 * only on the receipt). Added nullable, filled row by row, then made NOT NULL: no default.
 */
export class CountyComplaintQueryCode1765440000000 implements MigrationInterface {
  name = 'CountyComplaintQueryCode1765440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('county_complaint', new TableColumn(col.str('query_code', 8, true)));
    const rows = (await q.query(`SELECT id FROM county_complaint`)) as { id: string }[];
    for (const r of rows) await q.query(`UPDATE county_complaint SET query_code = ? WHERE id = ?`, [generateQueryCode(), r.id]);
    await q.changeColumn('county_complaint', 'query_code', new TableColumn(col.str('query_code', 8)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('county_complaint', 'query_code');
  }
}
