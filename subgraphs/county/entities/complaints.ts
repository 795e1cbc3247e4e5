import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DateColumn, InstantColumn } from '../../shared/db/columns';

/** A complaint about a department's or a township's work (效能投诉), kept at the county. */
@Entity('county_complaint')
@Index(['number'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['unitType', 'unitId', 'filedOn'])
@Index(['status', 'dueAt'])
@Index(['filedOn'])
export class CountyComplaint {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) number: string;
  /** The receipt's query code (查询码) for `trackComplaint`; rows filed before it was kept got one in 1765440000000. */
  @Column({ type: 'varchar', length: 8, name: 'query_code' }) queryCode: string;
  @Column({ type: 'varchar', length: 80, name: 'request_id' }) requestId: string;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts); null on rows stored before it existed. */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @Column({ type: 'varchar', length: 16, name: 'unit_type' }) unitType: string;
  @Column({ type: 'varchar', length: 36, name: 'unit_id' }) unitId: string;
  // Kept for display: the name as it was when the complaint was filed.
  @Column({ type: 'varchar', length: 100, name: 'unit_name' }) unitName: string;
  @Column({ type: 'varchar', length: 40, name: 'case_number', nullable: true }) caseNumber: string | null;
  /** Where it came in (complaint-channel.ts); rows filed before channels were kept got theirs in 1765420000000. */
  @Column({ type: 'varchar', length: 16 }) channel: string;
  @Column({ type: 'varchar', length: 50, name: 'complainant_name' }) complainantName: string;
  @Column({ type: 'varchar', length: 20, name: 'complainant_phone', nullable: true }) complainantPhone: string | null;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 16 }) status: string;
  @Column({ type: 'int' }) version: number;
  @InstantColumn({ name: 'filed_at' }) filedAt: Date;
  @DateColumn({ name: 'filed_on' }) filedOn: string;
  @Column({ type: 'varchar', length: 64, name: 'filed_by_id' }) filedById: string;
  @Column({ type: 'varchar', length: 20, name: 'filed_by_role' }) filedByRole: string;
  @DateColumn({ name: 'due_date' }) dueDate: string;
  @InstantColumn({ name: 'due_at' }) dueAt: Date;
  @Column({ type: 'varchar', length: 60, name: 'uncertain_years', nullable: true }) uncertainYears: string | null;
  @Column({ type: 'int', name: 'extension_days', nullable: true }) extensionDays: number | null;
  @Column({ type: 'text', name: 'extension_reason', nullable: true }) extensionReason: string | null;
  @Column({ type: 'text', name: 'unit_feedback', nullable: true }) unitFeedback: string | null;
  @Column({ type: 'text', name: 'result_note', nullable: true }) resultNote: string | null;
  @Column({ type: 'text', name: 'dismiss_reason', nullable: true }) dismissReason: string | null;
  @InstantColumn({ name: 'closed_at', nullable: true }) closedAt: Date | null;
  @DateColumn({ name: 'closed_on', nullable: true }) closedOn: string | null;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

/** The append-only history of a complaint: one row per action, `seq` equal to the version it produced. */
@Entity('county_complaint_event')
@Index(['complaintId', 'seq'], { unique: true })
export class CountyComplaintEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @ForeignKey(() => CountyComplaint) @Column({ type: 'varchar', length: 36, name: 'complaint_id' }) complaintId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 16 }) action: string;
  @Column({ type: 'varchar', length: 16, name: 'from_status', nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 16, name: 'to_status' }) toStatus: string;
  @Column({ type: 'varchar', length: 64, name: 'actor_id' }) actorId: string;
  @Column({ type: 'varchar', length: 50, name: 'actor_name' }) actorName: string;
  @Column({ type: 'varchar', length: 20, name: 'actor_role' }) actorRole: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'int', nullable: true }) days: number | null;
  @InstantColumn({ name: 'at' }) at: Date;
}
