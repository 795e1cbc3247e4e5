import type { DataSource, EntityTarget, FindOptionsWhere, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import type { Principal, Role } from '../auth/principal';
import { requireRole } from '../auth/guards';
import { inUnitScope, unitFilter, unitScope, type UnitScope, type UnitType } from '../auth/unit-scope';
import { appError, badInput, forbidden, notFound } from '../graphql/errors';
import { isOnlineRequestId, ONLINE_ACTOR } from '../domain/channel';
import type { WorkCalendar } from '../domain/calendar';
import type { WarningThresholds } from '../domain/warning';
import type { ActionInput, CaseAction } from '../domain/lifecycle';
import { actOnCase, receiveCase, setExpedited, type CaseItemTerms, type CaseRequest, type CaseTier } from './case-engine';
import { applyCaseSearch, type CaseSearch } from './case-search';
import { checkId, pageOfCases, type CommonCaseFilter } from './case-query';
import type { CaseHistoryRecord, CaseNumberCounterRecord, CaseRecord } from './case-record';

/** An item row of either tier's catalog, as far as cases need it. */
export interface CaseItemRow {
  id: string;
  name: string;
  kind: string;
  promisedDays: number;
  materials: { name: string; mandatory: boolean }[];
  active: boolean;
}

/** The terms of an item row, as the case engine needs them. */
export function termsOf(item: Omit<CaseItemRow, 'active'>): CaseItemTerms {
  return { id: item.id, kind: item.kind as CaseItemTerms['kind'], promisedDays: item.promisedDays, materials: item.materials };
}

/** A unit cases belong to (a county department or a township), as far as cases need it. */
export interface CaseUnitRow {
  id: string;
  name: string;
  /** False once deactivated (停用): the unit takes no new cases. */
  active: boolean;
}

/** Where a tier reads its calendar and the county's warning thresholds. */
export interface CaseCalendarSource {
  calendar(): Promise<WorkCalendar> | WorkCalendar;
  settings(): Promise<WarningThresholds> | WarningThresholds;
}

/** What an online applicant sends (网上申报): no clerk, so no 特事特办 and the phone is required. */
export interface OnlineApplication {
  requestId: string;
  itemId: string;
  applicant: CaseRequest['applicant'];
  plannedMaterials: string[];
  note?: string | null;
}

/** The receipt of an online application. */
export interface OnlineReceipt<C> {
  case: C;
  itemName: string;
  unitName: string;
}

/** What taking in a case asks of the caller. */
export interface ReceiveCaseInput extends CaseRequest {
  itemId: string;
}

/** The tables of one tier's cases and the catalog behind them. */
export interface CaseEntities<C extends CaseRecord, H extends CaseHistoryRecord, I extends CaseItemRow, U extends CaseUnitRow> {
  case: EntityTarget<C>;
  history: EntityTarget<H>;
  counter: EntityTarget<CaseNumberCounterRecord>;
  item: EntityTarget<I>;
  unit: EntityTarget<U>;
}

/** The property that names the unit of a case, an item, a clerk and a list filter alike. */
export type UnitKey = 'departmentId' | 'townshipId';

/** The unit a tier's cases belong to, how it is named, and what the tier adds to reading. */
export interface CaseUnit<K extends UnitKey, C extends CaseRecord, U extends CaseUnitRow, F extends CommonCaseFilter> {
  clerkRole: 'COUNTY_CLERK' | 'TOWNSHIP_CLERK';
  unitType: UnitType;
  /** The unit's id on a case, an item, a clerk and a list filter. */
  key: K;
  /** The case table's unit column. */
  column: 'department_id' | 'township_id';
  /** The unit's code in case numbers. */
  codeOf: (u: U) => string;
  /** Names the item in NOT_FOUND errors. */
  itemLabel: string;
  messages: { readOther: string; listOther: string; actOther: string };
  /** Callers of another role who follow some of this tier's cases (read them, not list them). */
  followers?: { role: Role; follows: (who: Principal, c: C) => boolean };
  /** The tier's own list filters, on top of the common ones and the unit. */
  narrow?: (qb: SelectQueryBuilder<C>, f: F) => void;
  /** The columns a searched number may be found in, the case's own first; by default only its own. */
  numberColumns?: string[];
  /** How an applicant's number and query code find a case; by default the case's own. */
  trackedBy?: (number: string, queryCode: string) => FindOptionsWhere<C>[];
}

/**
 * Reading and changing the cases of one tier: administrators, supervisors, viewers and services
 * read all, the unit's clerks read, take in and act on their own unit's. Each tier says which unit
 * its cases belong to, and adds what only it has (the county's delegated cases).
 */
export abstract class UnitCaseService<
  K extends UnitKey,
  C extends CaseRecord & Record<K, string>,
  H extends CaseHistoryRecord,
  I extends CaseItemRow & Record<K, string>,
  U extends CaseUnitRow,
  F extends CommonCaseFilter & CaseSearch & Partial<Record<K, string | null>>,
> {
  readonly tier: CaseTier<C, H>;

  protected constructor(
    private readonly ds: DataSource,
    private readonly calendar: CaseCalendarSource,
    private readonly unit: CaseUnit<K, C, U, F>,
    private readonly entities: CaseEntities<C, H, I, U>,
    /** Runs inside the transaction of every change after receipt (the county tells the township). */
    onChange?: CaseTier<C, H>['onChange'],
  ) {
    this.tier = {
      dataSource: ds,
      caseEntity: entities.case,
      historyEntity: entities.history,
      counterEntity: entities.counter,
      calendar: async () => calendar.calendar(),
      onChange,
    };
  }

  /** The unit a caller may read cases of. */
  readScope(who: Principal | null): UnitScope {
    return unitScope(requireRole(who, 'COUNTY_ADMIN', this.unit.clerkRole, 'SUPERVISOR', 'VIEWER', 'SERVICE'));
  }

  assertCanRead(who: Principal | null, c: C): void {
    if (this.follows(who, c)) return;
    if (!inUnitScope(this.readScope(who), this.unit.unitType, c[this.unit.key])) throw forbidden(this.unit.messages.readOther);
  }

  assertCanAct(who: Principal | null, unitId: string): Principal {
    const p = requireRole(who, this.unit.clerkRole);
    if (!inUnitScope(unitScope(p), this.unit.unitType, unitId)) throw forbidden(this.unit.messages.actOther);
    return p;
  }

  async list(who: Principal | null, f: F, limit: number, offset: number, now: Date): Promise<{ total: number; nodes: C[] }> {
    const only = unitFilter(this.readScope(who), this.unit.unitType, f[this.unit.key], this.unit.messages.listOther);
    const qb = this.ds.getRepository(this.entities.case).createQueryBuilder('c');
    if (only !== null) qb.andWhere(`c.${this.unit.column} = :unit`, { unit: only });
    this.unit.narrow?.(qb, f);
    applyCaseSearch(qb, f, who, this.unit.numberColumns ?? ['number']);
    const judge = f.warning ? { calendar: await this.calendar.calendar(), thresholds: await this.calendar.settings() } : undefined;
    return pageOfCases(qb, f, { limit, offset }, now, judge);
  }

  async get(who: Principal | null, id: string): Promise<C | null> {
    // A follower's case is checked once it is found; everyone else needs a reading role first.
    if (!who || who.role !== this.unit.followers?.role) this.readScope(who);
    const c = await this.findById(checkId(id));
    if (c) this.assertCanRead(who, c);
    return c;
  }

  async receive(who: Principal | null, input: ReceiveCaseInput, now: Date): Promise<C> {
    const p = requireRole(who, this.unit.clerkRole);
    const { item, unit } = await this.openItem(
      input.itemId,
      (name) => `${name}已停用，不能收件 (${name} is deactivated and takes no new cases)`,
      (unitId) => this.assertCanAct(p, unitId),
    );
    return receiveCase(this.tier, {
      ...input,
      item: termsOf(item),
      unitCode: this.unit.codeOf(unit),
      unitName: unit.name,
      who: p,
      now,
      place: (c) => {
        c[this.unit.key] = unit.id as C[K];
      },
    });
  }

  /**
   * 网上申报: anyone applies for an item of this tier; the case waits RECEIVED in its unit's queue
   * with channel ONLINE, as strictly checked as a window's input, until a clerk accepts it there.
   */
  async applyOnline(input: OnlineApplication, now: Date): Promise<OnlineReceipt<C>> {
    if (typeof input.requestId !== 'string' || !isOnlineRequestId(input.requestId)) {
      throw badInput('请求编号 requestId 应为16–64位字母、数字、_ 或 -（例如 UUID）(requestId must be 16–64 letters, digits, _ or -)', { field: 'requestId' });
    }
    if (!input.applicant?.phone?.trim()) throw badInput('网上申报须填写手机号码，窗口将电话联系 (An online application needs a mobile number)', { field: 'applicant.phone' });
    const { item, unit } = await this.openItem(input.itemId, (name) => `${name}已停用，暂不受理网上申报 (${name} is deactivated and takes no applications)`);
    const c = await receiveCase(this.tier, {
      requestId: `online-${input.requestId}`,
      applicant: input.applicant,
      submittedMaterials: input.plannedMaterials,
      materialsField: 'plannedMaterials',
      note: input.note,
      item: termsOf(item),
      unitCode: this.unit.codeOf(unit),
      unitName: unit.name,
      who: { ...ONLINE_ACTOR, role: 'SERVICE' },
      now,
      channel: 'ONLINE',
      place: (row) => {
        row[this.unit.key] = unit.id as C[K];
      },
    });
    return { case: c, itemName: item.name, unitName: unit.name };
  }

  async act(who: Principal | null, a: { id: string; version: number; action: CaseAction; input: ActionInput }, now: Date): Promise<C> {
    const p = requireRole(who, this.unit.clerkRole);
    return actOnCase(this.tier, {
      ...a,
      id: checkId(a.id),
      who: p,
      unitName: await this.unitName(p),
      now,
      authorize: (c) => this.assertCanAct(p, c[this.unit.key]),
      itemOf: (c) => this.termsOfItem(c.itemId),
    });
  }

  async setExpedited(who: Principal | null, a: { id: string; version: number; expedited: boolean; note?: string | null }, now: Date): Promise<C> {
    const p = requireRole(who, this.unit.clerkRole);
    return setExpedited(this.tier, { ...a, id: checkId(a.id), who: p, unitName: await this.unitName(p), now, authorize: (c) => this.assertCanAct(p, c[this.unit.key]) });
  }

  /** The current terms of a case's item (the catalog row must exist: a case keeps its item). */
  async termsOfItem(itemId: string): Promise<CaseItemTerms> {
    return termsOf(await this.ds.getRepository(this.entities.item).findOneOrFail({ where: { id: itemId } as FindOptionsWhere<I> }));
  }

  byIds(ids: readonly string[]): Promise<C[]> {
    return this.ds.getRepository(this.entities.case).find({ where: { id: In([...ids]) } as FindOptionsWhere<C> });
  }

  historyOf(caseIds: readonly string[]): Promise<H[]> {
    return this.ds.getRepository(this.entities.history).find({ where: { caseId: In([...caseIds]) } as FindOptionsWhere<H>, order: { seq: 'ASC' } as never });
  }

  findForTracking(number: string, queryCode: string): Promise<C | null> {
    const where = this.unit.trackedBy?.(number, queryCode) ?? ({ number, queryCode } as FindOptionsWhere<C>);
    return this.ds.getRepository(this.entities.case).findOne({ where });
  }

  /**
   * The active item a new case is for and its unit, which must take new cases: an unknown or
   * retired item is NOT_FOUND; `authorize` sees the unit first, then a deactivated unit is
   * UNIT_INACTIVE with `inactive`'s words.
   */
  private async openItem(itemId: string, inactive: (unitName: string) => string, authorize?: (unitId: string) => void): Promise<{ item: I; unit: U }> {
    const item = await this.ds.getRepository(this.entities.item).findOne({ where: { id: checkId(itemId) } as FindOptionsWhere<I> });
    if (!item || !item.active) throw notFound(this.unit.itemLabel, itemId);
    const unitId: string = item[this.unit.key];
    authorize?.(unitId);
    const unit = await this.ds.getRepository(this.entities.unit).findOneOrFail({ where: { id: unitId } as FindOptionsWhere<U> });
    if (!unit.active) throw appError('UNIT_INACTIVE', inactive(unit.name), { unitId: unit.id });
    return { item, unit };
  }

  private findById(id: string): Promise<C | null> {
    return this.ds.getRepository(this.entities.case).findOne({ where: { id } as FindOptionsWhere<C> });
  }

  private follows(who: Principal | null, c: C): boolean {
    const f = this.unit.followers;
    return !!who && !!f && who.role === f.role && f.follows(who, c);
  }

  /** The name of the acting clerk's unit, as the history records it. */
  private async unitName(p: Principal): Promise<string> {
    const u = await this.ds.getRepository(this.entities.unit).findOne({ where: { id: p[this.unit.key]! } as FindOptionsWhere<U> });
    return u?.name ?? '';
  }
}
