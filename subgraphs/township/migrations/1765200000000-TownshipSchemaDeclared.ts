import type { MigrationInterface, QueryRunner } from 'typeorm';
import { declareSchema, undeclareSchema, type ColumnDefaults } from '../../shared/db/declared-schema';

const TABLES = [
  'township', 'village_point', 'township_item', 'township_case', 'township_case_history', 'township_case_counter', 'calendar_copy',
  'delegated_intake', 'delegated_intake_history', 'township_outbox', 'township_review', 'township_rectification_event',
];

const DEFAULTS: ColumnDefaults = {
  township_item: { active: true },
  township_case: { version: 1, expedited: false, paused_working_days: 0 },
  delegated_intake: { expedited: false, county_version: 0, version: 1, paused_working_days: 0 },
  township_outbox: { attempts: 0, subject_seq: 0 },
  township_review: { version: 1 },
};

/** The township schema as its entities declare it: no column defaults, foreign keys that name their action (shared/db/declared-schema.ts). */
export class TownshipSchemaDeclared1765200000000 implements MigrationInterface {
  name = 'TownshipSchemaDeclared1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await declareSchema(q, TABLES, DEFAULTS);
  }

  async down(q: QueryRunner): Promise<void> {
    await undeclareSchema(q, TABLES, DEFAULTS);
  }
}
