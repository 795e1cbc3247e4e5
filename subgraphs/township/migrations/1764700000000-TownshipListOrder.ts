import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const OPEN_INTAKE_COLUMNS = ['handed_over_at', 'township_id', 'county_status', 'forwarded_at', 'due_at', 'accepted_at'];

/**
 * Case and intake lists are newest first: these indexes give a page without sorting the whole
 * table (all, or one township's). The last one covers the township status board's open intakes.
 */
export class TownshipListOrder1764700000000 implements MigrationInterface {
  name = 'TownshipListOrder1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('township_case', new TableIndex({ columnNames: ['received_at'] }));
    await q.createIndex('township_case', new TableIndex({ columnNames: ['township_id', 'received_at'] }));
    await q.createIndex('delegated_intake', new TableIndex({ columnNames: ['accepted_at'] }));
    await q.createIndex('delegated_intake', new TableIndex({ columnNames: ['township_id', 'accepted_at'] }));
    await q.createIndex('delegated_intake', new TableIndex({ columnNames: OPEN_INTAKE_COLUMNS }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('delegated_intake', new TableIndex({ columnNames: OPEN_INTAKE_COLUMNS }));
    await q.dropIndex('delegated_intake', new TableIndex({ columnNames: ['township_id', 'accepted_at'] }));
    await q.dropIndex('delegated_intake', new TableIndex({ columnNames: ['accepted_at'] }));
    await q.dropIndex('township_case', new TableIndex({ columnNames: ['township_id', 'received_at'] }));
    await q.dropIndex('township_case', new TableIndex({ columnNames: ['received_at'] }));
  }
}
