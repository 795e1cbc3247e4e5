import type { DataSource, EntitySubscriberInterface, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import type { Logger } from 'pino';
import type { Principal } from '../shared/auth/principal';
import { requireRole } from '../shared/auth/guards';
import { actOnCase, loadCase, receiveCase, type ApplicantIn } from '../shared/cases/case-engine';
import { checkId } from '../shared/cases/case-query';
import { GraphQLError } from 'graphql';
import { badInput, notFound } from '../shared/graphql/errors';
import { DomainError } from '../shared/domain/errors';
import { isUniqueViolation } from '../shared/db/unique-violation';
import { OPEN_STATUSES, type ActionInput, type DeliveryMethod } from '../shared/domain/lifecycle';
import { overdueSql } from '../shared/cases/overdue-sql';
import { isCaseChannel } from '../shared/domain/channel';
import { Forwarder } from '../shared/outbox/forwarder';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';
import { CountyCase, CountyInbox, CountyItem, CountyOutbox, Department } from './entities';
import type { CountyCaseService } from './case-service';
import { termsOf } from '../shared/cases/unit-case-service';
import { REFERENCE_CHANGED } from './reference-feed';
import { parseYears } from '../shared/cases/case-state';

export interface ForwardedIntake {
  intakeId: string;
  intakeNumber: string;
  queryCode: string;
  townshipId: string;
  townshipName: string;
  clerkId: string;
  clerkName: string;
  itemId: string;
  applicant: ApplicantIn;
  submittedMaterials: string[];
  expedited?: boolean | null;
  acceptedAt: string;
  note?: string | null;
  /** ONLINE when the township took it in from an online application (网上申报); a window intake otherwise. */
  channel?: string | null;
}

export interface TownshipAction {
  messageKey: string;
  intakeId: string;
  action: string;
  actorId: string;
  actorName: string;
  townshipName: string;
  at: string;
  note?: string | null;
  deliveryMethod?: string | null;
  trackingNumber?: string | null;
}

export interface TownshipCountyFigures {
  delegatedCases: number;
  openCases: number;
  overdueCases: number;
  awaitingHandover: number;
  lastReceivedAt: string | null;
}

/** How long the item of a forwarded intake is kept (changes made in this process are seen at once). */
const ITEM_CACHE_MS = 5_000;

/** The note of the county's acceptance of a forwarded intake. */
const ACCEPT_NOTE = '乡镇便民服务中心委托受理，受理时间即计时起点';

/** The county's acceptance of a forwarded intake, as the township records it (a CountyCaseUpdate without its key). */
export interface IntakeAcceptance {
  previousVersion: number;
  version: number;
  step: string;
  fromStatus: string;
  toStatus: string;
  unitName: string;
  at: string;
  note: string;
  dueDate: string | null;
  dueAt: string | null;
  pausedAt: string | null;
  pausedWorkingDays: number;
  uncertainYears: number[];
  expedited: boolean;
}

/** Most intakes one forwarding call may carry. */
export const MAX_FORWARDED_PER_CALL = 50;

export interface ForwardedIntakeOutcome {
  ack: ForwardedIntakeAnswer | null;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface ForwardedIntakeAnswer {
  countyCaseId: string;
  countyCaseNumber: string;
  status: string;
  dueDate: string | null;
  duplicate: boolean;
  acceptance: IntakeAcceptance | null;
}

/**
 * The acceptance step (version 2) of a delegated case. For a repeated delivery after the case
 * moved on, its state is the current one: the later changes wait in the outbox, each carrying the
 * whole state, and reach the township after it recorded this.
 */
function acceptanceOf(c: CountyCase, unitName: string, acceptedAt: Date): IntakeAcceptance {
  return {
    previousVersion: 1,
    version: 2,
    step: 'accept',
    fromStatus: 'RECEIVED',
    toStatus: c.version === 2 ? c.status : 'ACCEPTED',
    unitName,
    at: acceptedAt.toISOString(),
    note: ACCEPT_NOTE,
    dueDate: c.dueDate,
    dueAt: c.dueAt?.toISOString() ?? null,
    pausedAt: c.version === 2 ? (c.pausedAt?.toISOString() ?? null) : null,
    pausedWorkingDays: c.version === 2 ? c.pausedWorkingDays : 0,
    uncertainYears: parseYears(c.uncertainYears),
    expedited: c.expedited,
  };
}

const UPDATE_MUTATION = `mutation($i: CountyCaseUpdateInput!) { receiveCountyCaseUpdate(input: $i) }`;
const REFERENCE_MUTATION = `mutation($i: CountyReferenceChangeInput!) { receiveCountyReferenceChange(input: $i) }`;

/** The county's half of delegated intake (SPEC §4.4): receiving forwarded intakes and township actions. */
export class DelegationService {
  /** Items forwarded intakes were for, with their department's code, for a few seconds. */
  private readonly items = new Map<string, { item: CountyItem; departmentCode: string; until: number }>();

  constructor(
    private readonly ds: DataSource,
    private readonly cases: CountyCaseService,
    private readonly log?: Logger,
  ) {
    // A change of an item or a department made here is seen at once; one made elsewhere within ITEM_CACHE_MS.
    const forget = (target: unknown) => {
      if (target === CountyItem || target === Department) this.items.clear();
    };
    ds.subscribers.push({
      afterInsert: (e: InsertEvent<unknown>) => forget(e.metadata.target),
      afterUpdate: (e: UpdateEvent<unknown>) => forget(e.metadata.target),
      afterRemove: (e: RemoveEvent<unknown>) => forget(e.metadata.target),
    } satisfies EntitySubscriberInterface);
  }

  /**
   * The item of a forwarded intake and its department's code, in one statement, kept a few
   * seconds: intakes of one item come in runs, and the township accepted each from its own copy
   * of the catalog, which is older still.
   */
  private async itemOf(id: string): Promise<{ item: CountyItem; departmentCode: string }> {
    const now = Date.now();
    const kept = this.items.get(id);
    if (kept && kept.until > now) return kept;
    const { entities, raw } = await this.ds
      .getRepository(CountyItem)
      .createQueryBuilder('i')
      .innerJoin(Department, 'd', 'd.id = i.department_id')
      .addSelect('d.code', 'department_code')
      .where('i.id = :id', { id })
      .getRawAndEntities<{ department_code: string }>();
    if (!entities[0]) throw notFound('County item', id);
    const found = { item: entities[0], departmentCode: raw[0].department_code, until: now + ITEM_CACHE_MS };
    if (this.items.size > 1000) this.items.clear();
    this.items.set(id, found);
    return found;
  }

  /**
   * Creates exactly one county case per intake, received and accepted in one transaction, its
   * clock started at the township's acceptance. The acknowledgement carries the acceptance (the
   * case's version 2) in full, so it is not sent back to the township again as an update.
   */
  async receiveForwardedIntake(who: Principal | null, f: ForwardedIntake, now: Date): Promise<ForwardedIntakeAnswer> {
    requireRole(who, 'SERVICE');
    checkId(f.intakeId);
    checkId(f.townshipId);
    if (f.channel != null && !isCaseChannel(f.channel)) throw badInput('channel must be WINDOW or ONLINE');
    const acceptedAt = new Date(f.acceptedAt);
    if (Number.isNaN(acceptedAt.getTime()) || acceptedAt.getTime() > now.getTime() + 5 * 60_000) throw badInput('acceptedAt must be a past instant');
    const { item, departmentCode } = await this.itemOf(checkId(f.itemId));
    const clerk = this.townshipClerk(f.clerkId, f.clerkName, f.townshipId);
    const unitName = `${f.townshipName}（委托受理）`;

    let attemptedId: string | null = null;
    let c: CountyCase;
    try {
      // Stored first: a forwarded intake arrives once, but for a lost acknowledgement.
      c = await receiveCase(this.cases.tier, {
        requestId: `intake-${f.intakeId}`,
        item: termsOf(item),
        unitCode: departmentCode,
        unitName,
        who: clerk,
        applicant: f.applicant,
        submittedMaterials: f.submittedMaterials,
        expedited: f.expedited,
        note: f.note,
        now: acceptedAt,
        // An online application taken in at a township stays ONLINE; the county's step is still the township's receipt.
        ...(f.channel === 'ONLINE' ? { channel: 'ONLINE' as const, firstStep: 'receive' } : {}),
        storeFirst: true,
        // The township window checked the mandatory materials when it accepted; a later catalog edit must not strand the intake.
        acceptAtOnce: { note: ACCEPT_NOTE },
        place: (row) => {
          attemptedId = row.id;
          Object.assign(row, {
            departmentId: item.departmentId,
            originIntakeId: f.intakeId,
            originIntakeNumber: f.intakeNumber,
            originQueryCode: f.queryCode,
            originTownshipId: f.townshipId,
            forwardedAt: now,
          });
        },
      });
    } catch (e) {
      // A repeated delivery (or one racing the first): the case the first one stored, whatever
      // the repeat's fingerprint says (the intake is the key).
      const earlier = await this.ds.getRepository(CountyCase).findOne({ where: { originIntakeId: f.intakeId } });
      if (!earlier) throw e;
      c = earlier;
    }
    // A case stored received only, by a version before receipt and acceptance were one step.
    if (c.status === 'RECEIVED') c = await this.acceptOnce(c, clerk, unitName, acceptedAt);
    const duplicate = c.id !== attemptedId;
    return {
      countyCaseId: c.id,
      countyCaseNumber: c.number,
      status: c.status,
      dueDate: c.dueDate,
      duplicate,
      acceptance: c.version >= 2 && c.acceptedAt ? acceptanceOf(c, unitName, acceptedAt) : null,
    };
  }

  /**
   * Several forwarded intakes in one call: each received (or refused) by itself, in order, with
   * its own outcome — a refusal of one holds back none of the others.
   */
  async receiveForwardedIntakes(who: Principal | null, intakes: ForwardedIntake[], now: Date): Promise<ForwardedIntakeOutcome[]> {
    requireRole(who, 'SERVICE');
    if (intakes.length > MAX_FORWARDED_PER_CALL) throw badInput(`At most ${MAX_FORWARDED_PER_CALL} intakes per call`);
    const out: ForwardedIntakeOutcome[] = [];
    for (const f of intakes) {
      try {
        out.push({ ack: await this.receiveForwardedIntake(who, f, now), errorCode: null, errorMessage: null });
      } catch (e) {
        const code = e instanceof GraphQLError && typeof e.extensions?.code === 'string' ? e.extensions.code : e instanceof DomainError ? e.code : 'INTERNAL_SERVER_ERROR';
        if (code === 'INTERNAL_SERVER_ERROR') this.log?.error({ err: e, intakeId: f.intakeId }, 'forwarded intake failed');
        out.push({ ack: null, errorCode: code, errorMessage: code === 'INTERNAL_SERVER_ERROR' ? 'Internal error; the intake is tried again' : String((e as Error).message).slice(0, 500) });
      }
    }
    return out;
  }

  /** Two deliveries of one intake may race: whichever accepts first wins, the other sees it accepted. */
  private async acceptOnce(c: CountyCase, clerk: Principal, unitName: string, at: Date): Promise<CountyCase> {
    try {
      return await actOnCase(this.cases.tier, {
        id: c.id,
        version: c.version,
        action: 'accept',
        input: { note: ACCEPT_NOTE },
        who: clerk,
        unitName,
        now: at,
        authorize: () => undefined,
        // The township window checked the mandatory materials when it accepted; a later catalog edit must not strand the intake.
        materialsCheckedAtIntake: true,
        itemOf: (row) => this.cases.termsOfItem(row.itemId),
      });
    } catch (e) {
      const now = await loadCase(this.cases.tier, c.id);
      if (now.status !== 'RECEIVED') return now;
      throw e;
    }
  }

  /** Applies a township clerk's resubmission or handover once, however often the message arrives. */
  async applyTownshipAction(who: Principal | null, a: TownshipAction, now: Date): Promise<CountyCase> {
    requireRole(who, 'SERVICE');
    if (!/^[\w:.-]{8,120}$/.test(a.messageKey)) throw badInput('messageKey must be 8–120 characters');
    const c = await this.ds.getRepository(CountyCase).findOne({ where: { originIntakeId: checkId(a.intakeId) } });
    if (!c) throw notFound('Delegated county case for intake', a.intakeId);
    if (await this.ds.getRepository(CountyInbox).findOne({ where: { messageKey: a.messageKey } })) return c;
    const action = a.action === 'RESUBMIT' ? 'resubmit' : a.action === 'DELIVER' ? 'deliver' : null;
    if (!action) throw badInput('A township may only RESUBMIT supplements or DELIVER results');
    const at = new Date(a.at);
    const input: ActionInput = { note: a.note ?? undefined };
    if (action === 'deliver') {
      input.deliveryMethod = (a.deliveryMethod ?? undefined) as DeliveryMethod | undefined;
      input.trackingNumber = a.trackingNumber ?? undefined;
    }
    try {
      return await actOnCase(this.cases.tier, {
        id: c.id,
        version: null,
        action,
        input,
        who: this.townshipClerk(a.actorId, a.actorName, c.originTownshipId!),
        unitName: a.townshipName,
        // Never before the case's last change, even if the township's clock runs behind.
        now: at.getTime() > c.updatedAt.getTime() ? at : now,
        authorize: () => undefined,
        // The township window checked the mandatory materials when it accepted; a later catalog edit must not strand the intake.
        materialsCheckedAtIntake: true,
        itemOf: (row) => this.cases.termsOfItem(row.itemId),
        inTransaction: async (m) => {
          await m.getRepository(CountyInbox).insert({ messageKey: a.messageKey, processedAt: now });
        },
      });
    } catch (e) {
      if (isUniqueViolation(e)) return loadCase(this.cases.tier, c.id);
      throw e;
    }
  }

  /**
   * County-side figures per township, for many townships in one statement: counted by the
   * database over the covering origin index, so the answer is a row per township however many
   * delegated cases the county holds. `isOverdue` is the same rule as SQL (overdue-sql.ts).
   */
  async figures(townshipIds: readonly string[], now: Date): Promise<TownshipCountyFigures[]> {
    const overdue = overdueSql('c', now);
    const rows: { townshipId: string; delegated: unknown; open: unknown; overdue: unknown; awaiting: unknown; lastReceivedAt: unknown }[] = townshipIds.length
      ? await this.ds
          .getRepository(CountyCase)
          .createQueryBuilder('c')
          .select('c.origin_township_id', 'townshipId')
          .addSelect('COUNT(*)', 'delegated')
          .addSelect('SUM(CASE WHEN c.status IN (:...figureOpen) THEN 1 ELSE 0 END)', 'open')
          .addSelect(`SUM(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END)`, 'overdue')
          .addSelect('SUM(CASE WHEN c.status IN (:...figureDecided) THEN 1 ELSE 0 END)', 'awaiting')
          .addSelect('MAX(c.forwarded_at)', 'lastReceivedAt')
          .where('c.origin_township_id IN (:...townshipIds)', { townshipIds: [...townshipIds] })
          .setParameters({ ...overdue.params, figureOpen: [...OPEN_STATUSES], figureDecided: ['APPROVED', 'REJECTED'] })
          .groupBy('c.origin_township_id')
          .getRawMany()
      : [];
    const byTownship = new Map(rows.map((r) => [r.townshipId, r]));
    return townshipIds.map((id) => {
      const r = byTownship.get(id);
      if (!r) return { delegatedCases: 0, openCases: 0, overdueCases: 0, awaitingHandover: 0, lastReceivedAt: null };
      return {
        delegatedCases: Number(r.delegated),
        openCases: Number(r.open),
        overdueCases: Number(r.overdue),
        awaitingHandover: Number(r.awaiting),
        lastReceivedAt: r.lastReceivedAt ? new Date(String(r.lastReceivedAt)).toISOString() : null,
      };
    });
  }

  private townshipClerk(userId: string, name: string, townshipId: string): Principal {
    return { userId: userId.slice(0, 64), name: name.slice(0, 50), role: 'TOWNSHIP_CLERK', townshipId };
  }
}

/** Delivers delegated cases' changes, and changes of what the township copies, to the township service. */
export function countyUpdateForwarder(ds: DataSource, township: ServiceTarget, log: Logger, clock?: () => Date) {
  return new Forwarder<CountyOutbox>({
    dataSource: ds,
    entity: CountyOutbox,
    log,
    clock,
    send: (row) => callService(township, row.kind === REFERENCE_CHANGED ? REFERENCE_MUTATION : UPDATE_MUTATION, { i: { messageKey: row.messageKey, ...row.payload } }),
  });
}

