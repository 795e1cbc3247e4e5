import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { caseColumnsV1, caseHistoryColumnsV1, col } from '../../shared/db/migration-columns';

export class CountyInitial1764000000000 implements MigrationInterface {
  name = 'CountyInitial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'department',
        columns: [col.id(), col.str('code', 8), col.str('name', 100), col.str('short_name', 40), col.str('window', 100), col.str('phone', 30), col.instant('updated_at')],
        indices: [new TableIndex({ columnNames: ['code'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'county_item',
        columns: [
          col.id(), col.str('code', 40), col.str('name', 200), col.ref('department_id'), col.str('kind', 16),
          col.int('legal_days'), col.int('promised_days'), col.text('materials'), col.int('fee_amount_fen', true),
          col.str('fee_basis', 300, true), col.text('legal_basis'), col.bool('delegable', false),
          col.text('delegated_township_ids', true), col.bool('active', true), col.instant('updated_at'),
        ],
        indices: [new TableIndex({ columnNames: ['code'], isUnique: true }), new TableIndex({ columnNames: ['department_id'] })],
        foreignKeys: [{ columnNames: ['department_id'], referencedTableName: 'department', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'county_case',
        columns: [...caseColumnsV1(), col.ref('department_id')],
        indices: [
          new TableIndex({ columnNames: ['number'], isUnique: true }),
          new TableIndex({ columnNames: ['request_id'], isUnique: true }),
          new TableIndex({ columnNames: ['department_id', 'status'] }),
          new TableIndex({ columnNames: ['status', 'due_at'] }),
          new TableIndex({ columnNames: ['accepted_on'] }),
        ],
        foreignKeys: [
          { columnNames: ['department_id'], referencedTableName: 'department', referencedColumnNames: ['id'] },
          { columnNames: ['item_id'], referencedTableName: 'county_item', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'county_case_history',
        columns: caseHistoryColumnsV1(),
        indices: [new TableIndex({ columnNames: ['case_id', 'seq'], isUnique: true })],
        foreignKeys: [{ columnNames: ['case_id'], referencedTableName: 'county_case', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'county_case_counter',
        columns: [{ ...col.str('unit_code', 20), isPrimary: true }, { ...col.str('day', 8), isPrimary: true }, col.int('last_seq')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'calendar_override',
        columns: [{ ...col.date('date'), isPrimary: true }, col.bool('workday', false), col.str('note', 200, true), col.str('updated_by', 64), col.instant('updated_at')],
      }),
    );
    await q.createTable(
      new Table({ name: 'calendar_year', columns: [{ ...col.int('year'), isPrimary: true }, col.str('confirmed_by', 64), col.instant('confirmed_at')] }),
    );
    await q.createTable(
      new Table({ name: 'county_setting', columns: [{ ...col.str('key', 40), isPrimary: true }, col.str('value', 200), col.instant('updated_at')] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['county_setting', 'calendar_year', 'calendar_override', 'county_case_counter', 'county_case_history', 'county_case', 'county_item', 'department']) {
      await q.dropTable(t);
    }
  }
}
