import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { ONLINE_STEP, type CaseChannel } from '../domain/channel';
import { newId } from '../db/ids';
import type { Principal } from '../auth/principal';
import { applyAction, canExpedite, initialCaseState, STATUS_LABELS_ZH, type ActionInput, type CaseAction, type CaseStatus } from '../domain/lifecycle';
import type { WorkCalendar } from '../domain/calendar';
import type { Due, ItemKind } from '../domain/deadline';
import { shanghaiDate } from '../domain/time';
import { assertValidApplicantId, isValidMobile, normalizeApplicantId, type ApplicantIdType } from '../domain/identity';
import { formatCaseNumber, generateQueryCode } from '../domain/case-number';
import { materialsAfterSupplement, missingMandatoryMaterials, receivedIncompleteNote, requireMandatoryMaterials } from '../domain/materials';
import { appError, badInput, notFound, versionConflict } from '../graphql/errors';
import type { CaseHistoryRecord, CaseNumberCounterRecord, CaseRecord } from './case-record';
import { stateColumns, toCaseState } from './case-state';
import { isUniqueViolation } from '../db/unique-violation';
import { retryOnDeadlock } from '../db/retry';
import { requestFingerprint, sameRequestOrRefuse } from '../db/request-fingerprint';
import { recordCaseFigures } from '../statistics/day-figures-table';

/** What one tier tells the engine about its tables and calendar. */
export interface CaseTier<C extends CaseRecord, H extends CaseHistoryRecord> {
  dataSource: DataSource;
  caseEntity: EntityTarget<C>;
  historyEntity: EntityTarget<H>;
  counterEntity: EntityTarget<CaseNumberCounterRecord>;
  calendar: () => Promise<WorkCalendar>;
  /** Runs inside the transaction of every change after receipt (e.g. to tell the other tier). */
  onChange?: (m: EntityManager, c: C, change: CaseChange, now: Date) => Promise<void>;
}

/** What a change did, as `onChange` hooks see it. */
export interface CaseChange {
  version: number;
  step: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  unitName: string;
  patch: Partial<CaseRecord>;
}

/** The terms of the item a case is for, as the engine needs them. */
export interface CaseItemTerms {
  id: string;
  kind: ItemKind;
  promisedDays: number;
  materials: { name: string; mandatory: boolean }[];
}

export interface ApplicantIn {
  name: string;
  idType: ApplicantIdType;
  idNumber: string;
  phone?: string | null;
}

/** What the applicant's request brings to a receipt, at whichever window. */
export interface CaseRequest {
  requestId: string;
  applicant: ApplicantIn;
  submittedMaterials: string[];
  expedited?: boolean | null;
  note?: string | null;
}

export interface ReceiveArgs<C> extends CaseRequest {
  item: CaseItemTerms;
  unitCode: string;
  unitName: string;
  who: Principal;
  now: Date;
  /** Sets the tier's own columns (department, township…). */
  place: (c: C) => void;
  /** How it came in; a window by default. */
  channel?: CaseChannel;
  /** The caller's name for the materials, as errors name it; submittedMaterials by default. */
  materialsField?: MaterialsField;
  /** The history's first step; by default 网上申报 for an online case, 收件 otherwise. */
  firstStep?: string;
  /**
   * Accepts the case in the same transaction as its receipt (a township's delegated intake, whose
   * materials the township window checked): version 2, its clock started at `now`.
   */
  acceptAtOnce?: { note: string };
  /**
   * Stores first and looks for an earlier request only when the request id is taken: for callers
   * whose repeats are rare (a forwarded intake arrives once but for a lost acknowledgement).
   */
  storeFirst?: boolean;
}

const MAX_NOTE = 500;

/**
 * Takes in a new case. Idempotent on `requestId`: repeating the request returns the first
 * result, even when the repeat races the original.
 */
export async function receiveCase<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  a: ReceiveArgs<C>,
): Promise<C> {
  validateRequestId(a.requestId);
  const applicant = validateApplicant(a.applicant);
  const submitted = validateMaterials(a.submittedMaterials, a.item, a.materialsField);
  if (a.note && a.note.length > MAX_NOTE) throw noteTooLong();

  const note = a.note?.trim() || null;
  const requestHash = requestFingerprint({ itemId: a.item.id, unitCode: a.unitCode, applicant, submitted: [...submitted].sort(), expedited: !!a.expedited, note });
  if (!a.storeFirst) {
    const earlier = await findByRequestId(tier, a.requestId, a.who, requestHash);
    if (earlier) return earlier;
  }
  const calendar = a.acceptAtOnce ? await tier.calendar() : null;
  try {
    return await retryOnDeadlock(() => tier.dataSource.transaction(async (m) => {
      const seq = await nextSequence(m, tier.counterEntity, a.unitCode, shanghaiDate(a.now));
      const repo = m.getRepository(tier.caseEntity);
      const c = repo.create() as C;
      Object.assign(c, stateColumns(initialCaseState(), null, null), {
        id: newId(),
        number: formatCaseNumber(a.unitCode, shanghaiDate(a.now), seq),
        queryCode: generateQueryCode(),
        requestId: a.requestId,
        requestHash,
        itemId: a.item.id,
        itemKind: a.item.kind,
        applicantName: applicant.name,
        applicantIdType: applicant.idType,
        applicantIdNumber: applicant.idNumber,
        applicantPhone: applicant.phone,
        submittedMaterials: submitted,
        version: 1,
        expedited: !!a.expedited,
        channel: a.channel ?? 'WINDOW',
        receivedAt: a.now,
        firstContactId: a.who.userId,
        firstContactName: a.who.name.slice(0, 50),
        createdBy: a.who.userId,
        createdAt: a.now,
        updatedAt: a.now,
      });
      a.place(c);
      const receipt = {
        step: a.firstStep ?? (a.channel === 'ONLINE' ? ONLINE_STEP : 'receive'),
        fromStatus: null,
        toStatus: 'RECEIVED',
        // Receiving without the mandatory materials is allowed, and said so: the case cannot be accepted until they are in.
        note: [note, receivedIncompleteNote(missingMandatoryMaterials(a.item.materials, submitted))].filter(Boolean).join('; ') || null,
      };
      if (!a.acceptAtOnce) {
        await repo.insert(c as never);
        await recordCaseFigures(m, tier.caseEntity, null, c);
        await appendHistory(m, tier.historyEntity, c, 1, a.who, a.unitName, a.now, receipt);
        return c;
      }
      const { state, history } = applyAction(toCaseState(c), 'accept', { note: a.acceptAtOnce.note }, { now: a.now, calendar: calendar!, item: a.item });
      Object.assign(c, stateColumns(state, state.acceptedAt ? shanghaiDate(state.acceptedAt) : null, null), {
        itemKind: a.item.kind,
        grantedDays: a.item.kind === 'IMMEDIATE' ? 0 : a.item.promisedDays,
        version: 2,
      });
      await repo.insert(c as never);
      await recordCaseFigures(m, tier.caseEntity, null, c);
      await appendHistory(m, tier.historyEntity, c, 1, a.who, a.unitName, a.now, receipt, { seq: 2, ...history });
      return c;
    }));
  } catch (e) {
    if (isUniqueViolation(e)) {
      const raced = await findByRequestId(tier, a.requestId, a.who, requestHash);
      if (raced) return raced;
    }
    throw e;
  }
}

export interface ActArgs<C> {
  id: string;
  /** The version the caller saw; null applies the action to the current version (system messages). */
  version: number | null;
  action: CaseAction;
  input: ActionInput;
  who: Principal;
  unitName: string;
  now: Date;
  /** Loads the item terms for the case (the tier knows its catalog). */
  itemOf: (c: C) => Promise<CaseItemTerms>;
  /** Throws when the caller may not act on this case. */
  authorize: (c: C) => void;
  /** Extra writes that must commit or fail together with the action. */
  inTransaction?: (m: EntityManager) => Promise<void>;
  /** Set when another window already checked the mandatory materials (a township's delegated intake). */
  materialsCheckedAtIntake?: boolean;
}

/** Applies one lifecycle action under optimistic locking; the history row is written in the same transaction. */
export async function actOnCase<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  a: ActArgs<C>,
): Promise<C> {
  const c = await loadCase(tier, a.id);
  a.authorize(c);
  if (a.version !== null && c.version !== a.version) throw versionConflict(a.id);
  const item = await a.itemOf(c);
  const { state, history } = applyAction(toCaseState(c), a.action, a.input, {
    now: a.now,
    calendar: await tier.calendar(),
    item,
  });
  if (a.action === 'accept' && !a.materialsCheckedAtIntake) requireMandatoryMaterials(item.materials, c.submittedMaterials);
  const patch = {
    ...stateColumns(
      state,
      state.acceptedAt ? shanghaiDate(state.acceptedAt) : null,
      state.completedAt ? shanghaiDate(state.completedAt) : null,
    ),
    // The kind is fixed at acceptance: a later catalog edit does not move the case between kinds.
    ...(a.action === 'accept' ? { itemKind: item.kind, grantedDays: item.kind === 'IMMEDIATE' ? 0 : item.promisedDays } : {}),
    // The applicant brought what the one-time notice listed.
    ...(a.action === 'resubmit' ? { submittedMaterials: materialsAfterSupplement(item.materials, c.submittedMaterials, c.missingMaterials) } : {}),
    version: c.version + 1,
    updatedAt: a.now,
  };
  return writeVersioned(tier, c, patch, a.who, a.unitName, a.now, history, a.inTransaction);
}

/** Flags or unflags 特事特办; recorded in the history like any other step. */
export async function setExpedited<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  a: { id: string; version: number; expedited: boolean; note?: string | null; who: Principal; unitName: string; now: Date; authorize: (c: C) => void },
): Promise<C> {
  const c = await loadCase(tier, a.id);
  a.authorize(c);
  if (c.version !== a.version) throw versionConflict(a.id);
  if (!canExpedite(c.status as CaseStatus)) {
    const label = STATUS_LABELS_ZH[c.status as CaseStatus] ?? c.status;
    throw appError('ILLEGAL_TRANSITION', `办件状态为“${label}”，不能标记或取消特事特办 (not possible once a case is finished, withdrawn or not accepted)`, { status: c.status });
  }
  if (a.note && a.note.length > MAX_NOTE) throw noteTooLong();
  const patch = { expedited: a.expedited, version: c.version + 1, updatedAt: a.now } as Partial<CaseRecord>;
  return writeVersioned(tier, c, patch, a.who, a.unitName, a.now, {
    step: a.expedited ? 'expedite' : 'unexpedite',
    fromStatus: c.status,
    toStatus: c.status,
    note: a.note?.trim() || null,
  });
}

/** Moves an open case's due date after the calendar changed under it; recorded and told like any step. */
export async function moveDeadline<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  a: { case: C; due: Due; who: Principal; unitName: string; now: Date; note: string },
): Promise<C> {
  const patch = {
    dueDate: a.due.dueDate,
    dueAt: a.due.dueAt,
    uncertainYears: a.due.uncertainYears.length ? a.due.uncertainYears.join(',') : null,
    version: a.case.version + 1,
    updatedAt: a.now,
  } as Partial<CaseRecord>;
  return writeVersioned(tier, a.case, patch, a.who, a.unitName, a.now, { step: 'calendarChange', fromStatus: a.case.status, toStatus: a.case.status, note: a.note });
}

async function writeVersioned<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  c: C,
  patch: Partial<CaseRecord>,
  who: Principal,
  unitName: string,
  now: Date,
  history: { step: string; fromStatus: string | null; toStatus: string; note: string | null },
  inTransaction?: (m: EntityManager) => Promise<void>,
): Promise<C> {
  await retryOnDeadlock(() => tier.dataSource.transaction(async (m) => {
    const res = await m
      .createQueryBuilder()
      .update(tier.caseEntity)
      .set(patch as never)
      .where('id = :id AND version = :version', { id: c.id, version: c.version })
      .execute();
    if (res.affected !== 1) throw versionConflict(c.id);
    await recordCaseFigures(m, tier.caseEntity, c, { ...c, ...patch });
    await appendHistory(m, tier.historyEntity, c, c.version + 1, who, unitName, now, history);
    await inTransaction?.(m);
    await tier.onChange?.(m, c, { ...history, version: c.version + 1, unitName, patch }, now);
  }));
  return loadCase(tier, c.id);
}

export async function loadCase<C extends CaseRecord, H extends CaseHistoryRecord>(tier: CaseTier<C, H>, id: string): Promise<C> {
  const c = (await tier.dataSource.getRepository(tier.caseEntity).findOne({ where: { id } as never })) as C | null;
  if (!c) throw notFound('Case', id);
  return c;
}

async function findByRequestId<C extends CaseRecord, H extends CaseHistoryRecord>(
  tier: CaseTier<C, H>,
  requestId: string,
  who: Principal,
  requestHash: string,
): Promise<C | null> {
  const c = (await tier.dataSource.getRepository(tier.caseEntity).findOne({ where: { requestId } as never })) as C | null;
  if (!c) return null;
  if (c.createdBy !== who.userId) throw requestIdTaken();
  return sameRequestOrRefuse(c, requestHash);
}

export interface HistoryStep {
  step: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
}

/** A step written in the same statement after the first, by default by the same actor at the same time. */
type FollowingStep = HistoryStep & { seq: number; at?: Date; who?: Principal; unitName?: string };

/** Writes a history row, and any steps that follow it by the same actor (`seq` each), in one statement. */
export async function appendHistory(
  m: EntityManager,
  entity: EntityTarget<CaseHistoryRecord>,
  c: Pick<CaseRecord, 'id'>,
  seq: number,
  who: Principal,
  unitName: string,
  at: Date,
  h: HistoryStep,
  ...more: FollowingStep[]
): Promise<void> {
  await m.getRepository(entity).insert(historyRows(c, seq, who, unitName, at, h, ...more) as never);
}

/** The rows `appendHistory` writes, for a caller that writes the steps of several cases in one statement. */
export function historyRows(
  c: Pick<CaseRecord, 'id'>,
  seq: number,
  who: Principal,
  unitName: string,
  at: Date,
  h: HistoryStep,
  ...more: FollowingStep[]
): Record<string, unknown>[] {
  const row = (s: FollowingStep) => ({
    id: newId(),
    caseId: c.id,
    seq: s.seq,
    step: s.step,
    fromStatus: s.fromStatus,
    toStatus: s.toStatus,
    actorId: (s.who ?? who).userId,
    actorName: (s.who ?? who).name.slice(0, 50),
    actorRole: (s.who ?? who).role,
    unitName: (s.unitName ?? unitName).slice(0, 100),
    at: s.at ?? at,
    note: s.note,
  });
  return [row({ ...h, seq }), ...more.map(row)];
}

/** Allocates the next number of a unit's day. The row update serialises concurrent writers. */
export async function nextSequence(m: EntityManager, entity: EntityTarget<CaseNumberCounterRecord>, unitCode: string, date: string): Promise<number> {
  const day = date.replace(/-/g, '');
  const repo = m.getRepository(entity);
  const table = m.connection.getMetadata(entity).tableName;
  const mysql = m.connection.options.type === 'mysql' || m.connection.options.type === 'mariadb';
  for (let attempt = 0; attempt < 3; attempt++) {
    // One statement: the new value comes back with the update (RETURNING; on MySQL in the
    // acknowledgement's insert id, which LAST_INSERT_ID(expr) sets).
    if (mysql) {
      const res = (await m.query(`UPDATE \`${table}\` SET last_seq = LAST_INSERT_ID(last_seq + 1) WHERE unit_code = ? AND day = ?`, [unitCode, day])) as { affectedRows?: number; insertId?: number };
      if (res.affectedRows === 1 && Number(res.insertId) > 0) return Number(res.insertId);
    } else {
      const rows = (await m.query(`UPDATE "${table}" SET last_seq = last_seq + 1 WHERE unit_code = ? AND day = ? RETURNING last_seq`, [unitCode, day])) as { last_seq: number }[];
      if (rows.length === 1) return Number(rows[0].last_seq);
    }
    try {
      await repo.insert({ unitCode, day, lastSeq: 1 });
      return 1;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // another writer created the day's row first: update it
    }
  }
  throw new Error(`could not allocate a case number for ${unitCode} ${day}`);
}

/** The key belongs to someone else: refused without saying what it was used for. */
export const requestIdTaken = () =>
  appError('DUPLICATE', '请求编号（requestId）已被其他用户使用，请换用新的请求编号 (This requestId was already used by another user; choose a new one)');

export function validateRequestId(id: string): void {
  if (!/^[A-Za-z0-9_.:-]{8,80}$/.test(id)) {
    throw badInput('请求编号 requestId 应为8–80位字母、数字或 _.:-（例如 UUID）(requestId must be 8–80 letters, digits or _.:-)', { field: 'requestId' });
  }
}

export const noteTooLong = () =>
  appError('TEXT_TOO_LONG', `备注 note 不能超过${MAX_NOTE}字 (The note is longer than ${MAX_NOTE} characters)`, { field: 'note', max: MAX_NOTE });

/** The input field that lists materials: a window's submitted ones, or an online applicant's planned ones. */
export type MaterialsField = 'submittedMaterials' | 'plannedMaterials';

const MATERIALS_LABEL: Record<MaterialsField, string> = { submittedMaterials: '提交材料', plannedMaterials: '申请材料' };

export const unknownMaterials = (unknown: string[], field: MaterialsField = 'submittedMaterials') =>
  badInput(`${MATERIALS_LABEL[field]} ${field} 中有本事项不要求的材料：${unknown.join('、')}；只能填写事项材料清单中的名称 (These materials are not required by the item)`, {
    field,
    unknown,
  });

export function validateApplicant(a: ApplicantIn): Required<ApplicantIn> {
  const name = (a.name ?? '').trim();
  if (!name || name.length > 100) throw badInput('申请人名称 applicant.name 应为1–100字 (The applicant name must be 1–100 characters)', { field: 'applicant.name' });
  const idNumber = normalizeApplicantId(a.idNumber ?? '');
  assertValidApplicantId(a.idType, idNumber);
  const phone = a.phone?.trim() || null;
  if (phone && !isValidMobile(phone)) throw badInput('手机号码 applicant.phone 应为11位大陆手机号 (The phone must be an 11-digit mainland mobile number)', { field: 'applicant.phone' });
  return { name, idType: a.idType, idNumber, phone };
}

function validateMaterials(submitted: string[], item: CaseItemTerms, field?: MaterialsField): string[] {
  const known = new Set(item.materials.map((m) => m.name));
  const unknown = submitted.filter((s) => !known.has(s));
  if (unknown.length) throw unknownMaterials(unknown, field);
  return [...new Set(submitted)];
}
