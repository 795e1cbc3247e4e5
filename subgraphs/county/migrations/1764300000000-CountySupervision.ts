import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';

/** E-supervision: supervision records and their steps, the RED mark on cases, refusal lookups by step. */
export class CountySupervision1764300000000 implements MigrationInterface {
  name = 'CountySupervision1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('county_case', new TableColumn(col.instant('red_noticed_at', true)));
    await q.createIndex('county_case_history', new TableIndex({ columnNames: ['step', 'at'] }));
    await q.createTable(
      new Table({
        name: 'supervision_record',
        columns: [
          col.id(), col.str('number', 40), col.str('origin', 8), col.str('auto_key', 60, true), col.str('request_id', 80, true),
          col.str('case_tier', 10, true), col.ref('case_id', true), col.str('case_number', 40, true),
          col.str('unit_type', 12), col.ref('unit_id'), col.str('unit_name', 100), col.text('reason'), col.str('status', 8),
          col.instant('opened_at'), col.str('opened_by', 64), col.str('opened_by_name', 50),
          col.text('feedback', true), col.instant('closed_at', true), col.str('closed_by_name', 50, true), col.int('version', false, 1),
        ],
        indices: [
          new TableIndex({ columnNames: ['number'], isUnique: true }),
          new TableIndex({ columnNames: ['request_id'], isUnique: true }),
          new TableIndex({ columnNames: ['auto_key'], isUnique: true }),
          new TableIndex({ columnNames: ['status', 'opened_at'] }),
          new TableIndex({ columnNames: ['unit_type', 'unit_id', 'status'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'supervision_event',
        columns: [
          col.id(), col.ref('record_id'), col.int('seq'), col.str('action', 12), col.str('actor_id', 64), col.str('actor_name', 50),
          col.str('actor_role', 20), col.instant('at'), col.text('note', true),
        ],
        indices: [new TableIndex({ columnNames: ['record_id', 'seq'], isUnique: true })],
        foreignKeys: [{ columnNames: ['record_id'], referencedTableName: 'supervision_record', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('supervision_event');
    await q.dropTable('supervision_record');
    await q.dropIndex('county_case_history', new TableIndex({ columnNames: ['step', 'at'] }));
    await q.dropColumn('county_case', 'red_noticed_at');
  }
}
