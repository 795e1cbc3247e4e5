import { Column, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../db/columns';

/**
 * A message waiting to be delivered to the other tier, written in the same transaction as the
 * change it announces. `messageKey` is unique and travels with the message, so the receiver
 * can apply it exactly once however often it arrives.
 */
@Index(['messageKey'], { unique: true })
@Index(['deliveredAt', 'nextAttemptAt'])
@Index(['subjectId'])
@Index(['subjectId', 'deliveredAt', 'subjectSeq'])
export abstract class OutboxRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 120, name: 'message_key' }) messageKey: string;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 36, name: 'subject_id' }) subjectId: string;
  /** Place among the subject's messages: none goes out while an older one is undelivered. */
  @Column({ type: 'int', name: 'subject_seq' }) subjectSeq: number;
  @JsonColumn({ name: 'payload' }) payload: Record<string, unknown>;
  @InstantColumn({ name: 'created_at' }) createdAt: Date;
  @Column({ type: 'int' }) attempts: number;
  @InstantColumn({ name: 'next_attempt_at' }) nextAttemptAt: Date;
  @Column({ type: 'varchar', length: 64, name: 'claimed_by', nullable: true }) claimedBy: string | null;
  @InstantColumn({ name: 'lease_until', nullable: true }) leaseUntil: Date | null;
  @InstantColumn({ name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @Column({ type: 'varchar', length: 500, name: 'last_error', nullable: true }) lastError: string | null;
  /** Set when the receiver refused the message for good; it waits (and holds its subject) until retried. */
  @InstantColumn({ name: 'parked_at', nullable: true }) parkedAt: Date | null;
}
