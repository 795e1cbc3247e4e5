import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';

/** 网上申报 of delegable county items at a township window, waiting for the clerk's decision. */
export class TownshipOnlineIntake1765450000000 implements MigrationInterface {
  name = 'TownshipOnlineIntake1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'online_intake_application',
        columns: [
          col.id(), col.str('number', 40), col.str('query_code', 8), col.str('request_id', 80), col.str('request_hash', 64), col.ref('township_id'),
          col.ref('county_item_id'), col.str('item_code', 40), col.str('item_name', 200),
          col.str('applicant_name', 100), col.str('applicant_id_type', 16), col.str('applicant_id_number', 18), col.str('applicant_phone', 20),
          col.text('planned_materials'), col.text('note', true), col.str('status', 24), col.instant('received_at'), col.instant('decided_at', true),
          col.str('clerk_id', 64, true), col.str('clerk_name', 50, true), col.text('refusal_reason', true), col.ref('intake_id', true),
          // As the entities declare it (shared/db/declared-schema.ts): SQLite names int `integer`, keys act NO ACTION.
          { ...col.int('version'), type: q.connection.options.type === 'better-sqlite3' ? 'integer' : 'int' }, col.instant('updated_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['number'], isUnique: true }),
          new TableIndex({ columnNames: ['request_id'], isUnique: true }),
          new TableIndex({ columnNames: ['township_id', 'status', 'received_at'] }),
        ],
        foreignKeys: [{ columnNames: ['township_id'], referencedTableName: 'township', referencedColumnNames: ['id'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION' }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('online_intake_application');
  }
}
