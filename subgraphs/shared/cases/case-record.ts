import { Column, PrimaryColumn } from 'typeorm';
import { DateColumn, InstantColumn, JsonColumn } from '../db/columns';

/** Columns every case has on both tiers; each tier's entity adds where the case belongs. */
export abstract class CaseRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) number: string;
  @Column({ type: 'varchar', length: 8, name: 'query_code' }) queryCode: string;
  @Column({ type: 'varchar', length: 80, name: 'request_id' }) requestId: string;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts); null on rows stored before it existed. */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @Column({ type: 'varchar', length: 36, name: 'item_id' }) itemId: string;
  /** The item's kind (IMMEDIATE/PROMISED) as of acceptance, so figures by kind need no join and survive catalog edits. */
  @Column({ type: 'varchar', length: 16, name: 'item_kind', nullable: true }) itemKind: string | null;
  @Column({ type: 'varchar', length: 100, name: 'applicant_name' }) applicantName: string;
  @Column({ type: 'varchar', length: 16, name: 'applicant_id_type' }) applicantIdType: string;
  @Column({ type: 'varchar', length: 18, name: 'applicant_id_number' }) applicantIdNumber: string;
  @Column({ type: 'varchar', length: 20, name: 'applicant_phone', nullable: true }) applicantPhone: string | null;
  @JsonColumn({ name: 'submitted_materials' }) submittedMaterials: string[];
  @Column({ type: 'varchar', length: 24 }) status: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'boolean' }) expedited: boolean;
  /** WINDOW or ONLINE (domain/channel.ts). */
  @Column({ type: 'varchar', length: 10 }) channel: string;
  @InstantColumn({ name: 'received_at' }) receivedAt: Date;
  @InstantColumn({ name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @DateColumn({ name: 'accepted_on', nullable: true }) acceptedOn: string | null;
  @DateColumn({ name: 'due_date', nullable: true }) dueDate: string | null;
  @InstantColumn({ name: 'due_at', nullable: true }) dueAt: Date | null;
  @InstantColumn({ name: 'paused_at', nullable: true }) pausedAt: Date | null;
  @Column({ type: 'varchar', length: 24, name: 'resume_status', nullable: true }) resumeStatus: string | null;
  @Column({ type: 'int', name: 'paused_working_days' }) pausedWorkingDays: number;
  /** Working days the case was given at acceptance (0 for an immediate item), so a calendar change can recount its due date. */
  @Column({ type: 'int', name: 'granted_days', nullable: true }) grantedDays: number | null;
  @Column({ type: 'varchar', length: 60, name: 'uncertain_years', nullable: true }) uncertainYears: string | null;
  @InstantColumn({ name: 'completed_at', nullable: true }) completedAt: Date | null;
  @DateColumn({ name: 'completed_on', nullable: true }) completedOn: string | null;
  @Column({ type: 'varchar', length: 100, name: 'result_document_number', nullable: true }) resultDocumentNumber: string | null;
  @Column({ type: 'text', name: 'refusal_reason', nullable: true }) refusalReason: string | null;
  @JsonColumn({ name: 'missing_materials' }) missingMaterials: string[];
  @Column({ type: 'varchar', length: 16, name: 'special_procedure_kind', nullable: true }) specialProcedureKind: string | null;
  @Column({ type: 'varchar', length: 16, name: 'delivery_method', nullable: true }) deliveryMethod: string | null;
  @Column({ type: 'varchar', length: 60, name: 'tracking_number', nullable: true }) trackingNumber: string | null;
  @InstantColumn({ name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @InstantColumn({ name: 'withdrawn_at', nullable: true }) withdrawnAt: Date | null;
  /** When e-supervision first saw the case RED and opened (or reported) its supervision record. */
  @InstantColumn({ name: 'red_noticed_at', nullable: true }) redNoticedAt: Date | null;
  @Column({ type: 'varchar', length: 64, name: 'first_contact_id' }) firstContactId: string;
  @Column({ type: 'varchar', length: 50, name: 'first_contact_name' }) firstContactName: string;
  @Column({ type: 'varchar', length: 64, name: 'created_by' }) createdBy: string;
  @InstantColumn({ name: 'created_at' }) createdAt: Date;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

/** One row of a case's append-only history. */
export abstract class CaseHistoryRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, name: 'case_id' }) caseId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 40 }) step: string;
  @Column({ type: 'varchar', length: 24, name: 'from_status', nullable: true }) fromStatus: string | null;
  @Column({ type: 'varchar', length: 24, name: 'to_status' }) toStatus: string;
  @Column({ type: 'varchar', length: 64, name: 'actor_id' }) actorId: string;
  @Column({ type: 'varchar', length: 50, name: 'actor_name' }) actorName: string;
  @Column({ type: 'varchar', length: 20, name: 'actor_role' }) actorRole: string;
  @Column({ type: 'varchar', length: 100, name: 'unit_name' }) unitName: string;
  @InstantColumn({ name: 'at' }) at: Date;
  @Column({ type: 'text', nullable: true }) note: string | null;
}

/** Per-unit, per-day counters behind readable case numbers. */
export abstract class CaseNumberCounterRecord {
  @PrimaryColumn({ type: 'varchar', length: 20, name: 'unit_code' }) unitCode: string;
  @PrimaryColumn({ type: 'varchar', length: 8 }) day: string;
  @Column({ type: 'int', name: 'last_seq' }) lastSeq: number;
}
