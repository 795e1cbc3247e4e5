import { Column, Entity, Index } from 'typeorm';
import { CaseHistoryRecord, CaseNumberCounterRecord, CaseRecord } from '../../shared/cases/case-record';

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
export class TownshipCase extends CaseRecord {
  @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
}

@Entity('township_case_history')
@Index(['caseId', 'seq'], { unique: true })
@Index(['step', 'at'])
export class TownshipCaseHistory extends CaseHistoryRecord {}

@Entity('township_case_counter')
export class TownshipCaseCounter extends CaseNumberCounterRecord {}
