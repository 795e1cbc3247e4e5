import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { CaseHistoryRecord, CaseNumberCounterRecord, CaseRecord } from '../../shared/cases/case-record';
import { Township, TownshipItem } from './catalog';

@Entity('township_case')
@Index(['number'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['townshipId', 'status'])
@Index(['status', 'dueAt'])
@Index(['acceptedOn'])
@Index(['receivedAt'])
@Index(['townshipId', 'receivedAt'])
@Index(['applicantIdNumber'])
@Index(['applicantName'])
// The statistics' covering indexes (figure-indices.ts), named as the migration named them.
@Index('IDX_township_case_cohort', ['acceptedOn', 'townshipId', 'itemId', 'status', 'itemKind', 'expedited', 'channel', 'completedOn', 'dueDate', 'dueAt', 'pausedAt'])
@Index('IDX_township_case_completed_on', ['completedOn', 'townshipId', 'itemId', 'status'])
@Index('IDX_township_case_due_date', ['dueDate', 'townshipId', 'itemId', 'status', 'completedOn', 'dueAt', 'pausedAt', 'withdrawnAt'])
@Index('IDX_township_case_open_clock', ['status', 'townshipId', 'itemId', 'acceptedOn', 'dueDate', 'dueAt', 'pausedAt', 'pausedWorkingDays'])
@ForeignKey(() => TownshipItem, ['itemId'], ['id'])
export class TownshipCase extends CaseRecord {
  @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
}

@Entity('township_case_history')
@Index(['caseId', 'seq'], { unique: true })
@Index(['step', 'at'])
@ForeignKey(() => TownshipCase, ['caseId'], ['id'])
export class TownshipCaseHistory extends CaseHistoryRecord {}

@Entity('township_case_counter')
export class TownshipCaseCounter extends CaseNumberCounterRecord {}
