import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '../../shared/db/migration-columns';

/** E-supervision at the township: the RED mark on cases (reported to the county once), refusal lookups by step. */
export class TownshipSupervision1764300000000 implements MigrationInterface {
  name = 'TownshipSupervision1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('township_case', new TableColumn(col.instant('red_noticed_at', true)));
    await q.createIndex('township_case_history', new TableIndex({ columnNames: ['step', 'at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('township_case_history', new TableIndex({ columnNames: ['step', 'at'] }));
    await q.dropColumn('township_case', 'red_noticed_at');
  }
}
