import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../shared/db/columns';
import { OutboxRecord } from '../../shared/outbox/outbox-record';
import { CaseHistoryRecord, CaseNumberCounterRecord, CaseRecord } from '../../shared/cases/case-record';
import { CountyItem, Department } from './catalog';

@Entity('county_case')
@Index(['number'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['departmentId', 'status'])
@Index(['status', 'dueAt'])
@Index(['acceptedOn'])
@Index(['originIntakeId'], { unique: true })
@Index(['originIntakeNumber'])
@Index(['receivedAt'])
@Index(['departmentId', 'receivedAt'])
@Index(['applicantIdNumber'])
@Index(['applicantName'])
// The statistics' covering indexes (figure-indices.ts), named as the migration named them.
@Index('IDX_county_case_cohort', ['acceptedOn', 'departmentId', 'itemId', 'status', 'itemKind', 'expedited', 'channel', 'completedOn', 'dueDate', 'dueAt', 'pausedAt'])
@Index('IDX_county_case_completed_on', ['completedOn', 'departmentId', 'itemId', 'status'])
@Index('IDX_county_case_due_date', ['dueDate', 'departmentId', 'itemId', 'status', 'completedOn', 'dueAt', 'pausedAt', 'withdrawnAt'])
@Index('IDX_county_case_open_clock', ['status', 'departmentId', 'itemId', 'acceptedOn', 'dueDate', 'dueAt', 'pausedAt', 'pausedWorkingDays'])
@Index('IDX_county_case_origin_figures', ['originTownshipId', 'status', 'dueAt', 'pausedAt', 'forwardedAt'])
@ForeignKey(() => CountyItem, ['itemId'], ['id'])
export class CountyCase extends CaseRecord {
  @ForeignKey(() => Department) @Column({ type: 'varchar', length: 36, name: 'department_id' }) departmentId: string;
  // Set when a township accepted the case on the county's behalf (委托受理).
  @Column({ type: 'varchar', length: 36, name: 'origin_intake_id', nullable: true }) originIntakeId: string | null;
  @Column({ type: 'varchar', length: 40, name: 'origin_intake_number', nullable: true }) originIntakeNumber: string | null;
  @Column({ type: 'varchar', length: 8, name: 'origin_query_code', nullable: true }) originQueryCode: string | null;
  @Column({ type: 'varchar', length: 36, name: 'origin_township_id', nullable: true }) originTownshipId: string | null;
  @InstantColumn({ name: 'forwarded_at', nullable: true }) forwardedAt: Date | null;
}

/** Messages from townships already applied, so a repeated delivery changes nothing. */
@Entity('county_inbox')
export class CountyInbox {
  @PrimaryColumn({ type: 'varchar', length: 120, name: 'message_key' }) messageKey: string;
  @InstantColumn({ name: 'processed_at' }) processedAt: Date;
}

/** Updates on delegated cases waiting to be delivered to the township that took them in. */
@Entity('county_outbox')
export class CountyOutbox extends OutboxRecord {}

@Entity('county_case_history')
@Index(['caseId', 'seq'], { unique: true })
@Index(['step', 'at'])
@ForeignKey(() => CountyCase, ['caseId'], ['id'])
export class CountyCaseHistory extends CaseHistoryRecord {}

@Entity('county_case_counter')
export class CountyCaseCounter extends CaseNumberCounterRecord {}
