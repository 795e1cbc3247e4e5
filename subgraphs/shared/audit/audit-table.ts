import { Table, TableIndex } from 'typeorm';
import { col } from '../db/migration-columns';

/** The `audit_log` table as both tiers' migrations create it (version 1; never edit, add migrations). */
export const auditLogTableV1 = (): Table =>
  new Table({
    name: 'audit_log',
    columns: [
      col.id(),
      col.instant('at'),
      col.str('actor_id', 64),
      col.str('actor_name', 50),
      col.str('actor_role', 20),
      col.ref('actor_unit_id', true),
      col.str('entity_type', 30),
      col.str('entity_id', 64),
      col.str('action', 20),
      col.text('changes'),
    ],
    indices: [
      new TableIndex({ columnNames: ['at'] }),
      new TableIndex({ columnNames: ['entity_type', 'at'] }),
      new TableIndex({ columnNames: ['actor_id', 'at'] }),
    ],
  });
