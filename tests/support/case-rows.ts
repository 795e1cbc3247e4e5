import { randomUUID } from 'node:crypto';
import { DelegatedIntakeRow, TownshipCase } from '../../subgraphs/township/entities';
import { CountyCase } from '../../subgraphs/county/entities';

/**
 * Rows for the tests that hold a SQL form of a rule against its code form: every column set, the
 * optional ones empty, so that a test states only the columns it varies.
 */
interface RowBase {
  /** Makes number and request id unique. */
  key: string;
  /** The owning township; on a county case, the township it came from (or null). */
  townshipId: string;
  /** Accepted (and last changed) at. */
  at: Date;
}

const nulls = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, null])) as Record<K, null>;

const APPLICANT = { applicantName: '张三', applicantIdType: 'RESIDENT_ID', applicantIdNumber: '11010519491231002X', applicantPhone: null };

/** What every row has the same way: its keys, applicant, materials and first version, accepted at `at`. */
const common = (base: RowBase) => ({
  ...APPLICANT,
  id: randomUUID(),
  number: `TEST-${base.key}`,
  queryCode: 'ABCD1234',
  requestId: base.key,
  townshipId: base.townshipId,
  submittedMaterials: [],
  missingMaterials: [],
  expedited: false,
  channel: 'WINDOW',
  acceptedAt: base.at,
  acceptedOn: base.at.toISOString().slice(0, 10),
  pausedWorkingDays: 0,
  version: 1,
  updatedAt: base.at,
});

export function intakeRow(base: RowBase, shape: Partial<DelegatedIntakeRow>): DelegatedIntakeRow {
  return Object.assign(new DelegatedIntakeRow(), {
    ...nulls('note', 'dueDate', 'dueAt', 'pausedAt', 'uncertainYears', 'forwardedAt', 'countyCaseId', 'countyCaseNumber', 'countyStatus'),
    ...nulls('supplementRequestedAt', 'supplementResubmittedAt', 'resultDocumentNumber', 'refusalReason', 'handedOverAt', 'deliveryMethod', 'trackingNumber'),
    ...common(base),
    countyItemId: randomUUID(),
    itemCode: 'X',
    itemName: '事项',
    clerkId: 'c',
    clerkName: '窗口',
    countyVersion: 0,
    ...shape,
  });
}

/** The columns a case has on both tiers, in its first state (RECEIVED at `at`). */
const caseColumns = (base: RowBase & { itemId: string }) => ({
  ...nulls('requestHash', 'dueDate', 'dueAt', 'pausedAt', 'resumeStatus', 'uncertainYears', 'completedAt', 'completedOn', 'resultDocumentNumber'),
  ...nulls('refusalReason', 'specialProcedureKind', 'deliveryMethod', 'trackingNumber', 'deliveredAt', 'withdrawnAt', 'redNoticedAt'),
  ...common(base),
  itemId: base.itemId,
  itemKind: 'PROMISED',
  status: 'RECEIVED',
  receivedAt: base.at,
  grantedDays: 5,
  firstContactId: 'c',
  firstContactName: '窗口',
  createdBy: 'c',
  createdAt: base.at,
});

export function townshipCaseRow(base: RowBase & { itemId: string }, shape: Partial<TownshipCase>): TownshipCase {
  return Object.assign(new TownshipCase(), { ...caseColumns(base), ...shape });
}

/** A county case of `departmentId`; `townshipId` names the township it was delegated from. */
export function countyCaseRow(base: RowBase & { itemId: string; departmentId: string }, shape: Partial<CountyCase>): CountyCase {
  const { townshipId, ...rest } = caseColumns(base);
  return Object.assign(new CountyCase(), {
    ...rest,
    ...nulls('originIntakeId', 'originIntakeNumber', 'originQueryCode', 'forwardedAt'),
    departmentId: base.departmentId,
    originTownshipId: townshipId,
    ...shape,
  });
}
