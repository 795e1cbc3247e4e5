import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../shared/db/columns';

/**
 * A supervision record (督办) of the efficiency office: opened automatically when a case turns
 * RED, or by a supervisor by hand; the responsible unit closes it with a feedback note.
 */
@Entity('supervision_record')
@Index(['number'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['autoKey'], { unique: true })
@Index(['status', 'openedAt'])
@Index(['unitType', 'unitId', 'status'])
@Index(['caseTier', 'caseId'])
export class SupervisionRecordRow {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) number: string;
  /** AUTO (a case turned RED) or MANUAL (opened by a supervisor). */
  @Column({ type: 'varchar', length: 8 }) origin: string;
  /** `AUTO:<tier>:<case id>` for automatic records, so each case opens one at most; null for manual ones. */
  @Column({ type: 'varchar', length: 60, name: 'auto_key', nullable: true }) autoKey: string | null;
  @Column({ type: 'varchar', length: 80, name: 'request_id', nullable: true }) requestId: string | null;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts); null on rows stored before it existed. */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @Column({ type: 'varchar', length: 10, name: 'case_tier', nullable: true }) caseTier: string | null;
  @Column({ type: 'varchar', length: 36, name: 'case_id', nullable: true }) caseId: string | null;
  @Column({ type: 'varchar', length: 40, name: 'case_number', nullable: true }) caseNumber: string | null;
  /** DEPARTMENT or TOWNSHIP: who must answer. */
  @Column({ type: 'varchar', length: 12, name: 'unit_type' }) unitType: string;
  @Column({ type: 'varchar', length: 36, name: 'unit_id' }) unitId: string;
  @Column({ type: 'varchar', length: 100, name: 'unit_name' }) unitName: string;
  @Column({ type: 'text' }) reason: string;
  /** OPEN or CLOSED. */
  @Column({ type: 'varchar', length: 8 }) status: string;
  @InstantColumn({ name: 'opened_at' }) openedAt: Date;
  @Column({ type: 'varchar', length: 64, name: 'opened_by' }) openedBy: string;
  @Column({ type: 'varchar', length: 50, name: 'opened_by_name' }) openedByName: string;
  @Column({ type: 'text', nullable: true }) feedback: string | null;
  @InstantColumn({ name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column({ type: 'varchar', length: 50, name: 'closed_by_name', nullable: true }) closedByName: string | null;
  @Column({ type: 'int' }) version: number;
}

/** Append-only steps of a supervision record. */
@Entity('supervision_event')
@Index(['recordId', 'seq'], { unique: true })
export class SupervisionEventRow {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @ForeignKey(() => SupervisionRecordRow) @Column({ type: 'varchar', length: 36, name: 'record_id' }) recordId: string;
  @Column({ type: 'int' }) seq: number;
  /** OPEN or CLOSE. */
  @Column({ type: 'varchar', length: 12 }) action: string;
  @Column({ type: 'varchar', length: 64, name: 'actor_id' }) actorId: string;
  @Column({ type: 'varchar', length: 50, name: 'actor_name' }) actorName: string;
  @Column({ type: 'varchar', length: 20, name: 'actor_role' }) actorRole: string;
  @InstantColumn({ name: 'at' }) at: Date;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
