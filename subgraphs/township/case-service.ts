import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { inUnitScope, unitFilter, unitScope, type UnitScope } from '../shared/auth/unit-scope';
import { requireRole } from '../shared/auth/guards';
import { forbidden, notFound } from '../shared/graphql/errors';
import { checkId, pageOfCases, type CommonCaseFilter } from '../shared/cases/case-query';
import { applyCaseSearch, type CaseSearch } from '../shared/cases/case-search';
import { actOnCase, receiveCase, setExpedited, type ApplicantIn, type CaseItemTerms, type CaseTier } from '../shared/cases/case-engine';
import type { ActionInput, CaseAction } from '../shared/domain/lifecycle';
import { Township, TownshipCase, TownshipCaseCounter, TownshipCaseHistory, TownshipItem } from './entities';
import type { CalendarMirror } from './calendar-mirror';

export interface TownshipCaseFilter extends CommonCaseFilter, CaseSearch {
  townshipId?: string | null;
}

/** Township cases: a township clerk sees and changes only their own township's. */
export class TownshipCaseService {
  readonly tier: CaseTier<TownshipCase, TownshipCaseHistory>;

  constructor(
    private readonly ds: DataSource,
    private readonly calendar: CalendarMirror,
  ) {
    this.tier = {
      dataSource: ds,
      caseEntity: TownshipCase,
      historyEntity: TownshipCaseHistory,
      counterEntity: TownshipCaseCounter,
      calendar: async () => this.calendar.calendar(),
    };
  }

  /** Township scope of a caller for reading cases. */
  readScope(who: Principal | null): UnitScope {
    return unitScope(requireRole(who, 'COUNTY_ADMIN', 'TOWNSHIP_CLERK', 'SUPERVISOR', 'VIEWER', 'SERVICE'));
  }

  assertCanRead(who: Principal | null, c: TownshipCase): void {
    if (!inUnitScope(this.readScope(who), 'TOWNSHIP', c.townshipId)) throw forbidden('This case belongs to another township (非本乡镇办件)');
  }

  assertCanAct(who: Principal | null, townshipId: string): Principal {
    const p = requireRole(who, 'TOWNSHIP_CLERK');
    if (!inUnitScope(unitScope(p), 'TOWNSHIP', townshipId)) throw forbidden('Only clerks of this township may act on its cases (非本乡镇办件)');
    return p;
  }

  async list(who: Principal | null, f: TownshipCaseFilter, limit: number, offset: number, now: Date) {
    const t = unitFilter(this.readScope(who), 'TOWNSHIP', f.townshipId, 'Township clerks see their own township only');
    const qb = this.ds.getRepository(TownshipCase).createQueryBuilder('c');
    if (t !== null) qb.andWhere('c.township_id = :t', { t });
    applyCaseSearch(qb, f, who, ['number']);
    const judge = f.warning ? { calendar: this.calendar.calendar(), thresholds: this.calendar.settings() } : undefined;
    return pageOfCases(qb, f, { limit, offset }, now, judge);
  }

  async get(who: Principal | null, id: string): Promise<TownshipCase | null> {
    this.readScope(who);
    const c = await this.ds.getRepository(TownshipCase).findOne({ where: { id: checkId(id) } });
    if (c) this.assertCanRead(who, c);
    return c;
  }

  async receive(
    who: Principal | null,
    input: { requestId: string; itemId: string; applicant: ApplicantIn; submittedMaterials: string[]; expedited?: boolean | null; note?: string | null },
    now: Date,
  ): Promise<TownshipCase> {
    requireRole(who, 'TOWNSHIP_CLERK');
    const item = await this.ds.getRepository(TownshipItem).findOne({ where: { id: checkId(input.itemId) } });
    if (!item || !item.active) throw notFound('Township item', input.itemId);
    const p = this.assertCanAct(who, item.townshipId);
    const township = await this.ds.getRepository(Township).findOneOrFail({ where: { id: item.townshipId } });
    return receiveCase(this.tier, {
      ...input,
      item: termsOf(item),
      unitCode: township.divisionCode,
      unitName: township.name,
      who: p,
      now,
      place: (c) => {
        c.townshipId = township.id;
      },
    });
  }

  async act(who: Principal | null, a: { id: string; version: number; action: CaseAction; input: ActionInput }, now: Date): Promise<TownshipCase> {
    const p = requireRole(who, 'TOWNSHIP_CLERK');
    return actOnCase(this.tier, {
      ...a,
      id: checkId(a.id),
      who: p,
      unitName: await this.unitName(p),
      now,
      authorize: (c) => this.assertCanAct(who, c.townshipId),
      itemOf: async (c) => termsOf(await this.ds.getRepository(TownshipItem).findOneOrFail({ where: { id: c.itemId } })),
    });
  }

  async setExpedited(who: Principal | null, a: { id: string; version: number; expedited: boolean; note?: string | null }, now: Date) {
    const p = requireRole(who, 'TOWNSHIP_CLERK');
    return setExpedited(this.tier, { ...a, id: checkId(a.id), who: p, unitName: await this.unitName(p), now, authorize: (c) => this.assertCanAct(who, c.townshipId) });
  }

  byIds(ids: readonly string[]): Promise<TownshipCase[]> {
    return this.ds.getRepository(TownshipCase).find({ where: { id: In([...ids]) } });
  }

  historyOf(caseIds: readonly string[]): Promise<TownshipCaseHistory[]> {
    return this.ds.getRepository(TownshipCaseHistory).find({ where: { caseId: In([...caseIds]) }, order: { seq: 'ASC' } });
  }

  findForTracking(number: string, queryCode: string): Promise<TownshipCase | null> {
    return this.ds.getRepository(TownshipCase).findOne({ where: { number, queryCode } });
  }

  private async unitName(p: Principal): Promise<string> {
    const t = await this.ds.getRepository(Township).findOne({ where: { id: p.townshipId! } });
    return t?.name ?? '';
  }
}

export function termsOf(item: TownshipItem): CaseItemTerms {
  return { id: item.id, kind: item.kind as CaseItemTerms['kind'], promisedDays: item.promisedDays, materials: item.materials };
}
