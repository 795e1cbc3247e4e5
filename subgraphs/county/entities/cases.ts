import { Column, Entity, Index } from 'typeorm';
import { CaseHistoryRecord, CaseNumberCounterRecord, CaseRecord } from '../../shared/cases/case-record';

@Entity('county_case')
@Index(['number'], { unique: true })
@Index(['requestId'], { unique: true })
@Index(['departmentId', 'status'])
@Index(['status', 'dueAt'])
@Index(['acceptedOn'])
export class CountyCase extends CaseRecord {
  @Column({ type: 'varchar', length: 36, name: 'department_id' }) departmentId: string;
}

@Entity('county_case_history')
@Index(['caseId', 'seq'], { unique: true })
export class CountyCaseHistory extends CaseHistoryRecord {}

@Entity('county_case_counter')
export class CountyCaseCounter extends CaseNumberCounterRecord {}
