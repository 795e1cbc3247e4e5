import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Case lists are newest first: these indexes give a page without sorting the whole table (all cases, or one department's). */
export class CountyCaseListOrder1764700000000 implements MigrationInterface {
  name = 'CountyCaseListOrder1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('county_case', new TableIndex({ columnNames: ['received_at'] }));
    await q.createIndex('county_case', new TableIndex({ columnNames: ['department_id', 'received_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('county_case', new TableIndex({ columnNames: ['department_id', 'received_at'] }));
    await q.dropIndex('county_case', new TableIndex({ columnNames: ['received_at'] }));
  }
}
