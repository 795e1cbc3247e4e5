import { recordAudit } from '../shared/audit/audit-log';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { requireRole } from '../shared/auth/guards';
import type { Principal } from '../shared/auth/principal';
import { nextSequence, requestIdTaken, validateRequestId } from '../shared/cases/case-engine';
import { requestFingerprint, sameRequestOrRefuse } from '../shared/db/request-fingerprint';
import { checkId } from '../shared/cases/case-query';
import { newId } from '../shared/db/ids';
import { retryOnDeadlock } from '../shared/db/retry';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { formatCaseNumber, generateQueryCode } from '../shared/domain/case-number';
import { COMPLAINT_NUMBER_PREFIX } from '../shared/domain/complaint-tracking';
import {
  applyComplaintAction,
  complaintDue,
  mayTakeComplaintAction,
  newComplaintState,
  type ComplaintAction,
  type ComplaintUnitType,
} from '../shared/domain/complaint';
import { checkComplaintFiling } from '../shared/domain/complaint-filing';
import { complaintChannelFor, STAFF_DEFAULT_CHANNEL } from '../shared/domain/complaint-channel';
import { shanghaiDate } from '../shared/domain/time';
import { appError, badInput, forbidden, notFound } from '../shared/graphql/errors';
import type { CalendarService } from './calendar-service';
import { complaintActorOf } from './complaint-access';
import { complaintStateColumns, toComplaintState } from './complaint-state';
import type { ComplaintUnits } from './complaint-units';
import { CountyCaseCounter, CountyComplaint, CountyComplaintEvent } from './entities';

/** The public files without a token; its history rows and idempotency keys name it so. */
const PUBLIC_FILER = { userId: 'public', name: '公众', role: 'PUBLIC' } as const;

export interface FileComplaintInput {
  requestId: string;
  unitType: ComplaintUnitType;
  unitId: string;
  caseNumber?: string | null;
  complainantName: string;
  complainantPhone?: string | null;
  text: string;
  channel?: string | null;
}

export interface ComplaintActionArgs {
  id: string;
  version: number;
  action: string;
  note?: string | null;
  days?: number | null;
}

const ACTION_BY_ENUM: Record<string, ComplaintAction> = { START: 'start', REPLY: 'reply', EXTEND: 'extend', CLOSE: 'close', DISMISS: 'dismiss' };

const versionConflict = (id: string) =>
  appError('VERSION_CONFLICT', 'Someone else changed this complaint first; reload it and try again (投诉已被他人更新)', { id });

/** Filing complaints and acting on them (SPEC §4.5); reading is in complaint-queries.ts. */
export class ComplaintService {
  constructor(
    private readonly ds: DataSource,
    private readonly calendar: CalendarService,
    private readonly units: ComplaintUnits,
  ) {}

  /**
   * Files a complaint from the public or any staff member. Idempotent on `requestId`: a repeat returns
   * the first complaint, even while the township service is unreachable or when the repeat races the first.
   */
  async file(who: Principal | null, input: FileComplaintInput, now: Date): Promise<CountyComplaint> {
    validateRequestId(input.requestId);
    const filing = checkComplaintFiling(input);
    checkId(input.unitId);
    const channel = complaintChannelFor(who !== null, input.channel);
    if (!channel) throw forbidden('Without a token a complaint is filed through the web form only (公众只能通过网上表单投诉)');
    const filer = who ?? PUBLIC_FILER;
    // The channel counts only when it is not the filer's default, so a request fingerprinted
    // before channels were kept still matches its repeat.
    const named = channel === (who ? STAFF_DEFAULT_CHANNEL : 'PUBLIC_FORM') ? {} : { channel };
    const requestHash = requestFingerprint({ ...filing, unitId: input.unitId, ...named });
    const earlier = await this.byRequestId(input.requestId, filer.userId, requestHash);
    if (earlier) return earlier;

    const unit = await this.units.find(filing.unitType, input.unitId);
    if (filing.caseNumber) await this.units.checkCase(filing.caseNumber, unit);
    const [calendar, settings] = [await this.calendar.calendar(), await this.calendar.settings()];
    const state = newComplaintState(complaintDue({ filedAt: now, handlingDays: settings.complaintHandlingDays, calendar }));
    const filedOn = shanghaiDate(now);
    try {
      return await retryOnDeadlock(() =>
        this.ds.transaction(async (m) => {
          const seq = await nextSequence(m, CountyCaseCounter, COMPLAINT_NUMBER_PREFIX, filedOn);
          const c = m.getRepository(CountyComplaint).create({
            ...complaintStateColumns(state, null),
            id: newId(),
            // Complaint numbers TS-<yyyymmdd>-<seq> (投诉) come from the county's per-unit per-day counter, so they never collide.
            number: formatCaseNumber(COMPLAINT_NUMBER_PREFIX, filedOn, seq),
            queryCode: generateQueryCode(),
            requestId: input.requestId,
            requestHash,
            unitType: unit.type,
            unitId: unit.id,
            unitName: unit.name.slice(0, 100),
            caseNumber: filing.caseNumber,
            channel,
            complainantName: filing.complainantName,
            complainantPhone: filing.complainantPhone,
            text: filing.text,
            version: 1,
            filedAt: now,
            filedOn,
            filedById: filer.userId.slice(0, 64),
            filedByRole: filer.role,
            updatedAt: now,
          });
          await m.getRepository(CountyComplaint).insert(c);
          await appendEvent(m, c.id, 1, filer, now, { action: 'file', fromStatus: null, toStatus: 'RECEIVED', note: null, days: null });
          return c;
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e)) {
        const raced = await this.byRequestId(input.requestId, filer.userId, requestHash);
        if (raced) return raced;
      }
      throw e;
    }
  }

  /** Starts, extends, closes or dismisses (supervision) or answers (the unit's clerk) under optimistic locking. */
  async act(who: Principal | null, a: ComplaintActionArgs, now: Date): Promise<CountyComplaint> {
    const p = requireRole(who, 'SUPERVISOR', 'COUNTY_ADMIN', 'COUNTY_CLERK', 'TOWNSHIP_CLERK');
    const action = ACTION_BY_ENUM[a.action];
    if (!action) throw badInput(`Unknown complaint action ${String(a.action)}`);
    const c = await this.load(checkId(a.id));
    const actor = complaintActorOf(p, c);
    if (!actor || !mayTakeComplaintAction(actor, action)) {
      throw forbidden(action === 'reply' ? 'Only clerks of the unit complained about may reply (非被投诉单位)' : 'Only supervisors and county administrators may do this (须由效能监督人员办理)');
    }
    if (c.version !== a.version) throw versionConflict(c.id);
    const [calendar, settings] = [await this.calendar.calendar(), await this.calendar.settings()];
    const next = applyComplaintAction(toComplaintState(c), action, { note: a.note, days: a.days }, { now, calendar, handlingDays: settings.complaintHandlingDays });
    const patch = {
      ...complaintStateColumns(next.state, next.state.closedAt ? shanghaiDate(next.state.closedAt) : null),
      version: c.version + 1,
      updatedAt: now,
    };
    await retryOnDeadlock(() =>
      this.ds.transaction(async (m) => {
        const res = await m
          .createQueryBuilder()
          .update(CountyComplaint)
          .set(patch)
          .where('id = :id AND version = :version', { id: c.id, version: c.version })
          .execute();
        if (res.affected !== 1) throw versionConflict(c.id);
        await appendEvent(m, c.id, c.version + 1, p, now, next.event);
        // The efficiency office's decisions (start, extend, close, dismiss) are administrative changes; a unit's reply is not.
        if (action !== 'reply') {
          const before = Object.fromEntries(Object.keys(patch).map((k) => [k, (c as unknown as Record<string, unknown>)[k]]));
          await recordAudit(m, p, { entityType: 'COMPLAINT', entityId: c.id, action: String(a.action), before, after: patch }, now);
        }
      }),
    );
    return this.load(c.id);
  }

  async load(id: string): Promise<CountyComplaint> {
    const c = await this.ds.getRepository(CountyComplaint).findOne({ where: { id } });
    if (!c) throw notFound('Complaint', id);
    return c;
  }

  byIds(ids: readonly string[]): Promise<CountyComplaint[]> {
    return this.ds.getRepository(CountyComplaint).find({ where: { id: In([...ids]) } });
  }

  eventsOf(complaintIds: readonly string[]): Promise<CountyComplaintEvent[]> {
    return this.ds.getRepository(CountyComplaintEvent).find({ where: { complaintId: In([...complaintIds]) }, order: { seq: 'ASC' } });
  }

  /**
   * A repeated requestId returns the first complaint, but only to the same filer with the same
   * complaint: a key reused for something else is refused rather than silently answered.
   */
  private async byRequestId(requestId: string, filerId: string, requestHash: string): Promise<CountyComplaint | null> {
    const c = await this.ds.getRepository(CountyComplaint).findOne({ where: { requestId } });
    if (!c) return null;
    if (c.filedById !== filerId) throw requestIdTaken();
    return sameRequestOrRefuse(c, requestHash);
  }
}

async function appendEvent(
  m: EntityManager,
  complaintId: string,
  seq: number,
  who: { userId: string; name: string; role: string },
  at: Date,
  e: { action: string; fromStatus: string | null; toStatus: string; note: string | null; days: number | null },
): Promise<void> {
  await m.getRepository(CountyComplaintEvent).insert({
    id: newId(),
    complaintId,
    seq,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorId: who.userId.slice(0, 64),
    actorName: who.name.slice(0, 50),
    actorRole: who.role,
    note: e.note,
    days: e.days,
    at,
  });
}
