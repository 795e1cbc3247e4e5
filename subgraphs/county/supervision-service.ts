import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Principal, Role } from '../shared/auth/principal';
import { requireRole } from '../shared/auth/guards';
import { inUnitScope, mixedUnitFilter, unitScope, type UnitScope, type UnitType } from '../shared/auth/unit-scope';
import { appError, badInput, forbidden, notFound, versionConflict } from '../shared/graphql/errors';
import { checkId, checkPage } from '../shared/cases/case-query';
import { markRedNoticed, unnoticedRedCases } from '../shared/supervision/red-cases';
import { nextSequence, validateRequestId } from '../shared/cases/case-engine';
import { formatCaseNumber } from '../shared/domain/case-number';
import { shanghaiDate } from '../shared/domain/time';
import { newId } from '../shared/db/ids';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { retryOnDeadlock } from '../shared/db/retry';
import { requestFingerprint, sameRequestOrRefuse } from '../shared/db/request-fingerprint';
import { recordAudit } from '../shared/audit/audit-log';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';
import { CountyCase, CountyCaseCounter, Department, SupervisionEventRow, SupervisionRecordRow } from './entities';

export type CaseTierName = 'COUNTY' | 'TOWNSHIP';
export type { UnitType };

/** What a supervision record is about: a unit, and usually one of its cases. */
export interface SupervisionSubject {
  caseTier: CaseTierName | null;
  caseId: string | null;
  caseNumber: string | null;
  unitType: UnitType;
  unitId: string;
  unitName: string;
}

export interface SupervisionFilter {
  status?: string | null;
  origin?: string | null;
  unitType?: string | null;
  unitId?: string | null;
  caseTier?: string | null;
}

/** A case at the township turned RED (sent by the township service through its outbox). */
export interface RedCaseReport {
  caseId: string;
  caseNumber: string;
  townshipId: string;
  townshipName: string;
  dueDate: string | null;
  at: string;
}

const SYSTEM: Principal = { userId: 'e-supervision', name: '电子监察', role: 'SERVICE' };
const MAX_TEXT = 1000;
const NUMBER_PREFIX = 'DB';
const TOWNSHIP_CASE_QUERY = `query($id: ID!) { townshipCase(id: $id) { id number township { id name } } }`;
const TOWNSHIP_QUERY = `query($id: ID!) { township(id: $id) { id name } }`;

/** Roles that may read supervision records at all (each in its scope, see unitScope). */
const READERS: Role[] = ['SUPERVISOR', 'COUNTY_ADMIN', 'COUNTY_CLERK', 'TOWNSHIP_CLERK'];

/** A case on either tier, as supervision records point at it. */
export interface CaseKey {
  caseTier: CaseTierName;
  caseId: string;
}

const autoKey = (tier: CaseTierName, caseId: string) => `AUTO:${tier}:${caseId}`;

/**
 * Supervision records (督办, SPEC §4.5) live at the county. A case turning RED opens one for its
 * department or township exactly once: the automatic key is unique, so neither a repeated sweep,
 * two sweepers at once nor a repeated report from a township can open a second.
 */
export class SupervisionService {
  constructor(
    private readonly ds: DataSource,
    private readonly township: ServiceTarget,
  ) {}

  /** Opens a record for every county case that is RED and not yet noticed; returns how many were opened. */
  async sweep(now: Date, batch = 200): Promise<number> {
    let opened = 0;
    for (;;) {
      const red = await unnoticedRedCases(this.ds, CountyCase, now, batch);
      if (red.length === 0) return opened;
      const depts = new Map((await this.ds.getRepository(Department).find({ where: { id: In([...new Set(red.map((c) => c.departmentId))]) } })).map((d) => [d.id, d]));
      for (const c of red) {
        const subject: SupervisionSubject = {
          caseTier: 'COUNTY',
          caseId: c.id,
          caseNumber: c.number,
          unitType: 'DEPARTMENT',
          unitId: c.departmentId,
          unitName: depts.get(c.departmentId)?.name ?? '',
        };
        const { created } = await this.openAutomatic(subject, overdueReason(c.number, c.dueDate), now, async (m) => {
          await markRedNoticed(m, CountyCase, c.id, now);
        });
        if (created) opened += 1;
      }
      if (red.length < batch) return opened;
    }
  }

  /** The township service reports one of its cases turned RED (SERVICE only; repeats change nothing). */
  async receiveRedReport(who: Principal | null, r: RedCaseReport, now: Date): Promise<SupervisionRecordRow> {
    requireRole(who, 'SERVICE');
    const subject: SupervisionSubject = {
      caseTier: 'TOWNSHIP',
      caseId: checkId(r.caseId),
      caseNumber: r.caseNumber,
      unitType: 'TOWNSHIP',
      unitId: checkId(r.townshipId),
      unitName: r.townshipName,
    };
    return (await this.openAutomatic(subject, overdueReason(r.caseNumber, r.dueDate), now)).record;
  }

  private async openAutomatic(
    subject: SupervisionSubject,
    reason: string,
    now: Date,
    inTransaction?: (m: EntityManager) => Promise<void>,
  ): Promise<{ record: SupervisionRecordRow; created: boolean }> {
    const key = autoKey(subject.caseTier!, subject.caseId!);
    const existing = await this.ds.getRepository(SupervisionRecordRow).findOne({ where: { autoKey: key } });
    if (existing) {
      if (inTransaction) await this.ds.transaction(inTransaction);
      return { record: existing, created: false };
    }
    try {
      const record = await this.create({ ...subject, origin: 'AUTO', autoKey: key, requestId: null, reason }, SYSTEM, now, inTransaction);
      return { record, created: true };
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Another sweeper or a repeated report got there first.
      const raced = await this.ds.getRepository(SupervisionRecordRow).findOneOrFail({ where: { autoKey: key } });
      if (inTransaction) await this.ds.transaction(inTransaction);
      return { record: raced, created: false };
    }
  }

  /** A supervisor opens a record by hand, about a case (either tier) or about a unit. */
  async openManual(
    who: Principal | null,
    input: { requestId: string; caseTier?: CaseTierName | null; caseId?: string | null; unitType?: UnitType | null; unitId?: string | null; reason: string },
    now: Date,
  ): Promise<SupervisionRecordRow> {
    const p = requireRole(who, 'SUPERVISOR');
    validateRequestId(input.requestId);
    const reason = requiredText('reason', input.reason);
    const requestHash = requestFingerprint({
      caseTier: input.caseTier ?? null,
      caseId: input.caseId ?? null,
      unitType: input.caseId ? null : input.unitType ?? null,
      unitId: input.caseId ? null : input.unitId ?? null,
      reason,
    });
    const repeat = () => this.byRequestId(input.requestId, requestHash);
    const earlier = await repeat();
    if (earlier) return earlier;
    const subject = await this.resolveSubject(input);
    try {
      return await this.create({ ...subject, origin: 'MANUAL', autoKey: null, requestId: input.requestId, requestHash, reason }, p, now);
    } catch (e) {
      if (isUniqueViolation(e)) {
        const raced = await repeat();
        if (raced) return raced;
      }
      throw e;
    }
  }

  private async byRequestId(requestId: string, requestHash: string): Promise<SupervisionRecordRow | null> {
    const earlier = await this.ds.getRepository(SupervisionRecordRow).findOne({ where: { requestId } });
    return earlier && sameRequestOrRefuse(earlier, requestHash);
  }

  private async resolveSubject(input: { caseTier?: CaseTierName | null; caseId?: string | null; unitType?: UnitType | null; unitId?: string | null }): Promise<SupervisionSubject> {
    if (input.caseId) {
      const caseId = checkId(input.caseId);
      if (input.caseTier === 'COUNTY') {
        const c = await this.ds.getRepository(CountyCase).findOne({ where: { id: caseId } });
        if (!c) throw notFound('County case', caseId);
        const d = await this.ds.getRepository(Department).findOneOrFail({ where: { id: c.departmentId } });
        return { caseTier: 'COUNTY', caseId, caseNumber: c.number, unitType: 'DEPARTMENT', unitId: d.id, unitName: d.name };
      }
      if (input.caseTier === 'TOWNSHIP') {
        const data = await this.askTownship<{ townshipCase: { number: string; township: { id: string; name: string } } | null }>(TOWNSHIP_CASE_QUERY, caseId);
        if (!data.townshipCase) throw notFound('Township case', caseId);
        const t = data.townshipCase.township;
        return { caseTier: 'TOWNSHIP', caseId, caseNumber: data.townshipCase.number, unitType: 'TOWNSHIP', unitId: t.id, unitName: t.name };
      }
      throw badInput('填写办件 caseId 时须同时说明办件层级 caseTier（县级或乡镇）(caseTier is required with caseId)', { field: 'caseTier' });
    }
    if (!input.unitId || !input.unitType) throw badInput('请指明督办的办件（caseTier 和 caseId）或单位（unitType 和 unitId）(Give a case or a unit)', { field: 'unitId' });
    const unitId = checkId(input.unitId);
    if (input.unitType === 'DEPARTMENT') {
      const d = await this.ds.getRepository(Department).findOne({ where: { id: unitId } });
      if (!d) throw notFound('Department', unitId);
      return { caseTier: null, caseId: null, caseNumber: null, unitType: 'DEPARTMENT', unitId, unitName: d.name };
    }
    const data = await this.askTownship<{ township: { id: string; name: string } | null }>(TOWNSHIP_QUERY, unitId);
    if (!data.township) throw notFound('Township', unitId);
    return { caseTier: null, caseId: null, caseNumber: null, unitType: 'TOWNSHIP', unitId, unitName: data.township.name };
  }

  private async askTownship<T>(query: string, id: string): Promise<T> {
    try {
      return await callService<T>(this.township, query, { id });
    } catch {
      throw appError('SERVICE_UNAVAILABLE', 'The township service cannot be reached now; try again later (乡镇服务暂不可用)');
    }
  }

  private async create(
    s: SupervisionSubject & { origin: 'AUTO' | 'MANUAL'; autoKey: string | null; requestId: string | null; requestHash?: string | null; reason: string },
    who: Principal,
    now: Date,
    inTransaction?: (m: EntityManager) => Promise<void>,
  ): Promise<SupervisionRecordRow> {
    return retryOnDeadlock(() =>
      this.ds.transaction(async (m) => {
        const seq = await nextSequence(m, CountyCaseCounter, NUMBER_PREFIX, shanghaiDate(now));
        const row = Object.assign(new SupervisionRecordRow(), {
          id: newId(),
          number: formatCaseNumber(NUMBER_PREFIX, shanghaiDate(now), seq),
          origin: s.origin,
          autoKey: s.autoKey,
          requestId: s.requestId,
          requestHash: s.requestHash ?? null,
          caseTier: s.caseTier,
          caseId: s.caseId,
          caseNumber: s.caseNumber,
          unitType: s.unitType,
          unitId: s.unitId,
          unitName: s.unitName.slice(0, 100),
          reason: s.reason,
          status: 'OPEN',
          openedAt: now,
          openedBy: who.userId,
          openedByName: who.name.slice(0, 50),
          feedback: null,
          closedAt: null,
          closedByName: null,
          version: 1,
        });
        await m.getRepository(SupervisionRecordRow).insert(row);
        await appendEvent(m, row.id, 1, 'OPEN', who, now, s.reason);
        // A record opened by hand is the efficiency office's decision; automatic ones are the sweep's.
        if (s.origin === 'MANUAL') {
          const { caseTier, caseId, caseNumber, unitType, unitId, unitName, reason, status } = row;
          await recordAudit(m, who, { entityType: 'SUPERVISION_RECORD', entityId: row.id, action: 'OPEN', before: null, after: { caseTier, caseId, caseNumber, unitType, unitId, unitName, reason, status } }, now);
        }
        if (inTransaction) await inTransaction(m);
        return row;
      }),
    );
  }

  /** The responsible unit answers and closes the record. */
  async close(who: Principal | null, a: { id: string; version: number; feedback: string }, now: Date): Promise<SupervisionRecordRow> {
    const p = requireRole(who, 'COUNTY_CLERK', 'TOWNSHIP_CLERK');
    const feedback = requiredText('feedback', a.feedback);
    const row = await this.ds.getRepository(SupervisionRecordRow).findOne({ where: { id: checkId(a.id) } });
    if (!row) throw notFound('Supervision record', a.id);
    if (!isResponsible(p, row)) throw forbidden('Only the responsible unit may answer this supervision record (非本单位督办件)');
    if (row.status !== 'OPEN') throw appError('ILLEGAL_TRANSITION', 'This supervision record is already closed (督办件已办结)');
    if (row.version !== a.version) throw versionConflict(row.id);
    await retryOnDeadlock(() =>
      this.ds.transaction(async (m) => {
        const res = await m
          .getRepository(SupervisionRecordRow)
          .createQueryBuilder()
          .update()
          .set({ status: 'CLOSED', feedback, closedAt: now, closedByName: p.name.slice(0, 50), version: row.version + 1 })
          .where('id = :id AND version = :v', { id: row.id, v: row.version })
          .execute();
        if (res.affected !== 1) throw versionConflict(row.id);
        await appendEvent(m, row.id, await nextEventSeq(m, row.id), 'CLOSE', p, now, feedback);
      }),
    );
    return this.ds.getRepository(SupervisionRecordRow).findOneOrFail({ where: { id: row.id } });
  }

  /** Which records a caller may read: supervisors and administrators all (null), clerks their own unit's. */
  private readScope(who: Principal | null): UnitScope {
    return unitScope(requireRole(who, ...READERS));
  }

  /** The rule of list() and get() as a yes/no (without a record: may read any), for fields that answer null, not an error. */
  canRead(who: Principal | null, r?: SupervisionRecordRow): boolean {
    if (!who || !READERS.includes(who.role)) return false;
    return !r || inUnitScope(this.readScope(who), r.unitType, r.unitId);
  }

  async list(who: Principal | null, f: SupervisionFilter, limit: number, offset: number): Promise<{ total: number; nodes: SupervisionRecordRow[] }> {
    const scope = this.readScope(who);
    checkPage(limit, offset);
    const qb = this.ds.getRepository(SupervisionRecordRow).createQueryBuilder('r');
    const { unitType, unitId } = mixedUnitFilter(scope, f, 'Clerks see their own unit’s supervision records only');
    if (unitType !== null) qb.andWhere('r.unit_type = :ut', { ut: oneOf('unitType', unitType, ['DEPARTMENT', 'TOWNSHIP']) });
    if (unitId !== null) qb.andWhere('r.unit_id = :uid', { uid: unitId });
    if (f.status) qb.andWhere('r.status = :st', { st: oneOf('status', f.status, ['OPEN', 'CLOSED']) });
    if (f.origin) qb.andWhere('r.origin = :o', { o: oneOf('origin', f.origin, ['AUTO', 'MANUAL']) });
    if (f.caseTier) qb.andWhere('r.case_tier = :tier', { tier: oneOf('caseTier', f.caseTier, ['COUNTY', 'TOWNSHIP']) });
    qb.orderBy('r.opened_at', 'DESC').addOrderBy('r.id', 'ASC').take(limit).skip(offset);
    const [nodes, total] = await qb.getManyAndCount();
    return { total, nodes };
  }

  async get(who: Principal | null, id: string): Promise<SupervisionRecordRow | null> {
    requireRole(who, ...READERS);
    const row = await this.ds.getRepository(SupervisionRecordRow).findOne({ where: { id: checkId(id) } });
    if (row && !this.canRead(who, row)) throw forbidden('Clerks see their own unit’s supervision records only');
    return row;
  }

  /**
   * The newest record of each case, open first, else the latest closed (for a DataLoader: one
   * statement, served by the (case_tier, case_id) index). Unscoped: callers check canRead.
   */
  async latestOfCases(keys: readonly CaseKey[]): Promise<(SupervisionRecordRow | null)[]> {
    const rows = await this.ds.getRepository(SupervisionRecordRow).find({
      where: { caseTier: In([...new Set(keys.map((k) => k.caseTier))]), caseId: In([...new Set(keys.map((k) => k.caseId))]) },
      order: { openedAt: 'DESC', id: 'ASC' },
    });
    const latest = new Map<string, SupervisionRecordRow>();
    for (const r of rows) {
      const k = `${r.caseTier}:${r.caseId}`;
      const best = latest.get(k);
      if (!best || newer(r, best)) latest.set(k, r);
    }
    return keys.map((k) => latest.get(`${k.caseTier}:${k.caseId}`) ?? null);
  }

  /** Steps of several records at once (for a DataLoader). */
  async eventsOf(ids: readonly string[]): Promise<SupervisionEventRow[]> {
    return this.ds.getRepository(SupervisionEventRow).find({ where: { recordId: In([...ids]) }, order: { seq: 'ASC' } });
  }
}

/** An open record beats a closed one; among equals the later (closing, else opening) wins. */
function newer(a: SupervisionRecordRow, b: SupervisionRecordRow): boolean {
  if ((a.status === 'OPEN') !== (b.status === 'OPEN')) return a.status === 'OPEN';
  return (a.closedAt ?? a.openedAt).getTime() > (b.closedAt ?? b.openedAt).getTime();
}

function isResponsible(p: Principal, r: SupervisionRecordRow): boolean {
  if (r.unitType === 'DEPARTMENT') return p.role === 'COUNTY_CLERK' && p.departmentId === r.unitId;
  return p.role === 'TOWNSHIP_CLERK' && p.townshipId === r.unitId;
}

function overdueReason(caseNumber: string, dueDate: string | null): string {
  return `办件 ${caseNumber} 已超期（承诺办结日 ${dueDate ?? '—'}），电子监察自动督办`;
}

function requiredText(name: string, value: string): string {
  const t = typeof value === 'string' ? value.trim() : '';
  if (!t) throw appError('REASON_REQUIRED', `${name} is required (请填写${name === 'feedback' ? '反馈意见' : '督办事由'})`);
  if (t.length > MAX_TEXT) throw appError('TEXT_TOO_LONG', `${name === 'feedback' ? '反馈意见' : '督办事由'} ${name} 不能超过${MAX_TEXT}字 (${name} is longer than ${MAX_TEXT} characters)`, { field: name, max: MAX_TEXT });
  return t;
}

function oneOf(name: string, value: string, allowed: string[]): string {
  if (!allowed.includes(value)) throw badInput(`Unknown ${name} ${value}`);
  return value;
}

async function nextEventSeq(m: EntityManager, recordId: string): Promise<number> {
  const last = await m.getRepository(SupervisionEventRow).findOne({ where: { recordId }, order: { seq: 'DESC' } });
  return (last?.seq ?? 0) + 1;
}

async function appendEvent(m: EntityManager, recordId: string, seq: number, action: string, who: Principal, at: Date, note: string | null): Promise<void> {
  await m.getRepository(SupervisionEventRow).insert({
    id: newId(),
    recordId,
    seq,
    action,
    actorId: who.userId,
    actorName: who.name.slice(0, 50),
    actorRole: who.role,
    at,
    note,
  });
}
