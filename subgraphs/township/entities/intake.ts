import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DateColumn, InstantColumn, JsonColumn } from '../../shared/db/columns';
import { CaseHistoryRecord } from '../../shared/cases/case-record';
import { OutboxRecord } from '../../shared/outbox/outbox-record';
import { Township } from './catalog';

/** A county item accepted at a township window on the county's behalf (委托受理). */
@Entity('delegated_intake')
@Index(['number'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['townshipId', 'acceptedOn'])
@Index(['townshipId', 'forwardedAt'])
@Index(['acceptedAt'])
@Index(['townshipId', 'acceptedAt'])
@Index(['applicantIdNumber'])
@Index(['applicantName'])
@Index(['countyCaseNumber'])
@Index(['handedOverAt', 'townshipId', 'countyStatus', 'forwardedAt', 'dueAt', 'acceptedAt'])
export class DelegatedIntakeRow {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) number: string;
  @Column({ type: 'varchar', length: 8, name: 'query_code' }) queryCode: string;
  @Column({ type: 'varchar', length: 80, name: 'request_id' }) requestId: string;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts); null on rows stored before it existed. */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
  @Column({ type: 'varchar', length: 36, name: 'county_item_id' }) countyItemId: string;
  @Column({ type: 'varchar', length: 40, name: 'item_code' }) itemCode: string;
  @Column({ type: 'varchar', length: 200, name: 'item_name' }) itemName: string;
  @Column({ type: 'varchar', length: 100, name: 'applicant_name' }) applicantName: string;
  @Column({ type: 'varchar', length: 16, name: 'applicant_id_type' }) applicantIdType: string;
  @Column({ type: 'varchar', length: 18, name: 'applicant_id_number' }) applicantIdNumber: string;
  @Column({ type: 'varchar', length: 20, name: 'applicant_phone', nullable: true }) applicantPhone: string | null;
  @JsonColumn({ name: 'submitted_materials' }) submittedMaterials: string[];
  @Column({ type: 'boolean' }) expedited: boolean;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 64, name: 'clerk_id' }) clerkId: string;
  @Column({ type: 'varchar', length: 50, name: 'clerk_name' }) clerkName: string;
  @InstantColumn({ name: 'accepted_at' }) acceptedAt: Date;
  @DateColumn({ name: 'accepted_on' }) acceptedOn: string;
  @DateColumn({ name: 'due_date', nullable: true }) dueDate: string | null;
  @InstantColumn({ name: 'due_at', nullable: true }) dueAt: Date | null;
  /** The county's clock, as last reported: stopped since (supplement, special procedure), days added by pauses, years it guessed. */
  @InstantColumn({ name: 'paused_at', nullable: true }) pausedAt: Date | null;
  @Column({ type: 'int', name: 'paused_working_days' }) pausedWorkingDays: number;
  @Column({ type: 'varchar', length: 60, name: 'uncertain_years', nullable: true }) uncertainYears: string | null;
  @InstantColumn({ name: 'forwarded_at', nullable: true }) forwardedAt: Date | null;
  @Column({ type: 'varchar', length: 36, name: 'county_case_id', nullable: true }) countyCaseId: string | null;
  @Column({ type: 'varchar', length: 40, name: 'county_case_number', nullable: true }) countyCaseNumber: string | null;
  @Column({ type: 'varchar', length: 24, name: 'county_status', nullable: true }) countyStatus: string | null;
  @Column({ type: 'int', name: 'county_version' }) countyVersion: number;
  @JsonColumn({ name: 'missing_materials' }) missingMaterials: string[];
  @InstantColumn({ name: 'supplement_requested_at', nullable: true }) supplementRequestedAt: Date | null;
  @InstantColumn({ name: 'supplement_resubmitted_at', nullable: true }) supplementResubmittedAt: Date | null;
  @Column({ type: 'varchar', length: 100, name: 'result_document_number', nullable: true }) resultDocumentNumber: string | null;
  @Column({ type: 'text', name: 'refusal_reason', nullable: true }) refusalReason: string | null;
  @InstantColumn({ name: 'handed_over_at', nullable: true }) handedOverAt: Date | null;
  @Column({ type: 'varchar', length: 16, name: 'delivery_method', nullable: true }) deliveryMethod: string | null;
  @Column({ type: 'varchar', length: 60, name: 'tracking_number', nullable: true }) trackingNumber: string | null;
  @Column({ type: 'int' }) version: number;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

/** Append-only journey of an intake: township steps and the county's, as reported. */
@Entity('delegated_intake_history')
@Index(['caseId', 'seq'], { unique: true })
@ForeignKey(() => DelegatedIntakeRow, ['caseId'], ['id'])
export class IntakeHistoryRow extends CaseHistoryRecord {}

/** Intakes and clerk actions waiting to be delivered to the county. */
@Entity('township_outbox')
export class TownshipOutbox extends OutboxRecord {}
