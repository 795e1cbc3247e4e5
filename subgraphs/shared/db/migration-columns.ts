import { TableColumn, type TableColumnOptions } from 'typeorm';

/** Column builders for migrations that produce the same schema on SQLite and MySQL. */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
  ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
  str: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  int: (name: string, nullable = false, dflt?: number): TableColumnOptions => ({ name, type: 'int', isNullable: nullable, ...(dflt !== undefined ? { default: dflt } : {}) }),
  bool: (name: string, dflt: boolean): TableColumnOptions => ({ name, type: 'boolean', default: dflt }),
  instant: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '24', isNullable: nullable }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: nullable }),
};

export const columns = (defs: TableColumnOptions[]): TableColumn[] => defs.map((d) => new TableColumn(d));

/** Columns every case table has, on both tiers (version 1 of the case schema; never edit, add migrations). */
export const caseColumnsV1 = (): TableColumnOptions[] => [
  col.id(),
  col.str('number', 40),
  col.str('query_code', 8),
  col.str('request_id', 80),
  col.ref('item_id'),
  col.str('applicant_name', 100),
  col.str('applicant_id_type', 16),
  col.str('applicant_id_number', 18),
  col.str('applicant_phone', 20, true),
  col.text('submitted_materials'),
  col.str('status', 24),
  col.int('version', false, 1),
  col.bool('expedited', false),
  col.instant('received_at'),
  col.instant('accepted_at', true),
  col.date('accepted_on', true),
  col.date('due_date', true),
  col.instant('due_at', true),
  col.instant('paused_at', true),
  col.str('resume_status', 24, true),
  col.int('paused_working_days', false, 0),
  col.str('uncertain_years', 60, true),
  col.instant('completed_at', true),
  col.date('completed_on', true),
  col.str('result_document_number', 100, true),
  col.text('refusal_reason', true),
  col.text('missing_materials'),
  col.str('special_procedure_kind', 16, true),
  col.str('delivery_method', 16, true),
  col.str('tracking_number', 60, true),
  col.instant('delivered_at', true),
  col.instant('withdrawn_at', true),
  col.str('first_contact_id', 64),
  col.str('first_contact_name', 50),
  col.str('created_by', 64),
  col.instant('created_at'),
  col.instant('updated_at'),
];

/** Columns of the append-only case history tables. */
export const caseHistoryColumnsV1 = (): TableColumnOptions[] => [
  col.id(),
  col.ref('case_id'),
  col.int('seq'),
  col.str('step', 40),
  col.str('from_status', 24, true),
  col.str('to_status', 24),
  col.str('actor_id', 64),
  col.str('actor_name', 50),
  col.str('actor_role', 20),
  col.str('unit_name', 100),
  col.instant('at'),
  col.text('note', true),
];
