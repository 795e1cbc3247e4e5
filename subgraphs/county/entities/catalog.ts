import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { JsonColumn, InstantColumn } from '../../shared/db/columns';

@Entity('department')
@Index(['requestId'], { unique: true })
export class Department {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 8 }) code: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 40, name: 'short_name' }) shortName: string;
  @Column({ type: 'varchar', length: 100 }) window: string;
  @Column({ type: 'varchar', length: 30 }) phone: string;
  /** False once deactivated (停用); a department with unfinished cases cannot be. */
  @Column({ type: 'boolean' }) active: boolean;
  /** Idempotency key of the creating request, when it gave one. */
  @Column({ type: 'varchar', length: 80, name: 'request_id', nullable: true }) requestId: string | null;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts). */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

export interface MaterialRow {
  name: string;
  originals: number;
  copies: number;
  mandatory: boolean;
}

@Entity('county_item')
@Index(['requestId'], { unique: true })
export class CountyItem {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Index() @ForeignKey(() => Department) @Column({ type: 'varchar', length: 36, name: 'department_id' }) departmentId: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'int', name: 'legal_days' }) legalDays: number;
  @Column({ type: 'int', name: 'promised_days' }) promisedDays: number;
  @JsonColumn({ name: 'materials' }) materials: MaterialRow[];
  @Column({ type: 'int', name: 'fee_amount_fen', nullable: true }) feeAmountFen: number | null;
  @Column({ type: 'varchar', length: 300, name: 'fee_basis', nullable: true }) feeBasis: string | null;
  @Column({ type: 'text', name: 'legal_basis' }) legalBasis: string;
  /** 办事指南: the public guide's text (how to apply, where, when); null when none is written. */
  @Column({ type: 'text', name: 'guide_text', nullable: true }) guideText: string | null;
  @Column({ type: 'boolean' }) delegable: boolean;
  @JsonColumn({ name: 'delegated_township_ids', nullable: true }) delegatedTownshipIds: string[] | null;
  @Column({ type: 'boolean' }) active: boolean;
  /** Idempotency key of the creating request, when it gave one. */
  @Column({ type: 'varchar', length: 80, name: 'request_id', nullable: true }) requestId: string | null;
  /** Fingerprint of the creating request's payload (request-fingerprint.ts). */
  @Column({ type: 'varchar', length: 64, name: 'request_hash', nullable: true }) requestHash: string | null;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}
