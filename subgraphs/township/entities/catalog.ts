import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { JsonColumn, InstantColumn } from '../../shared/db/columns';

@Entity('township')
export class Township {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 12, name: 'division_code' }) divisionCode: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  @Column({ type: 'varchar', length: 200 }) address: string;
  @Column({ type: 'varchar', length: 30 }) phone: string;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}

@Entity('village_point')
export class VillagePoint {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Index() @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 15 }) code: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
}

@Entity('township_item')
@Index(['townshipId', 'code'], { unique: true })
export class TownshipItem {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @ForeignKey(() => Township) @Column({ type: 'varchar', length: 36, name: 'township_id' }) townshipId: string;
  @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'int', name: 'legal_days' }) legalDays: number;
  @Column({ type: 'int', name: 'promised_days' }) promisedDays: number;
  @JsonColumn({ name: 'materials' }) materials: { name: string; originals: number; copies: number; mandatory: boolean }[];
  @Column({ type: 'int', name: 'fee_amount_fen', nullable: true }) feeAmountFen: number | null;
  @Column({ type: 'varchar', length: 300, name: 'fee_basis', nullable: true }) feeBasis: string | null;
  @Column({ type: 'text', name: 'legal_basis' }) legalBasis: string;
  @Index() @Column({ type: 'varchar', length: 36, name: 'supervising_department_id' }) supervisingDepartmentId: string;
  @Column({ type: 'boolean' }) active: boolean;
  @InstantColumn({ name: 'updated_at' }) updatedAt: Date;
}
