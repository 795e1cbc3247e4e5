import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A clerk finds a township case or a delegated intake by the applicant's ID number or name, and an
 * intake by its county case number, without reading the whole table (the own numbers have their unique indexes).
 */
export class TownshipCaseSearch1765000000000 implements MigrationInterface {
  name = 'TownshipCaseSearch1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('township_case', new TableIndex({ columnNames: ['applicant_id_number'] }));
    await q.createIndex('township_case', new TableIndex({ columnNames: ['applicant_name'] }));
    await q.createIndex('delegated_intake', new TableIndex({ columnNames: ['applicant_id_number'] }));
    await q.createIndex('delegated_intake', new TableIndex({ columnNames: ['applicant_name'] }));
    await q.createIndex('delegated_intake', new TableIndex({ columnNames: ['county_case_number'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('delegated_intake', new TableIndex({ columnNames: ['county_case_number'] }));
    await q.dropIndex('delegated_intake', new TableIndex({ columnNames: ['applicant_name'] }));
    await q.dropIndex('delegated_intake', new TableIndex({ columnNames: ['applicant_id_number'] }));
    await q.dropIndex('township_case', new TableIndex({ columnNames: ['applicant_name'] }));
    await q.dropIndex('township_case', new TableIndex({ columnNames: ['applicant_id_number'] }));
  }
}
