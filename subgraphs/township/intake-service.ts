import type { DataSource, EntityManager, EntitySubscriberInterface, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import type { Logger } from 'pino';
import { In, IsNull } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { inUnitScope, unitFilter, unitScope, type UnitScope } from '../shared/auth/unit-scope';
import { requireRole, seesPersonalData } from '../shared/auth/guards';
import { appendHistory, historyRows, nextSequence, noteTooLong, requestIdTaken, unknownMaterials, validateApplicant, validateRequestId, type ApplicantIn } from '../shared/cases/case-engine';
import { requestFingerprint, sameRequestOrRefuse } from '../shared/db/request-fingerprint';
import { checkId, checkPage } from '../shared/cases/case-query';
import { applyCaseSearch, type CaseSearch } from '../shared/cases/case-search';
import { appError, badInput, forbidden, notFound, versionConflict } from '../shared/graphql/errors';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { newId } from '../shared/db/ids';
import { computeDue } from '../shared/domain/deadline';
import { requireMandatoryMaterials } from '../shared/domain/materials';
import { checkTrackingNumber } from '../shared/domain/tracking-number';
import { formatCaseNumber, generateQueryCode } from '../shared/domain/case-number';
import { shanghaiDate } from '../shared/domain/time';
import { enqueue } from '../shared/outbox/enqueue';
import { ONLINE_ACTOR, ONLINE_STEP } from '../shared/domain/channel';
import { retryOnDeadlock } from '../shared/db/retry';
import { DelegatedIntakeRow, IntakeHistoryRow, OnlineIntakeApplicationRow, Township, TownshipCaseCounter, TownshipOutbox } from './entities';
import type { CalendarMirror, DelegableItem } from './calendar-mirror';
import { INTAKE_STAGE_LABELS_ZH, INTAKE_STAGES, stageOf, stageSql, type IntakeStage } from './intake-stage';
import { checkUpdate, patchOf, verdictOf, type CountyUpdate } from './county-update';
import { intakeOverdue } from './intake-clock';

const COUNTY_ACTOR = (unitName: string): Principal => ({ userId: 'county', name: unitName.slice(0, 50), role: 'SERVICE' });
const COUNTY_CENTER = '县政务服务中心';
/** The county version of a delegated case once accepted (receipt 1, acceptance 2). */
const ACCEPTANCE_VERSION = 2;

/** The county's answer to a forwarded intake. */
export interface ForwardAck {
  countyCaseId: string;
  countyCaseNumber: string;
  status: string;
  dueDate: string | null;
  /** The county's acceptance, which it does not send again as an update (absent from older counties). */
  acceptance?: Omit<CountyUpdate, 'messageKey' | 'intakeId' | 'countyCaseId' | 'countyCaseNumber'> | null;
}

/** The intake's columns and history steps once the county acknowledged it (and accepted it, when the answer says so). */
function forwardedChange(i: DelegatedIntakeRow, intakeId: string, ack: ForwardAck, now: Date) {
  const forwarded = {
    who: COUNTY_ACTOR(COUNTY_CENTER),
    unitName: COUNTY_CENTER,
    at: now,
    step: 'forwarded',
    fromStatus: 'ACCEPTED',
    toStatus: ack.status,
    note: `县级办件编号 ${ack.countyCaseNumber}`,
  };
  const patch: Partial<DelegatedIntakeRow> = {
    forwardedAt: now,
    countyCaseId: ack.countyCaseId,
    countyCaseNumber: ack.countyCaseNumber,
    countyStatus: i.countyStatus ?? ack.status,
    ...(ack.dueDate ? { dueDate: ack.dueDate } : {}),
    version: i.version + 1,
    updatedAt: now,
  };
  const a = ack.acceptance;
  if (!a || a.version <= i.countyVersion) return { patch, steps: [forwarded] as [Step] };
  const u: CountyUpdate = { ...a, messageKey: '', intakeId, countyCaseId: ack.countyCaseId, countyCaseNumber: ack.countyCaseNumber };
  const accepted = patchOf({ ...i, forwardedAt: now, version: i.version + 1 } as DelegatedIntakeRow, u, now);
  const steps = [
    forwarded,
    { seq: i.version + 2, who: COUNTY_ACTOR(a.unitName), unitName: a.unitName, at: new Date(a.at), step: a.step, fromStatus: a.fromStatus ?? null, toStatus: a.toStatus, note: a.note ?? null },
  ] as [Step, Step];
  return { patch: withoutUndefined({ ...patch, ...accepted }), steps };
}

type Step = Parameters<typeof appendHistory>[8] & { who: Principal; unitName: string; at: Date };

function writeSteps(m: EntityManager, intakeId: string, seq: number, steps: readonly [Step, ...Step[]]): Promise<void> {
  const [first, ...more] = steps;
  return appendHistory(m, IntakeHistoryRow, { id: intakeId }, seq, first.who, first.unitName, first.at, first, ...more);
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
const MAX_NOTE = 500;
/** How long a township's row is kept for accepting intakes (a change made in this process is seen at once). */
const TOWNSHIP_CACHE_MS = 5_000;

export interface AcceptIntakeInput {
  requestId: string;
  countyItemId: string;
  applicant: ApplicantIn;
  submittedMaterials: string[];
  expedited?: boolean | null;
  note?: string | null;
}

/** The township's half of delegated intake (SPEC §4.4). */
export class IntakeService {
  lastCountyUpdateAt: Date | null = null;
  /** Called once a message for the county is committed (the forwarder is nudged, not waited for). */
  onQueued: () => void = () => undefined;

  constructor(
    readonly dataSource: DataSource,
    private readonly mirror: CalendarMirror,
    private readonly log?: Logger,
  ) {}

  private get ds(): DataSource {
    return this.dataSource;
  }

  /** Townships accepting intakes, each kept a few seconds; a change made in this process is seen at once. */
  private readonly townships = new Map<string, { township: Township; until: number }>();
  private watchingTownships = false;

  private async townshipOf(id: string): Promise<Township | null> {
    if (!this.watchingTownships) {
      this.watchingTownships = true;
      const forget = (target: unknown) => target === Township && this.townships.clear();
      this.ds.subscribers.push({
        afterInsert: (e: InsertEvent<unknown>) => void forget(e.metadata.target),
        afterUpdate: (e: UpdateEvent<unknown>) => void forget(e.metadata.target),
        afterRemove: (e: RemoveEvent<unknown>) => void forget(e.metadata.target),
      } satisfies EntitySubscriberInterface);
    }
    const now = Date.now();
    const kept = this.townships.get(id);
    if (kept && kept.until > now) return kept.township;
    const township = await this.ds.getRepository(Township).findOne({ where: { id } });
    // Only an active township is kept: a deactivated one is read again, so its reactivation shows at once.
    if (township?.active) this.townships.set(id, { township, until: now + TOWNSHIP_CACHE_MS });
    return township;
  }

  /**
   * Accepts a county item for the county. Durable here before the answer, forwarded later by the
   * outbox; the applicant's clock starts now, whether or not the county can be reached.
   */
  async accept(who: Principal | null, input: AcceptIntakeInput, now: Date): Promise<DelegatedIntakeRow> {
    const clerk = requireRole(who, 'TOWNSHIP_CLERK');
    validateRequestId(input.requestId);
    const item = this.delegableAt(checkId(input.countyItemId), clerk.townshipId!, now);
    const applicant = validateApplicant(input.applicant);
    this.checkMaterials(item, input.submittedMaterials, true);
    if (input.note && input.note.length > MAX_NOTE) throw noteTooLong();

    const submitted = [...new Set(input.submittedMaterials)];
    const note = input.note?.trim() || null;
    const requestHash = requestFingerprint({ itemId: item.id, applicant, submitted: [...submitted].sort(), expedited: !!input.expedited, note });
    const township = await this.townshipOf(clerk.townshipId!);
    // Stored first: a repeated request meets the unique request id and gets the first answer (below).
    // A deactivated township looks first, so that a repeat of an intake it took before still answers.
    if (!township?.active) {
      const earlier = await this.byRequestId(input.requestId, clerk.userId, requestHash);
      if (earlier) return earlier;
    }
    const active = await this.activeTownship(clerk.townshipId!);
    try {
      return await this.createIntake({ clerk, township: active, item, applicant, submitted, expedited: !!input.expedited, note, requestId: input.requestId, requestHash, now });
    } catch (e) {
      if (isUniqueViolation(e)) {
        const raced = await this.byRequestId(input.requestId, clerk.userId, requestHash);
        if (raced) return raced;
      }
      throw e;
    }
  }

  /**
   * The county item as the township's copy of the delegable catalog has it, when it may be taken in
   * at this township; NOT_DELEGABLE otherwise, saying how old the copy is. `online`: an item the
   * copy does not hold at all is NOT_FOUND (the public names it by id).
   */
  delegableAt(countyItemId: string, townshipId: string, now: Date, online?: { townshipName: string }): DelegableItem {
    const item = this.mirror.delegableItem(countyItemId);
    if (!item && online) throw notFound('Delegable county item', countyItemId);
    if (!item || (item.delegatedTownshipIds && !item.delegatedTownshipIds.includes(townshipId))) {
      // The refusal is read from the township's copy of the county catalog: say how old it is.
      const syncedAt = this.mirror.syncedAt();
      const ageSeconds = syncedAt ? Math.max(0, Math.round((now.getTime() - syncedAt.getTime()) / 1000)) : null;
      const age = ageSeconds === null ? '本乡镇尚无县级事项目录副本' : `本乡镇的县级事项目录副本更新于${ageSeconds}秒前`;
      const details = { countyItemId, townshipId, catalogCopySyncedAt: syncedAt?.toISOString() ?? null, catalogCopyAgeSeconds: ageSeconds };
      if (online) {
        throw appError('NOT_DELEGABLE', `该事项未委托${online.townshipName}受理，请选择县级窗口或其他受理该事项的乡镇 (this county item is not delegated to the chosen township)`, details);
      }
      throw appError('NOT_DELEGABLE', `该事项未委托本乡镇受理（${age}），请申请人到县级窗口办理 (this county item is not delegated to your township as of the township's copy)`, details);
    }
    return item;
  }

  /** Only the item's materials; with `mandatory`, every mandatory one (acceptance needs them, an application does not). */
  checkMaterials(item: DelegableItem, materials: string[], mandatory: boolean): void {
    const names = new Set(item.materials.map((m) => m.name));
    const unknown = materials.filter((m) => !names.has(m));
    if (unknown.length) throw unknownMaterials(unknown);
    if (mandatory) requireMandatoryMaterials(item.materials, materials);
  }

  /** The township, when it is active (a deactivated one takes no delegated intakes: UNIT_INACTIVE). */
  async activeTownship(id: string, what = '不能委托受理'): Promise<Township> {
    const township = await this.townshipOf(id);
    if (!township) throw notFound('Township', id);
    if (!township.active) throw appError('UNIT_INACTIVE', `${township.name}已停用，${what} (${township.name} is deactivated and takes no delegated intakes)`, { townshipId: township.id });
    return township;
  }

  /**
   * The one way an intake comes to exist: the row, its history and the message to the county, in
   * one transaction. An online application brings its number, query code and first step
   * (网上申报, when it was sent), and its own change for the same transaction.
   */
  async createIntake(a: {
    clerk: Principal;
    township: Township;
    item: DelegableItem;
    applicant: Required<ApplicantIn>;
    submitted: string[];
    expedited: boolean;
    note: string | null;
    requestId: string;
    requestHash: string;
    now: Date;
    online?: { number: string; queryCode: string; receivedAt: Date; inTransaction: (m: EntityManager, intakeId: string) => Promise<void> };
  }): Promise<DelegatedIntakeRow> {
    const { clerk, township, item, applicant, now, online } = a;
    const due = computeDue({ acceptedAt: now, kind: item.kind, promisedDays: item.promisedDays, calendar: this.mirror.calendar() });
    const accepted = await retryOnDeadlock(() => this.ds.transaction(async (m) => {
      const id = newId();
      await online?.inTransaction(m, id);
      const number = online ? online.number : formatCaseNumber(township.divisionCode, shanghaiDate(now), await nextSequence(m, TownshipCaseCounter, township.divisionCode, shanghaiDate(now)));
      // The history's sequence follows the version: an online intake starts with two steps.
      const firstSeq = online ? 2 : 1;
      const row = Object.assign(new DelegatedIntakeRow(), {
        id,
        number,
        queryCode: online ? online.queryCode : generateQueryCode(),
        requestId: a.requestId,
        requestHash: a.requestHash,
        townshipId: township.id,
        countyItemId: item.id,
        itemCode: item.code,
        itemName: item.name,
        applicantName: applicant.name,
        applicantIdType: applicant.idType,
        applicantIdNumber: applicant.idNumber,
        applicantPhone: applicant.phone,
        submittedMaterials: a.submitted,
        expedited: a.expedited,
        note: a.note,
        clerkId: clerk.userId,
        clerkName: clerk.name.slice(0, 50),
        acceptedAt: now,
        acceptedOn: shanghaiDate(now),
        dueDate: due.dueDate,
        dueAt: due.dueAt,
        pausedAt: null,
        pausedWorkingDays: 0,
        uncertainYears: due.uncertainYears.length ? due.uncertainYears.join(',') : null,
        forwardedAt: null,
        countyCaseId: null,
        countyCaseNumber: null,
        countyStatus: null,
        countyVersion: 0,
        missingMaterials: [],
        supplementRequestedAt: null,
        supplementResubmittedAt: null,
        resultDocumentNumber: null,
        refusalReason: null,
        handedOverAt: null,
        deliveryMethod: null,
        trackingNumber: null,
        version: firstSeq,
        updatedAt: now,
      });
      await m.getRepository(DelegatedIntakeRow).insert(row);
      if (online) {
        await appendHistory(m, IntakeHistoryRow, row as never, 1, { ...ONLINE_ACTOR, role: 'SERVICE' }, township.name, online.receivedAt, {
          step: ONLINE_STEP,
          fromStatus: null,
          toStatus: 'RECEIVED',
          note: null,
        });
      }
      await appendHistory(m, IntakeHistoryRow, row as never, firstSeq, clerk, township.name, now, {
        step: 'intakeAccept',
        fromStatus: online ? 'RECEIVED' : null,
        toStatus: 'ACCEPTED',
        note: row.note,
      });
      await enqueue(m, TownshipOutbox, {
        messageKey: `intake:${row.id}:forward`,
        kind: 'FORWARD_INTAKE',
        subjectId: row.id,
        newSubject: true,
        now,
        payload: {
          intakeId: row.id,
          intakeNumber: row.number,
          queryCode: row.queryCode,
          townshipId: township.id,
          townshipName: township.name,
          clerkId: clerk.userId,
          clerkName: row.clerkName,
          itemId: item.id,
          applicant,
          submittedMaterials: row.submittedMaterials,
          expedited: row.expedited,
          acceptedAt: now.toISOString(),
          note: row.note,
          // The county case of an online application is ONLINE too (window intakes say nothing: WINDOW).
          ...(online ? { channel: 'ONLINE' } : {}),
        },
      });
      return row;
    }));
    this.onQueued();
    return accepted;
  }

  /** The intake an earlier request with this key created, under the one idempotency rule. */
  private async byRequestId(requestId: string, clerkId: string, requestHash: string): Promise<DelegatedIntakeRow | null> {
    const earlier = await this.ds.getRepository(DelegatedIntakeRow).findOne({ where: { requestId } });
    if (!earlier) return null;
    if (earlier.clerkId !== clerkId) throw requestIdTaken();
    return sameRequestOrRefuse(earlier, requestHash);
  }

  /**
   * Records the county's acknowledgement (in the forwarder's transaction), and the county's
   * acceptance it carries, as the county's update of version 2 would have. The usual intake — as
   * accepted here, not yet forwarded — is updated without being read first.
   */
  async recordForwarded(m: EntityManager, intakeId: string, ack: ForwardAck, now: Date) {
    return this.recordForwardedMany(m, [{ intakeId, ack }], now);
  }

  /** Records several acknowledgements of one forwarding call; their usual history steps go in one statement. */
  async recordForwardedMany(m: EntityManager, acks: { intakeId: string; ack: ForwardAck }[], now: Date) {
    const repo = m.getRepository(DelegatedIntakeRow);
    const fresh = { version: 1, forwardedAt: null, countyStatus: null, countyVersion: 0 } as DelegatedIntakeRow;
    const rows: Record<string, unknown>[] = [];
    for (const { intakeId, ack } of acks) {
      const first = forwardedChange(fresh, intakeId, ack, now);
      const res = await repo.update({ id: intakeId, version: 1, forwardedAt: IsNull() }, first.patch);
      if (res.affected === 1) {
        const [step, ...more] = first.steps;
        rows.push(...historyRows({ id: intakeId }, 2, step.who, step.unitName, step.at, step, ...more));
      } else {
        await this.recordForwardedRead(m, intakeId, ack, now);
      }
    }
    if (rows.length) await m.getRepository(IntakeHistoryRow).insert(rows as never);
  }

  /** An intake changed since it was accepted here (or already forwarded): read, then recorded. */
  private async recordForwardedRead(m: EntityManager, intakeId: string, ack: ForwardAck, now: Date) {
    const repo = m.getRepository(DelegatedIntakeRow);
    const i = await repo.findOne({ where: { id: intakeId } });
    if (!i || i.forwardedAt) return;
    const change = forwardedChange(i, intakeId, ack, now);
    const again = await repo.update({ id: i.id, version: i.version }, change.patch);
    // A county update applied meanwhile already marked it forwarded (and took this version): done.
    if (again.affected !== 1) return;
    await writeSteps(m, intakeId, i.version + 1, change.steps);
  }

  /**
   * Applies a county change once and in version order (the county sends a case's changes one at a
   * time). `true` means applied — now or before; never "seen and skipped".
   */
  async applyCountyUpdate(who: Principal | null, u: CountyUpdate, now: Date): Promise<boolean> {
    requireRole(who, 'SERVICE');
    checkUpdate(u);
    const repo = this.ds.getRepository(DelegatedIntakeRow);
    for (let attempt = 0; attempt < 5; attempt++) {
      const i = await repo.findOne({ where: { id: checkId(u.intakeId) } });
      if (!i) throw notFound('Delegated intake', u.intakeId);
      const verdict = verdictOf(i, u);
      if (verdict === 'applied') return true;
      // A change after the acceptance the forwarding acknowledgement carries, arriving before this
      // township recorded that acknowledgement: it waits (the county tries again), so the history
      // keeps the county's order.
      if (!i.forwardedAt && u.previousVersion != null && u.previousVersion > i.countyVersion && u.previousVersion >= ACCEPTANCE_VERSION) {
        throw appError('VERSION_CONFLICT', '该委托办件的转报回执尚未记录，县级更新稍后重发 (The forwarding acknowledgement is not recorded yet; the update is retried)', { intakeId: i.id, previousVersion: u.previousVersion });
      }
      if (verdict === 'gap') this.log?.warn({ intakeId: i.id, held: i.countyVersion, previousVersion: u.previousVersion, version: u.version }, 'county update ahead of the last one applied; applying its full state');
      const at = new Date(u.at);
      const done = await retryOnDeadlock(() => this.ds.transaction(async (m) => {
        const res = await m.getRepository(DelegatedIntakeRow).update({ id: i.id, version: i.version }, patchOf(i, u, now));
        if (res.affected !== 1) return false;
        await appendHistory(m, IntakeHistoryRow, i as never, i.version + 1, COUNTY_ACTOR(u.unitName), u.unitName, at, {
          step: u.step,
          // The step as the county recorded it, so both histories read the same.
          fromStatus: u.fromStatus !== undefined ? u.fromStatus : i.countyStatus,
          toStatus: u.toStatus,
          note: u.note ?? null,
        });
        return true;
      }));
      if (done) {
        this.lastCountyUpdateAt = now;
        return true;
      }
    }
    throw versionConflict(u.intakeId);
  }

  /** The applicant brought the missing materials: recorded here and forwarded to the county. */
  async resubmit(who: Principal | null, a: { id: string; version: number; submittedMaterials: string[]; note?: string | null }, now: Date) {
    return this.clerkAction(who, a.id, a.version, now, 'SUPPLEMENT_TO_COLLECT', (i) => {
      const stillMissing = i.missingMaterials.filter((m) => !a.submittedMaterials.includes(m));
      if (stillMissing.length) {
        throw appError('MATERIALS_REQUIRED', `补正材料不全，还缺：${stillMissing.join('、')} (Still missing: ${stillMissing.join(', ')})`, { field: 'submittedMaterials', missing: stillMissing });
      }
      return {
        patch: { supplementResubmittedAt: now, submittedMaterials: [...new Set([...i.submittedMaterials, ...a.submittedMaterials])] },
        step: 'resubmit',
        note: a.note?.trim() || `补正材料：${i.missingMaterials.join('、')}`,
        action: { action: 'RESUBMIT' },
      };
    });
  }

  /** The result reached the applicant (送达): recorded here, and completes the county case. */
  async handOver(who: Principal | null, a: { id: string; version: number; method: string; trackingNumber?: string | null; note?: string | null }, now: Date) {
    // Checked here too: a waybill number the county would refuse must not sit in the outbox.
    const trackingNumber = a.method === 'EXPRESS' ? checkTrackingNumber(a.trackingNumber) : null;
    return this.clerkAction(who, a.id, a.version, now, 'READY_FOR_HANDOVER', () => ({
      patch: { handedOverAt: now, deliveryMethod: a.method, trackingNumber },
      step: 'deliver',
      note: a.note?.trim() || null,
      action: { action: 'DELIVER', deliveryMethod: a.method, trackingNumber },
    }));
  }

  private async clerkAction(
    who: Principal | null,
    id: string,
    version: number,
    now: Date,
    requiredStage: IntakeStage,
    plan: (i: DelegatedIntakeRow) => { patch: Partial<DelegatedIntakeRow>; step: string; note: string | null; action: Record<string, unknown> },
  ): Promise<DelegatedIntakeRow> {
    const clerk = requireRole(who, 'TOWNSHIP_CLERK');
    const repo = this.ds.getRepository(DelegatedIntakeRow);
    const i = await repo.findOne({ where: { id: checkId(id) } });
    if (!i) throw notFound('Delegated intake', id);
    if (!inUnitScope(unitScope(clerk), 'TOWNSHIP', i.townshipId)) throw forbidden('This intake belongs to another township (非本乡镇受理)');
    if (i.version !== version) throw versionConflict(id);
    const stage = stageOf(i);
    if (stage !== requiredStage) {
      throw appError(
        'ILLEGAL_TRANSITION',
        `该委托办件当前为“${INTAKE_STAGE_LABELS_ZH[stage]}”，只有“${INTAKE_STAGE_LABELS_ZH[requiredStage]}”时才能办理此项 (Not possible at the intake's current stage)`,
        { stage },
      );
    }
    const p = plan(i);
    if (p.note && p.note.length > MAX_NOTE) throw noteTooLong();
    const township = await this.ds.getRepository(Township).findOneOrFail({ where: { id: i.townshipId } });
    await retryOnDeadlock(() => this.ds.transaction(async (m) => {
      const res = await m.getRepository(DelegatedIntakeRow).update({ id: i.id, version: i.version }, { ...p.patch, version: i.version + 1, updatedAt: now });
      if (res.affected !== 1) throw versionConflict(id);
      await appendHistory(m, IntakeHistoryRow, i as never, i.version + 1, clerk, township.name, now, { step: p.step, fromStatus: i.countyStatus, toStatus: i.countyStatus ?? 'ACCEPTED', note: p.note });
      await enqueue(m, TownshipOutbox, {
        messageKey: `intake:${i.id}:${p.step}:v${i.version + 1}`,
        kind: 'TOWNSHIP_ACTION',
        subjectId: i.id,
        now,
        payload: {
          messageKey: `intake:${i.id}:${p.step}:v${i.version + 1}`,
          intakeId: i.id,
          actorId: clerk.userId,
          actorName: clerk.name.slice(0, 50),
          townshipName: township.name,
          at: now.toISOString(),
          note: p.note,
          ...p.action,
        },
      });
    }));
    this.onQueued();
    return repo.findOneOrFail({ where: { id: i.id } });
  }

  readScope(who: Principal | null): UnitScope {
    return unitScope(requireRole(who, 'COUNTY_ADMIN', 'TOWNSHIP_CLERK', 'SUPERVISOR', 'VIEWER', 'SERVICE'));
  }

  assertCanRead(who: Principal | null, i: DelegatedIntakeRow): void {
    if (!inUnitScope(this.readScope(who), 'TOWNSHIP', i.townshipId)) throw forbidden('This intake belongs to another township (非本乡镇受理)');
  }

  /**
   * An intake reached by reference (`_entities`): the township's own rule, and for a county clerk
   * only as the origin of a case of their own department — the department of the intake's county
   * item, from the township's copy of the delegable catalog (an item no longer in it: refused).
   */
  assertMayReference(who: Principal | null): void {
    if (who?.role !== 'COUNTY_CLERK') this.readScope(who);
  }

  assertCanReadByReference(who: Principal | null, i: DelegatedIntakeRow): void {
    if (who?.role !== 'COUNTY_CLERK') return this.assertCanRead(who, i);
    const departmentId = this.mirror.delegableItem(i.countyItemId)?.departmentId;
    if (!inUnitScope(unitScope(who), 'DEPARTMENT', departmentId)) throw forbidden('This intake was taken in for another department (非本部门委托受理件)');
  }

  seesPersonalData(who: Principal | null, i: DelegatedIntakeRow): boolean {
    return seesPersonalData(who, { townshipId: i.townshipId });
  }

  async get(who: Principal | null, id: string): Promise<DelegatedIntakeRow | null> {
    this.readScope(who);
    const i = await this.ds.getRepository(DelegatedIntakeRow).findOne({ where: { id: checkId(id) } });
    if (i) this.assertCanRead(who, i);
    return i;
  }

  /** Intakes of the caller's scope, newest first; the derived stage is filtered in SQL, so a page costs one page of rows. */
  async list(who: Principal | null, f: { townshipId?: string | null; stage?: IntakeStage[] | null } & CaseSearch, limit: number, offset: number) {
    const townshipId = unitFilter(this.readScope(who), 'TOWNSHIP', f.townshipId, 'Township clerks see their own township only');
    checkPage(limit, offset, 200);
    const qb = this.ds.getRepository(DelegatedIntakeRow).createQueryBuilder('i');
    if (townshipId !== null) qb.andWhere('i.township_id = :townshipId', { townshipId });
    // The applicant holds the intake's number; the county's clerks speak of the county case number.
    applyCaseSearch(qb, f, who, ['number', 'county_case_number']);
    if (f.stage?.length) {
      const unknown = f.stage.filter((s) => !INTAKE_STAGES.includes(s));
      if (unknown.length) throw badInput(`Unknown stage ${unknown.join(', ')}`);
      qb.andWhere(`${stageSql('i')} IN (:...stages)`, { stages: f.stage });
    }
    // Both keys descending, so the (accepted_at) indexes give the page without sorting the table.
    qb.orderBy('i.accepted_at', 'DESC').addOrderBy('i.id', 'DESC').take(limit).skip(offset);
    const [nodes, total] = await qb.getManyAndCount();
    return { total, nodes };
  }

  /** Everything a township window has to do about intakes, in one call. */
  async workList(who: Principal | null, townshipId: string | null, now: Date) {
    const id = unitFilter(this.readScope(who), 'TOWNSHIP', townshipId, 'Township clerks see their own township only');
    if (id === null) throw badInput('Name the township (townshipId)');
    const open = await this.ds.getRepository(DelegatedIntakeRow).find({
      where: [
        { townshipId: id, handedOverAt: IsNull(), countyStatus: IsNull() },
        { townshipId: id, handedOverAt: IsNull(), countyStatus: In(['ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE', 'APPROVED', 'REJECTED']) },
      ],
      order: { acceptedAt: 'ASC', id: 'ASC' },
    });
    const by = (s: IntakeStage) => open.filter((i) => stageOf(i) === s);
    return {
      township: { id },
      waitingForward: by('WAITING_FORWARD'),
      supplementsToCollect: by('SUPPLEMENT_TO_COLLECT'),
      readyForHandover: by('READY_FOR_HANDOVER'),
      overdue: open.filter((i) => intakeOverdue(i, now)),
      onlineApplications: await this.ds.getRepository(OnlineIntakeApplicationRow).find({ where: { townshipId: id, status: 'RECEIVED' }, order: { receivedAt: 'ASC', id: 'ASC' } }),
    };
  }

  historyOf(ids: readonly string[]): Promise<IntakeHistoryRow[]> {
    return this.ds.getRepository(IntakeHistoryRow).find({ where: { caseId: In([...ids]) }, order: { seq: 'ASC' } });
  }

  findForTracking(number: string, queryCode: string): Promise<DelegatedIntakeRow | null> {
    return this.ds.getRepository(DelegatedIntakeRow).findOne({ where: { number, queryCode } });
  }
}
