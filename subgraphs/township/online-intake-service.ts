import type { DataSource } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { inUnitScope, unitFilter, unitScope, type UnitScope } from '../shared/auth/unit-scope';
import { requireRole, seesPersonalData } from '../shared/auth/guards';
import { nextSequence, noteTooLong, requestIdTaken, validateApplicant, type ApplicantIn } from '../shared/cases/case-engine';
import { checkId, checkPage } from '../shared/cases/case-query';
import { requestFingerprint, sameRequestOrRefuse } from '../shared/db/request-fingerprint';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { newId } from '../shared/db/ids';
import { retryOnDeadlock } from '../shared/db/retry';
import { appError, badInput, forbidden, notFound, versionConflict } from '../shared/graphql/errors';
import { isOnlineRequestId } from '../shared/domain/channel';
import { formatCaseNumber, generateQueryCode } from '../shared/domain/case-number';
import { STATUS_LABELS_ZH } from '../shared/domain/lifecycle';
import { shanghaiDate } from '../shared/domain/time';
import { maskSensitiveText } from '../shared/domain/masking';
import { recordAudit } from '../shared/audit/audit-log';
import { DelegatedIntakeRow, OnlineIntakeApplicationRow, TownshipCaseCounter } from './entities';
import type { IntakeService } from './intake-service';

const MAX_TEXT = 500;

/** What the public sends to apply online for a delegable county item at a township window. */
export interface DelegatedOnlineApplication {
  requestId: string;
  /** The county item. */
  itemId: string;
  /** The township window chosen. */
  townshipId: string;
  applicant: ApplicantIn;
  plannedMaterials: string[];
  note?: string | null;
}

/** The township clerk takes the application in: the materials actually received. */
export interface AcceptOnlineApplicationInput {
  id: string;
  version: number;
  submittedMaterials: string[];
  expedited?: boolean | null;
  note?: string | null;
}

export const ONLINE_APPLICATION_STATUSES = ['RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED'] as const;

/**
 * 网上申报 of a delegable county item at a township window (SPEC §4.2, §4.4): the application waits
 * RECEIVED in that township's queue; its clerk accepts it — the delegated intake is created then,
 * with the application's number and query code, and forwarded as ONLINE — or does not accept it,
 * with a reason. Only that township's clerks act on it; readers follow the township scope rule.
 */
export class OnlineIntakeService {
  constructor(
    private readonly ds: DataSource,
    private readonly intakes: IntakeService,
  ) {}

  /** Public: checked as strictly as a window's input; a refusal stores nothing. */
  async apply(input: DelegatedOnlineApplication, now: Date): Promise<OnlineIntakeApplicationRow> {
    if (typeof input.requestId !== 'string' || !isOnlineRequestId(input.requestId)) {
      throw badInput('请求编号 requestId 应为16–64位字母、数字、_ 或 -（例如 UUID）(requestId must be 16–64 letters, digits, _ or -)', { field: 'requestId' });
    }
    if (!input.applicant?.phone?.trim()) throw badInput('网上申报须填写手机号码，窗口将电话联系 (An online application needs a mobile number)', { field: 'applicant.phone' });
    const itemId = checkId(input.itemId);
    const township = await this.intakes.activeTownship(checkId(input.townshipId), '暂不受理网上申报');
    const item = this.intakes.delegableAt(itemId, township.id, now, { townshipName: township.name });
    const applicant = validateApplicant(input.applicant);
    this.intakes.checkMaterials(item, input.plannedMaterials, false);
    if (input.note && input.note.length > MAX_TEXT) throw noteTooLong();
    const planned = [...new Set(input.plannedMaterials)];
    const note = input.note?.trim() || null;
    // Window and online keys never meet: the portal's key is kept with its prefix.
    const requestId = `online-${input.requestId}`;
    const requestHash = requestFingerprint({ itemId: item.id, townshipId: township.id, applicant, planned: [...planned].sort(), note });
    const earlier = await this.byRequestId(requestId, requestHash);
    if (earlier) return earlier;
    try {
      return await retryOnDeadlock(() => this.ds.transaction(async (m) => {
        // The township's counter, as its intakes and cases get theirs: the number stays the intake's.
        const seq = await nextSequence(m, TownshipCaseCounter, township.divisionCode, shanghaiDate(now));
        const row = Object.assign(new OnlineIntakeApplicationRow(), {
          id: newId(),
          number: formatCaseNumber(township.divisionCode, shanghaiDate(now), seq),
          queryCode: generateQueryCode(),
          requestId,
          requestHash,
          townshipId: township.id,
          countyItemId: item.id,
          itemCode: item.code,
          itemName: item.name,
          applicantName: applicant.name,
          applicantIdType: applicant.idType,
          applicantIdNumber: applicant.idNumber,
          applicantPhone: applicant.phone!,
          plannedMaterials: planned,
          note,
          status: 'RECEIVED',
          receivedAt: now,
          decidedAt: null,
          clerkId: null,
          clerkName: null,
          refusalReason: null,
          intakeId: null,
          version: 1,
          updatedAt: now,
        });
        await m.getRepository(OnlineIntakeApplicationRow).insert(row);
        return row;
      }));
    } catch (e) {
      if (isUniqueViolation(e)) {
        const raced = await this.byRequestId(requestId, requestHash);
        if (raced) return raced;
      }
      throw e;
    }
  }

  private async byRequestId(requestId: string, requestHash: string): Promise<OnlineIntakeApplicationRow | null> {
    const earlier = await this.ds.getRepository(OnlineIntakeApplicationRow).findOne({ where: { requestId } });
    return earlier ? sameRequestOrRefuse(earlier, requestHash) : null;
  }

  /**
   * The township's clerk accepts it: the delegated intake (same number and query code, history
   * 网上申报 then 委托受理) is created and forwarded to the county as ONLINE; the clock starts now.
   * Sending the same acceptance again returns the intake.
   */
  async accept(who: Principal | null, input: AcceptOnlineApplicationInput, now: Date): Promise<DelegatedIntakeRow> {
    const clerk = requireRole(who, 'TOWNSHIP_CLERK');
    const app = await this.actionable(clerk, input.id);
    const submitted = [...new Set(input.submittedMaterials)];
    const note = input.note?.trim() || null;
    const applicant = validateApplicant({ name: app.applicantName, idType: app.applicantIdType as ApplicantIn['idType'], idNumber: app.applicantIdNumber, phone: app.applicantPhone });
    const requestHash = requestFingerprint({ itemId: app.countyItemId, applicant, submitted: [...submitted].sort(), expedited: !!input.expedited, note });
    if (app.status === 'ACCEPTED') {
      // A repeat of the acceptance that went through: the intake it created.
      const intake = await this.ds.getRepository(DelegatedIntakeRow).findOne({ where: { requestId: app.requestId } });
      if (intake && input.version === app.version - 1) {
        if (intake.clerkId !== clerk.userId) throw requestIdTaken();
        return sameRequestOrRefuse(intake, requestHash);
      }
    }
    this.mustBeWaiting(app);
    if (app.version !== input.version) throw versionConflict(app.id);
    const item = this.intakes.delegableAt(app.countyItemId, app.townshipId, now);
    this.intakes.checkMaterials(item, submitted, true);
    if (input.note && input.note.length > MAX_TEXT) throw noteTooLong();
    const township = await this.intakes.activeTownship(app.townshipId);
    return this.intakes.createIntake({
      clerk,
      township,
      item,
      applicant,
      submitted,
      expedited: !!input.expedited,
      note,
      // The online key, so the intake is found again by it (and never meets a clerk's own keys' rows).
      requestId: app.requestId,
      requestHash,
      now,
      online: {
        number: app.number,
        queryCode: app.queryCode,
        receivedAt: app.receivedAt,
        inTransaction: async (m, intakeId) => {
          const res = await m.getRepository(OnlineIntakeApplicationRow).update(
            { id: app.id, version: app.version },
            { status: 'ACCEPTED', decidedAt: now, clerkId: clerk.userId, clerkName: clerk.name.slice(0, 50), intakeId, version: app.version + 1, updatedAt: now },
          );
          if (res.affected !== 1) throw versionConflict(app.id);
        },
      },
    });
  }

  /** 不予受理, with the reason the applicant reads on /track. */
  async decline(who: Principal | null, a: { id: string; version: number; reason: string }, now: Date): Promise<OnlineIntakeApplicationRow> {
    const clerk = requireRole(who, 'TOWNSHIP_CLERK');
    const app = await this.actionable(clerk, a.id);
    this.mustBeWaiting(app);
    if (app.version !== a.version) throw versionConflict(app.id);
    const reason = typeof a.reason === 'string' ? a.reason.trim() : '';
    if (!reason) throw appError('REASON_REQUIRED', '不予受理须说明理由 (A reason is required to refuse acceptance)', { field: 'reason' });
    if (reason.length > MAX_TEXT) throw appError('TEXT_TOO_LONG', `理由不能超过${MAX_TEXT}字 (The reason is longer than ${MAX_TEXT} characters)`, { field: 'reason', max: MAX_TEXT });
    const patch = { status: 'NOT_ACCEPTED', decidedAt: now, clerkId: clerk.userId, clerkName: clerk.name.slice(0, 50), refusalReason: reason, version: app.version + 1, updatedAt: now };
    await retryOnDeadlock(() =>
      this.ds.transaction(async (m) => {
        const res = await m.getRepository(OnlineIntakeApplicationRow).update({ id: app.id, version: app.version }, patch);
        if (res.affected !== 1) throw versionConflict(app.id);
        // A decision that leaves no case behind: the audit log keeps who refused which application,
        // when and why (numbers in the reason masked, as in every log line). An acceptance is kept
        // by the intake it creates, whose history names the clerk.
        const before = Object.fromEntries(Object.keys(patch).map((k) => [k, (app as unknown as Record<string, unknown>)[k]]));
        await recordAudit(m, clerk, { entityType: 'ONLINE_APPLICATION', entityId: app.id, action: 'DECLINE', before, after: { ...patch, refusalReason: maskSensitiveText(reason) } }, now);
      }),
    );
    return this.ds.getRepository(OnlineIntakeApplicationRow).findOneOrFail({ where: { id: app.id } });
  }

  private async actionable(clerk: Principal, id: string): Promise<OnlineIntakeApplicationRow> {
    const app = await this.ds.getRepository(OnlineIntakeApplicationRow).findOne({ where: { id: checkId(id) } });
    if (!app) throw notFound('Online application', id);
    if (!inUnitScope(unitScope(clerk), 'TOWNSHIP', app.townshipId)) throw forbidden('This online application was made to another township (非本乡镇网上申报)');
    return app;
  }

  private mustBeWaiting(app: OnlineIntakeApplicationRow): void {
    if (app.status !== 'RECEIVED') {
      const label = STATUS_LABELS_ZH[app.status as keyof typeof STATUS_LABELS_ZH] ?? app.status;
      throw appError('ILLEGAL_TRANSITION', `该网上申报已${label}，不能再办理 (The application was already decided)`, { status: app.status });
    }
  }

  readScope(who: Principal | null): UnitScope {
    return unitScope(requireRole(who, 'COUNTY_ADMIN', 'TOWNSHIP_CLERK', 'SUPERVISOR', 'VIEWER', 'SERVICE'));
  }

  assertCanRead(who: Principal | null, app: OnlineIntakeApplicationRow): void {
    if (!inUnitScope(this.readScope(who), 'TOWNSHIP', app.townshipId)) throw forbidden('This online application was made to another township (非本乡镇网上申报)');
  }

  seesPersonalData(who: Principal | null, app: OnlineIntakeApplicationRow): boolean {
    return seesPersonalData(who, { townshipId: app.townshipId });
  }

  async get(who: Principal | null, id: string): Promise<OnlineIntakeApplicationRow | null> {
    this.readScope(who);
    const app = await this.ds.getRepository(OnlineIntakeApplicationRow).findOne({ where: { id: checkId(id) } });
    if (app) this.assertCanRead(who, app);
    return app;
  }

  /** Applications of the caller's scope, oldest waiting first. */
  async list(who: Principal | null, f: { townshipId?: string | null; status?: string[] | null }, limit: number, offset: number) {
    const townshipId = unitFilter(this.readScope(who), 'TOWNSHIP', f.townshipId, 'Township clerks see their own township only');
    checkPage(limit, offset, 200);
    const qb = this.ds.getRepository(OnlineIntakeApplicationRow).createQueryBuilder('a');
    if (townshipId !== null) qb.andWhere('a.township_id = :townshipId', { townshipId });
    if (f.status?.length) {
      const unknown = f.status.filter((s) => !(ONLINE_APPLICATION_STATUSES as readonly string[]).includes(s));
      if (unknown.length) throw badInput(`An online application is RECEIVED, ACCEPTED or NOT_ACCEPTED, not ${unknown.join(', ')}`, { field: 'status' });
      qb.andWhere('a.status IN (:...statuses)', { statuses: f.status });
    }
    qb.orderBy('a.received_at', 'ASC').addOrderBy('a.id', 'ASC').take(limit).skip(offset);
    const [nodes, total] = await qb.getManyAndCount();
    return { total, nodes };
  }

  /** The waiting applications of one township (its work list). */
  waiting(townshipId: string): Promise<OnlineIntakeApplicationRow[]> {
    return this.ds.getRepository(OnlineIntakeApplicationRow).find({ where: { townshipId, status: 'RECEIVED' }, order: { receivedAt: 'ASC', id: 'ASC' } });
  }

  /** An application not (yet) taken in, by the number and query code of its receipt. */
  findForTracking(number: string, queryCode: string): Promise<OnlineIntakeApplicationRow | null> {
    return this.ds.getRepository(OnlineIntakeApplicationRow).findOne({ where: { number, queryCode } });
  }
}
