import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { caseColumnsV1, caseHistoryColumnsV1, col } from '../../shared/db/migration-columns';

export class TownshipInitial1764000000000 implements MigrationInterface {
  name = 'TownshipInitial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'township',
        columns: [col.id(), col.str('division_code', 12), col.str('name', 50), col.str('address', 200), col.str('phone', 30), col.instant('updated_at')],
        indices: [new TableIndex({ columnNames: ['division_code'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'village_point',
        columns: [col.id(), col.ref('township_id'), col.str('code', 15), col.str('name', 50)],
        indices: [new TableIndex({ columnNames: ['code'], isUnique: true }), new TableIndex({ columnNames: ['township_id'] })],
        foreignKeys: [{ columnNames: ['township_id'], referencedTableName: 'township', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'township_item',
        columns: [
          col.id(), col.ref('township_id'), col.str('code', 40), col.str('name', 200), col.str('kind', 16),
          col.int('legal_days'), col.int('promised_days'), col.text('materials'), col.int('fee_amount_fen', true),
          col.str('fee_basis', 300, true), col.text('legal_basis'), col.ref('supervising_department_id'),
          col.bool('active', true), col.instant('updated_at'),
        ],
        indices: [
          new TableIndex({ columnNames: ['township_id', 'code'], isUnique: true }),
          new TableIndex({ columnNames: ['supervising_department_id'] }),
        ],
        foreignKeys: [{ columnNames: ['township_id'], referencedTableName: 'township', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'township_case',
        columns: [...caseColumnsV1(), col.ref('township_id')],
        indices: [
          new TableIndex({ columnNames: ['number'], isUnique: true }),
          new TableIndex({ columnNames: ['request_id'], isUnique: true }),
          new TableIndex({ columnNames: ['township_id', 'status'] }),
          new TableIndex({ columnNames: ['status', 'due_at'] }),
          new TableIndex({ columnNames: ['accepted_on'] }),
        ],
        foreignKeys: [
          { columnNames: ['township_id'], referencedTableName: 'township', referencedColumnNames: ['id'] },
          { columnNames: ['item_id'], referencedTableName: 'township_item', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'township_case_history',
        columns: caseHistoryColumnsV1(),
        indices: [new TableIndex({ columnNames: ['case_id', 'seq'], isUnique: true })],
        foreignKeys: [{ columnNames: ['case_id'], referencedTableName: 'township_case', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'township_case_counter',
        columns: [{ ...col.str('unit_code', 20), isPrimary: true }, { ...col.str('day', 8), isPrimary: true }, col.int('last_seq')],
      }),
    );
    await q.createTable(
      new Table({ name: 'calendar_copy', columns: [{ ...col.int('id'), isPrimary: true }, col.text('snapshot'), col.instant('synced_at')] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['calendar_copy', 'township_case_counter', 'township_case_history', 'township_case', 'township_item', 'village_point', 'township']) {
      await q.dropTable(t);
    }
  }
}
