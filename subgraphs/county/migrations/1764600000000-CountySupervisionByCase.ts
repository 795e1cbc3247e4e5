import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Looks up a case's supervision records (`CountyCase.supervision`, `TownshipCase.supervision`): auto_key covers automatic records only. */
export class CountySupervisionByCase1764600000000 implements MigrationInterface {
  name = 'CountySupervisionByCase1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('supervision_record', new TableIndex({ columnNames: ['case_tier', 'case_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('supervision_record', new TableIndex({ columnNames: ['case_tier', 'case_id'] }));
  }
}
