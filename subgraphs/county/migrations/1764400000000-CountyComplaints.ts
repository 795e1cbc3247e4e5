import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';

/** Complaints (效能投诉) and their append-only history. */
export class CountyComplaints1764400000000 implements MigrationInterface {
  name = 'CountyComplaints1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'county_complaint',
        columns: [
          col.id(),
          col.str('number', 40),
          col.str('request_id', 80),
          col.str('unit_type', 16),
          col.ref('unit_id'),
          col.str('unit_name', 100),
          col.str('case_number', 40, true),
          col.str('complainant_name', 50),
          col.str('complainant_phone', 20, true),
          col.text('text'),
          col.str('status', 16),
          col.int('version', false, 1),
          col.instant('filed_at'),
          col.date('filed_on'),
          col.str('filed_by_id', 64),
          col.str('filed_by_role', 20),
          col.date('due_date'),
          col.instant('due_at'),
          col.str('uncertain_years', 60, true),
          col.int('extension_days', true),
          col.text('extension_reason', true),
          col.text('unit_feedback', true),
          col.text('result_note', true),
          col.text('dismiss_reason', true),
          col.instant('closed_at', true),
          col.date('closed_on', true),
          col.instant('updated_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['number'], isUnique: true }),
          new TableIndex({ columnNames: ['request_id'], isUnique: true }),
          new TableIndex({ columnNames: ['unit_type', 'unit_id', 'filed_on'] }),
          new TableIndex({ columnNames: ['status', 'due_at'] }),
          new TableIndex({ columnNames: ['filed_on'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'county_complaint_event',
        columns: [
          col.id(),
          col.ref('complaint_id'),
          col.int('seq'),
          col.str('action', 16),
          col.str('from_status', 16, true),
          col.str('to_status', 16),
          col.str('actor_id', 64),
          col.str('actor_name', 50),
          col.str('actor_role', 20),
          col.text('note', true),
          col.int('days', true),
          col.instant('at'),
        ],
        indices: [new TableIndex({ columnNames: ['complaint_id', 'seq'], isUnique: true })],
        foreignKeys: [{ columnNames: ['complaint_id'], referencedTableName: 'county_complaint', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('county_complaint_event');
    await q.dropTable('county_complaint');
  }
}
