import type { WorkCalendar } from '../domain/calendar';
import type { WarningThresholds } from '../domain/warning';
import type { RequestContext } from '../graphql/subgraph-service';
import { badInput } from '../graphql/errors';
import type { CaseHistoryRecord, CaseRecord } from './case-record';
import { actionFromEnum, commonCaseFields, deadlineView, historyView } from './case-view';
import { toActionInput, type CaseActionArgs } from './action-input';
import type { ActionInput, CaseAction } from '../domain/lifecycle';
import type { Maybe, Resolver, ResolversTypes } from '../graphql/generated/common-resolver-types';

/** How a tier tells the shared case field resolvers about itself. */
export interface CaseFieldSources<C extends CaseRecord, X extends RequestContext> {
  seesPersonalData: (c: C, ctx: X) => boolean;
  calendar: (ctx: X) => Promise<WorkCalendar> | WorkCalendar;
  thresholds: (ctx: X) => Promise<WarningThresholds> | WarningThresholds;
  history: (c: C, ctx: X) => Promise<CaseHistoryRecord[]>;
}

/** Field resolvers every case type has on both tiers, typed from the shared SDL (schema/common.graphql). */
export interface CaseFieldResolvers<C extends CaseRecord, X extends RequestContext> {
  queryCode: Resolver<ResolversTypes['String'], C, X>;
  statusLabel: Resolver<ResolversTypes['String'], C, X>;
  receivedAt: Resolver<ResolversTypes['DateTime'], C, X>;
  completedAt: Resolver<Maybe<ResolversTypes['DateTime']>, C, X>;
  deliveredAt: Resolver<Maybe<ResolversTypes['DateTime']>, C, X>;
  trackingNumber: Resolver<Maybe<ResolversTypes['String']>, C, X>;
  applicant: Resolver<ResolversTypes['Applicant'], C, X>;
  allowedActions: Resolver<ResolversTypes['CaseAction'][], C, X>;
  deadline: Resolver<ResolversTypes['Deadline'], C, X>;
  history: Resolver<ResolversTypes['CaseStep'][], C, X>;
  refusalReason: Resolver<Maybe<ResolversTypes['String']>, C, X>;
}

export function caseFieldResolvers<C extends CaseRecord, X extends RequestContext>(s: CaseFieldSources<C, X>): CaseFieldResolvers<C, X> {
  // Rows are loaded per request, so a row-keyed memo never mixes two callers' views.
  const memo = new WeakMap<C, ReturnType<typeof commonCaseFields>>();
  const common = (c: C, ctx: X) => {
    let v = memo.get(c);
    if (!v) memo.set(c, (v = commonCaseFields(c, ctx.who, s.seesPersonalData(c, ctx))));
    return v;
  };
  const field = <K extends keyof ReturnType<typeof commonCaseFields>>(name: K) => (c: C, _: unknown, ctx: X) => common(c, ctx)[name];
  return {
    queryCode: field('queryCode'),
    statusLabel: field('statusLabel'),
    receivedAt: field('receivedAt'),
    completedAt: field('completedAt'),
    deliveredAt: field('deliveredAt'),
    trackingNumber: field('trackingNumber'),
    applicant: field('applicant'),
    allowedActions: field('allowedActions'),
    deadline: async (c: C, _: unknown, ctx: X) => deadlineView(c, ctx.now, await s.calendar(ctx), await s.thresholds(ctx)),
    history: async (c: C, _: unknown, ctx: X) => historyView(await s.history(c, ctx), s.seesPersonalData(c, ctx)),
    refusalReason: field('refusalReason'),
  };
}

/** Turns the GraphQL action input into the domain's action and input. */
export function parseCaseAction(a: CaseActionArgs): { id: string; version: number; action: CaseAction; input: ActionInput } {
  const action = actionFromEnum(a.action);
  if (!action) throw badInput(`Unknown action ${a.action}`);
  return { id: a.id, version: a.version, action, input: toActionInput(a) };
}
