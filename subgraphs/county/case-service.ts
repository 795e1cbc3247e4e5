import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Principal } from '../shared/auth/principal';
import { inUnitScope, unitFilter, unitScope, type UnitScope } from '../shared/auth/unit-scope';
import { requireRole } from '../shared/auth/guards';
import { forbidden, notFound } from '../shared/graphql/errors';
import { checkId, pageOfCases, type CommonCaseFilter } from '../shared/cases/case-query';
import { applyCaseSearch, type CaseSearch } from '../shared/cases/case-search';
import { actOnCase, receiveCase, setExpedited, type CaseChange, type CaseItemTerms, type CaseTier, type ApplicantIn } from '../shared/cases/case-engine';
import type { ActionInput, CaseAction } from '../shared/domain/lifecycle';
import { CountyCase, CountyCaseCounter, CountyCaseHistory, CountyItem, CountyOutbox, Department } from './entities';
import { enqueue } from '../shared/outbox/enqueue';
import { parseYears } from '../shared/cases/case-state';
import type { CalendarService } from './calendar-service';

export interface CountyCaseFilter extends CommonCaseFilter, CaseSearch {
  departmentId?: string | null;
  delegated?: boolean | null;
  originTownshipId?: string | null;
}

/** County cases: who may see and change which, on top of the shared case engine. */
export class CountyCaseService {
  readonly tier: CaseTier<CountyCase, CountyCaseHistory>;

  constructor(
    private readonly ds: DataSource,
    private readonly calendar: CalendarService,
  ) {
    this.tier = {
      dataSource: ds,
      caseEntity: CountyCase,
      historyEntity: CountyCaseHistory,
      counterEntity: CountyCaseCounter,
      calendar: () => this.calendar.calendar(),
      // A delegated case's every change goes back to its township, in the same transaction, as
      // the whole state the township keeps: a message can never leave the township's copy half-old.
      onChange: async (m, c, change, now) => {
        if (!c.originIntakeId) return;
        await enqueue(m, CountyOutbox, {
          messageKey: `case:${c.id}:v${change.version}`,
          kind: 'CASE_UPDATE',
          subjectId: c.originIntakeId,
          now,
          payload: countyCaseSnapshot({ ...c, ...change.patch } as CountyCase, c.version, change, now),
        });
      },
    };
  }

  /** Department scope of a caller for reading cases. */
  readScope(who: Principal | null): UnitScope {
    return unitScope(requireRole(who, 'COUNTY_ADMIN', 'COUNTY_CLERK', 'SUPERVISOR', 'VIEWER', 'SERVICE'));
  }

  assertCanRead(who: Principal | null, c: CountyCase): void {
    // A township clerk follows the county cases of their own township's intakes.
    if (who?.role === 'TOWNSHIP_CLERK' && inUnitScope(unitScope(who), 'TOWNSHIP', c.originTownshipId)) return;
    if (!inUnitScope(this.readScope(who), 'DEPARTMENT', c.departmentId)) throw forbidden('This case belongs to another department (非本部门办件)');
  }

  assertCanAct(who: Principal | null, departmentId: string): Principal {
    const p = requireRole(who, 'COUNTY_CLERK');
    if (!inUnitScope(unitScope(p), 'DEPARTMENT', departmentId)) throw forbidden('Only clerks of the responsible department may act on this case (非本部门办件)');
    return p;
  }

  async list(who: Principal | null, f: CountyCaseFilter, limit: number, offset: number, now: Date): Promise<{ total: number; nodes: CountyCase[] }> {
    const dept = unitFilter(this.readScope(who), 'DEPARTMENT', f.departmentId, 'County clerks see their own department only');
    const qb = this.ds.getRepository(CountyCase).createQueryBuilder('c');
    if (dept !== null) qb.andWhere('c.department_id = :dept', { dept });
    if (f.delegated != null) qb.andWhere(f.delegated ? 'c.origin_intake_id IS NOT NULL' : 'c.origin_intake_id IS NULL');
    if (f.originTownshipId != null) qb.andWhere('c.origin_township_id = :ot', { ot: checkId(f.originTownshipId) });
    // A delegated case is also found by the township intake's number, which the applicant holds.
    applyCaseSearch(qb, f, who, ['number', 'origin_intake_number']);
    const judge = f.warning ? { calendar: await this.calendar.calendar(), thresholds: await this.calendar.settings() } : undefined;
    return pageOfCases(qb, f, { limit, offset }, now, judge);
  }

  async get(who: Principal | null, id: string): Promise<CountyCase | null> {
    if (who?.role !== 'TOWNSHIP_CLERK') this.readScope(who);
    const c = await this.ds.getRepository(CountyCase).findOne({ where: { id: checkId(id) } });
    if (c) this.assertCanRead(who, c);
    return c;
  }

  async receive(
    who: Principal | null,
    input: { requestId: string; itemId: string; applicant: ApplicantIn; submittedMaterials: string[]; expedited?: boolean | null; note?: string | null },
    now: Date,
  ): Promise<CountyCase> {
    requireRole(who, 'COUNTY_CLERK');
    const item = await this.ds.getRepository(CountyItem).findOne({ where: { id: checkId(input.itemId) } });
    if (!item || !item.active) throw notFound('County item', input.itemId);
    const p = this.assertCanAct(who, item.departmentId);
    const dept = await this.ds.getRepository(Department).findOneOrFail({ where: { id: item.departmentId } });
    return receiveCase(this.tier, {
      ...input,
      item: termsOf(item),
      unitCode: dept.code,
      unitName: dept.name,
      who: p,
      now,
      place: (c) => {
        c.departmentId = dept.id;
      },
    });
  }

  async act(who: Principal | null, a: { id: string; version: number; action: CaseAction; input: ActionInput }, now: Date): Promise<CountyCase> {
    requireRole(who, 'COUNTY_CLERK');
    const dept = await this.ds.getRepository(Department).findOne({ where: { id: who!.departmentId! } });
    return actOnCase(this.tier, {
      ...a,
      id: checkId(a.id),
      who: who!,
      unitName: dept?.name ?? '',
      now,
      authorize: (c) => this.assertCanAct(who, c.departmentId),
      itemOf: async (c) => termsOf(await this.ds.getRepository(CountyItem).findOneOrFail({ where: { id: c.itemId } })),
    });
  }

  async setExpedited(who: Principal | null, a: { id: string; version: number; expedited: boolean; note?: string | null }, now: Date): Promise<CountyCase> {
    requireRole(who, 'COUNTY_CLERK');
    const dept = await this.ds.getRepository(Department).findOne({ where: { id: who!.departmentId! } });
    return setExpedited(this.tier, { ...a, id: checkId(a.id), who: who!, unitName: dept?.name ?? '', now, authorize: (c) => this.assertCanAct(who, c.departmentId) });
  }

  byIds(ids: readonly string[]): Promise<CountyCase[]> {
    return this.ds.getRepository(CountyCase).find({ where: { id: In([...ids]) } });
  }

  historyOf(caseIds: readonly string[]): Promise<CountyCaseHistory[]> {
    return this.ds.getRepository(CountyCaseHistory).find({ where: { caseId: In([...caseIds]) }, order: { seq: 'ASC' } });
  }

  findForTracking(number: string, queryCode: string): Promise<CountyCase | null> {
    // An applicant of a delegated case tracks it with the township intake's number and code.
    return this.ds.getRepository(CountyCase).findOne({
      where: [
        { number, queryCode },
        { originIntakeNumber: number, originQueryCode: queryCode },
      ],
    });
  }
}

export function termsOf(item: CountyItem): CaseItemTerms {
  return { id: item.id, kind: item.kind as CaseItemTerms['kind'], promisedDays: item.promisedDays, materials: item.materials };
}

/** Everything the township keeps of a delegated county case, after one change (its CountyCaseUpdateInput). */
function countyCaseSnapshot(after: CountyCase, previousVersion: number, change: CaseChange, now: Date): Record<string, unknown> {
  return {
    intakeId: after.originIntakeId,
    countyCaseId: after.id,
    countyCaseNumber: after.number,
    previousVersion,
    version: change.version,
    step: change.step,
    fromStatus: change.fromStatus,
    toStatus: after.status,
    unitName: change.unitName,
    at: now.toISOString(),
    note: change.note,
    dueDate: after.dueDate,
    dueAt: after.dueAt?.toISOString() ?? null,
    pausedAt: after.pausedAt?.toISOString() ?? null,
    pausedWorkingDays: after.pausedWorkingDays,
    uncertainYears: parseYears(after.uncertainYears),
    expedited: after.expedited,
    missingMaterials: after.missingMaterials ?? [],
    resultDocumentNumber: after.resultDocumentNumber,
    refusalReason: after.refusalReason,
  };
}
