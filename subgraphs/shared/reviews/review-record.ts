import { Column, PrimaryColumn } from 'typeorm';
import { DateColumn, InstantColumn } from '../db/columns';

/** Columns every review has on both tiers; each tier's entity adds the unit the case belongs to. */
export abstract class ReviewRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'case_id' }) caseId: string;
  @Column({ type: 'varchar', length: 40, name: 'case_number' }) caseNumber: string;
  @Column({ type: 'varchar', length: 36, name: 'item_id' }) itemId: string;
  @DateColumn({ name: 'accepted_on', nullable: true }) acceptedOn: string | null;
  @Column({ type: 'int' }) level: number;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ type: 'varchar', length: 80, name: 'request_id' }) requestId: string;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts); null on rows stored before it existed. */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @InstantColumn({ name: 'reviewed_at' }) reviewedAt: Date;
  @DateColumn({ name: 'reviewed_on' }) reviewedOn: string;
  @Column({ type: 'varchar', length: 16, name: 'rectification_status' }) rectificationStatus: string;
  @DateColumn({ name: 'rectification_due_date', nullable: true }) rectificationDueDate: string | null;
  @InstantColumn({ name: 'rectification_due_at', nullable: true }) rectificationDueAt: Date | null;
  @InstantColumn({ name: 'rectification_started_at', nullable: true }) rectificationStartedAt: Date | null;
  @Column({ type: 'text', name: 'rectification_start_note', nullable: true }) rectificationStartNote: string | null;
  @InstantColumn({ name: 'rectified_at', nullable: true }) rectifiedAt: Date | null;
  @Column({ type: 'text', name: 'rectification_note', nullable: true }) rectificationNote: string | null;
  @InstantColumn({ name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', name: 'decision_reason', nullable: true }) decisionReason: string | null;
  @InstantColumn({ name: 'settled_at', nullable: true }) settledAt: Date | null;
  @InstantColumn({ name: 'followed_up_at', nullable: true }) followedUpAt: Date | null;
  @Column({ type: 'text', name: 'follow_up_note', nullable: true }) followUpNote: string | null;
  @Column({ type: 'int' }) version: number;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

/** One step of a rectification, append-only. */
export abstract class RectificationEventRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'review_id' }) reviewId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 20 }) action: string;
  @Column({ type: 'varchar', length: 16, name: 'from_status', nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 16, name: 'to_status' }) toStatus: string;
  @Column({ type: 'varchar', length: 64, name: 'actor_id' }) actorId: string;
  @Column({ type: 'varchar', length: 50, name: 'actor_name' }) actorName: string;
  @Column({ type: 'varchar', length: 20, name: 'actor_role' }) actorRole: string;
  @InstantColumn({ name: 'at' }) at: Date;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
