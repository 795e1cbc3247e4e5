import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';

/**
 * Where each complaint came in (投诉来源). Rows filed before it was kept get it from who filed them:
 * a filing without a token came by the web form (PUBLIC_FORM), a staff filing at a window (WINDOW),
 * the same defaults complaint-channel.ts gives new filings. The column is added nullable, filled,
 * then made NOT NULL, so it never carries a default (entities declare none).
 */
export class CountyComplaintChannel1765420000000 implements MigrationInterface {
  name = 'CountyComplaintChannel1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('county_complaint', new TableColumn(col.str('channel', 16, true)));
    await q.query(`UPDATE county_complaint SET channel = CASE WHEN filed_by_role = 'PUBLIC' THEN 'PUBLIC_FORM' ELSE 'WINDOW' END`);
    await q.changeColumn('county_complaint', 'channel', new TableColumn(col.str('channel', 16)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('county_complaint', 'channel');
  }
}
