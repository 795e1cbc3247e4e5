import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../db/columns';

/**
 * One administrative change (操作日志), append-only: written in the change's own transaction and
 * never updated or deleted. Both tiers keep the same table, `audit_log`, in their own database.
 */
@Entity('audit_log')
@Index(['at'])
@Index(['entityType', 'at'])
@Index(['actorId', 'at'])
export class AuditLogRow {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @InstantColumn({ name: 'at' }) at: Date;
  /** The token's subject. */
  @Column({ type: 'varchar', length: 64, name: 'actor_id' }) actorId: string;
  @Column({ type: 'varchar', length: 50, name: 'actor_name' }) actorName: string;
  @Column({ type: 'varchar', length: 20, name: 'actor_role' }) actorRole: string;
  /** The actor's department or township, when the role has one. */
  @Column({ type: 'varchar', length: 36, name: 'actor_unit_id', nullable: true }) actorUnitId: string | null;
  /** DEPARTMENT, COUNTY_ITEM, TOWNSHIP, VILLAGE_POINT, TOWNSHIP_ITEM, CALENDAR_OVERRIDE, … */
  @Column({ type: 'varchar', length: 30, name: 'entity_type' }) entityType: string;
  @Column({ type: 'varchar', length: 64, name: 'entity_id' }) entityId: string;
  /** CREATE, UPDATE, DEACTIVATE, REMOVE, CONFIRM, DECIDE, … */
  @Column({ type: 'varchar', length: 20 }) action: string;
  /** The changed fields, before → after (AuditFieldChange of domain/audit-diff.ts). */
  @JsonColumn({ name: 'changes' }) changes: { field: string; before: unknown; after: unknown }[];
}
