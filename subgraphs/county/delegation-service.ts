import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Principal } from '../shared/auth/principal';
import { requireRole } from '../shared/auth/guards';
import { actOnCase, loadCase, receiveCase, type ApplicantIn } from '../shared/cases/case-engine';
import { checkId } from '../shared/cases/case-query';
import { badInput, notFound } from '../shared/graphql/errors';
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

const UPDATE_MUTATION = `mutation($i: CountyCaseUpdateInput!) { receiveCountyCaseUpdate(input: $i) }`;
const REFERENCE_MUTATION = `mutation($i: CountyReferenceChangeInput!) { receiveCountyReferenceChange(input: $i) }`;

/** The county's half of delegated intake (SPEC §4.4): receiving forwarded intakes and township actions. */
export class DelegationService {
  constructor(private readonly ds: DataSource, private readonly cases: CountyCaseService) {}

  /** Creates exactly one county case per intake, its clock started at the township's acceptance. */
  async receiveForwardedIntake(who: Principal | null, f: ForwardedIntake, now: Date) {
    requireRole(who, 'SERVICE');
    checkId(f.intakeId);
    checkId(f.townshipId);
    if (f.channel != null && !isCaseChannel(f.channel)) throw badInput('channel must be WINDOW or ONLINE');
    const acceptedAt = new Date(f.acceptedAt);
    if (Number.isNaN(acceptedAt.getTime()) || acceptedAt.getTime() > now.getTime() + 5 * 60_000) throw badInput('acceptedAt must be a past instant');
    const item = await this.ds.getRepository(CountyItem).findOne({ where: { id: checkId(f.itemId) } });
    if (!item) throw notFound('County item', f.itemId);
    const dept = await this.ds.getRepository(Department).findOneOrFail({ where: { id: item.departmentId } });
    const clerk = this.townshipClerk(f.clerkId, f.clerkName, f.townshipId);
    const unitName = `${f.townshipName}（委托受理）`;

    const earlier = await this.ds.getRepository(CountyCase).findOne({ where: { originIntakeId: f.intakeId } });
    // Simultaneous deliveries all miss `earlier`; only the one whose row was stored created the case.
    let attemptedId: string | null = null;
    let c =
      earlier ??
      (await receiveCase(this.cases.tier, {
        requestId: `intake-${f.intakeId}`,
        item: termsOf(item),
        unitCode: dept.code,
        unitName,
        who: clerk,
        applicant: f.applicant,
        submittedMaterials: f.submittedMaterials,
        expedited: f.expedited,
        note: f.note,
        now: acceptedAt,
        // An online application taken in at a township stays ONLINE; the county's step is still the township's receipt.
        ...(f.channel === 'ONLINE' ? { channel: 'ONLINE' as const, firstStep: 'receive' } : {}),
        place: (row) => {
          attemptedId = row.id;
          Object.assign(row, {
            departmentId: dept.id,
            originIntakeId: f.intakeId,
            originIntakeNumber: f.intakeNumber,
            originQueryCode: f.queryCode,
            originTownshipId: f.townshipId,
            forwardedAt: now,
          });
        },
      }));
    if (c.status === 'RECEIVED') c = await this.acceptOnce(c, clerk, unitName, acceptedAt);
    return { countyCaseId: c.id, countyCaseNumber: c.number, status: c.status, dueDate: c.dueDate, duplicate: !!earlier || c.id !== attemptedId };
  }

  /** Two deliveries of one intake may race: whichever accepts first wins, the other sees it accepted. */
  private async acceptOnce(c: CountyCase, clerk: Principal, unitName: string, at: Date): Promise<CountyCase> {
    try {
      return await actOnCase(this.cases.tier, {
        id: c.id,
        version: c.version,
        action: 'accept',
        input: { note: '乡镇便民服务中心委托受理，受理时间即计时起点' },
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

