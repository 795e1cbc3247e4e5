import type { MigrationInterface, QueryRunner } from 'typeorm';
import { declareSchema, undeclareSchema, type ColumnDefaults } from '../../shared/db/declared-schema';

const TABLES = [
  'department', 'county_item', 'county_case', 'county_case_history', 'county_case_counter', 'county_inbox', 'county_outbox',
  'calendar_override', 'calendar_year', 'county_setting', 'county_complaint', 'county_complaint_event', 'county_review',
  'county_rectification_event', 'supervision_record', 'supervision_event',
];

const DEFAULTS: ColumnDefaults = {
  county_item: { delegable: false, active: true },
  county_case: { version: 1, expedited: false, paused_working_days: 0 },
  county_outbox: { attempts: 0, subject_seq: 0 },
  calendar_override: { workday: false },
  county_complaint: { version: 1 },
  county_review: { version: 1 },
  supervision_record: { version: 1 },
};

/** The county schema as its entities declare it: no column defaults, foreign keys that name their action (shared/db/declared-schema.ts). */
export class CountySchemaDeclared1765200000000 implements MigrationInterface {
  name = 'CountySchemaDeclared1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await declareSchema(q, TABLES, DEFAULTS);
  }

  async down(q: QueryRunner): Promise<void> {
    await undeclareSchema(q, TABLES, DEFAULTS);
  }
}
