import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** A clerk finds a case by the applicant's ID number or name without reading the whole table (the number has its unique index). */
export class CountyCaseSearch1765000000000 implements MigrationInterface {
  name = 'CountyCaseSearch1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('county_case', new TableIndex({ columnNames: ['applicant_id_number'] }));
    await q.createIndex('county_case', new TableIndex({ columnNames: ['applicant_name'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('county_case', new TableIndex({ columnNames: ['applicant_name'] }));
    await q.dropIndex('county_case', new TableIndex({ columnNames: ['applicant_id_number'] }));
  }
}
