import type { WorkCalendar } from '../domain/calendar';
import type { WarningThresholds } from '../domain/warning';
import type { RequestContext } from '../graphql/subgraph-service';
import { badInput } from '../graphql/errors';
import type { CaseHistoryRecord, CaseRecord } from './case-record';
import { actionFromEnum, commonCaseFields, deadlineView, historyView, publicCaseView } from './case-view';
import { toActionInput, type CaseActionArgs } from './action-input';
import type { ActionInput, CaseAction } from '../domain/lifecycle';
import type { Maybe, Resolver, ResolversTypes } from '../graphql/generated/common-resolver-types';
import type { Principal } from '../auth/principal';
import type { CaseCalendarSource, OnlineApplication, OnlineReceipt, ReceiveCaseInput } from './unit-case-service';
import type { CommonCaseFilter } from './case-query';

/** What the shared case resolvers need of a tier's request context. */
export interface CaseContext<C extends CaseRecord> extends RequestContext {
  services: {
    cases: { assertCanRead(who: Principal | null, c: C): void };
    calendar: CaseCalendarSource;
  };
  loaders: {
    case: { load(id: string): Promise<C | null> };
    history: { load(caseId: string): Promise<CaseHistoryRecord[]> };
    item: { load(id: string): Promise<{ name: string } | null> };
  };
}

/** The case service calls behind each tier's case queries and mutations. */
export interface CaseOperationsService<C extends CaseRecord, F extends CommonCaseFilter> {
  list(who: Principal | null, f: F, limit: number, offset: number, now: Date): Promise<{ total: number; nodes: C[] }>;
  get(who: Principal | null, id: string): Promise<C | null>;
  receive(who: Principal | null, input: ReceiveCaseInput, now: Date): Promise<C>;
  applyOnline(input: OnlineApplication, now: Date): Promise<OnlineReceipt<C>>;
  act(who: Principal | null, a: ReturnType<typeof parseCaseAction>, now: Date): Promise<C>;
  setExpedited(who: Principal | null, a: { id: string; version: number; expedited: boolean; note?: string | null }, now: Date): Promise<C>;
}

/** The list, read, receive, act and expedite resolvers of a tier's cases; the tier names the fields. */
export function caseOperations<C extends CaseRecord, F extends CommonCaseFilter, X extends RequestContext & { services: { cases: CaseOperationsService<C, F> } }>() {
  return {
    list: (_: unknown, a: { filter?: F | null; limit: number; offset: number }, ctx: X) => ctx.services.cases.list(ctx.who, a.filter ?? ({} as F), a.limit, a.offset, ctx.now),
    get: (_: unknown, a: { id: string }, ctx: X) => ctx.services.cases.get(ctx.who, a.id),
    receive: (_: unknown, a: { input: ReceiveCaseInput }, ctx: X) => ctx.services.cases.receive(ctx.who, a.input, ctx.now),
    applyOnline: async (_: unknown, a: { input: OnlineApplication }, ctx: X) => {
      const r = await ctx.services.cases.applyOnline(a.input, ctx.now);
      // The applicant's receipt: the number and query code to follow the case on /track.
      return { number: r.case.number, queryCode: r.case.queryCode, itemName: r.itemName, unitName: r.unitName, receivedAt: r.case.receivedAt.toISOString() };
    },
    act: (_: unknown, a: { input: CaseActionArgs }, ctx: X) => ctx.services.cases.act(ctx.who, parseCaseAction(a.input), ctx.now),
    setExpedited: (_: unknown, a: { id: string; version: number; expedited: boolean; note?: string | null }, ctx: X) =>
      ctx.services.cases.setExpedited(ctx.who, a, ctx.now),
  };
}

/** The entity reference and the common fields of a tier's case type; the tier adds its unit and item. */
export function caseTypeResolvers<C extends CaseRecord, X extends CaseContext<C>>(seesPersonalData: (c: C, ctx: X) => boolean) {
  return {
    __resolveReference: async (ref: { id: string }, ctx: X) => {
      const c = await ctx.loaders.case.load(ref.id);
      if (c) ctx.services.cases.assertCanRead(ctx.who, c);
      return c;
    },
    ...caseFieldResolvers<C, X>({
      seesPersonalData,
      calendar: (ctx) => ctx.services.calendar.calendar(),
      thresholds: (ctx) => ctx.services.calendar.settings(),
      history: (c, ctx) => ctx.loaders.history.load(c.id),
    }),
  };
}

/** What the public sees of a case found by its number and query code (no personal data). */
export async function trackedCaseView<C extends CaseRecord, X extends CaseContext<C>>(c: C, ctx: X, unit: Promise<{ name: string } | null>) {
  const [item, u, history, calendar] = await Promise.all([ctx.loaders.item.load(c.itemId), unit, ctx.loaders.history.load(c.id), ctx.services.calendar.calendar()]);
  return publicCaseView(c, history, item?.name ?? '', u?.name ?? '', calendar);
}

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
