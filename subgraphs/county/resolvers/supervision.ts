import { requireRole } from '../../shared/auth/guards';
import { refusalReports } from '../../shared/supervision/refusal-reports';
import { handlesOwnUnit, unitFilter, unitScope } from '../../shared/auth/unit-scope';
import { freeTextFor } from '../../shared/domain/masking';
import type { CountyContext } from '../context';
import { CountyCase, CountyCaseHistory, type SupervisionEventRow, type SupervisionRecordRow } from '../entities';
import type { CaseTierName } from '../supervision-service';
import type { Resolvers } from './generated/resolver-types';

/** `supervision` of a case: null (not an error) for callers who may not read its record, so a mixed list still answers. */
const supervisionOf = (caseTier: CaseTierName) => async (c: { id: string }, _: unknown, ctx: CountyContext) => {
  if (!ctx.services.supervision.canRead(ctx.who)) return null; // viewers, the public: no statement at all
  const r = await ctx.loaders.caseSupervision.load({ caseTier, caseId: c.id });
  return r && ctx.services.supervision.canRead(ctx.who, r) ? r : null;
};

/** E-supervision at the county: supervision records and county refusal reports. */
export const supervisionResolvers: Resolvers = {
  Query: {
    supervisionRecords: (_: unknown, a, ctx: CountyContext) => ctx.services.supervision.list(ctx.who, a.filter ?? {}, a.limit, a.offset),
    supervisionRecord: (_: unknown, a, ctx: CountyContext) => ctx.services.supervision.get(ctx.who, a.id),
    countyRefusalReports: (_: unknown, a, ctx: CountyContext) => {
      const scope = unitScope(requireRole(ctx.who, 'SUPERVISOR', 'COUNTY_ADMIN', 'COUNTY_CLERK'));
      const departmentId = unitFilter(scope, 'DEPARTMENT', a.departmentId, 'County clerks see their own department only');
      return refusalReports(ctx.services.cases.tier.dataSource, { cases: CountyCase, history: CountyCaseHistory }, {
        from: a.from,
        to: a.to,
        unit: departmentId !== null ? { column: 'department_id', id: departmentId } : null,
        reasonsVisible: !scope.all,
        limit: a.limit,
        offset: a.offset,
      });
    },
  },
  Mutation: {
    openSupervisionRecord: (_: unknown, a, ctx: CountyContext) => ctx.services.supervision.openManual(ctx.who, a.input, ctx.now),
    closeSupervisionRecord: (_: unknown, a, ctx: CountyContext) => ctx.services.supervision.close(ctx.who, a, ctx.now),
    reportRedTownshipCase: (_: unknown, a, ctx: CountyContext) =>
      ctx.services.supervision.receiveRedReport(ctx.who, { ...a.input, dueDate: a.input.dueDate ?? null }, ctx.now),
  },
  SupervisionRecord: {
    openedAt: (r: SupervisionRecordRow) => r.openedAt.toISOString(),
    closedAt: (r: SupervisionRecordRow) => r.closedAt?.toISOString() ?? null,
    countyCase: (r: SupervisionRecordRow, _: unknown, ctx: CountyContext) => (r.caseTier === 'COUNTY' && r.caseId ? ctx.loaders.case.load(r.caseId) : null),
    townshipCase: (r: SupervisionRecordRow) => (r.caseTier === 'TOWNSHIP' && r.caseId ? { id: r.caseId } : null),
    department: (r: SupervisionRecordRow, _: unknown, ctx: CountyContext) => (r.unitType === 'DEPARTMENT' ? ctx.loaders.department.load(r.unitId) : null),
    township: (r: SupervisionRecordRow) => (r.unitType === 'TOWNSHIP' ? { id: r.unitId } : null),
    history: (r: SupervisionRecordRow, _: unknown, ctx: CountyContext) => ctx.loaders.supervisionHistory.load(r.id),
    // Free text about a case is masked for all but the responsible unit's clerks (the only clerks who read the record).
    reason: (r: SupervisionRecordRow, _: unknown, ctx: CountyContext) => freeTextFor(r.reason, handlesOwnUnit(ctx.who)),
    feedback: (r: SupervisionRecordRow, _: unknown, ctx: CountyContext) => freeTextFor(r.feedback, handlesOwnUnit(ctx.who)),
  },
  CountyCase: {
    supervision: supervisionOf('COUNTY'),
  },
  TownshipCase: {
    // A key-only stub: the township subgraph owns the case and checks who may list it.
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    supervision: supervisionOf('TOWNSHIP'),
  },
  SupervisionStep: {
    at: (e: SupervisionEventRow) => e.at.toISOString(),
    note: (e: SupervisionEventRow, _: unknown, ctx: CountyContext) => freeTextFor(e.note, handlesOwnUnit(ctx.who)),
  },
  CountyRefusalReport: {
    refusedAt: (r: { refusedAt: Date }) => r.refusedAt.toISOString(),
  },
};
