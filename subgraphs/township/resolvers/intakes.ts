import { requireRole } from '../../shared/auth/guards';
import { inUnitScope, unitScope } from '../../shared/auth/unit-scope';
import { applicantView, deadlineOfState, historyView, isCalendarUncertain, stepLabel } from '../../shared/cases/case-view';
import { intakeClock } from '../intake-clock';
import { forwardingOverLimit } from '../../shared/domain/forwarding';
import { checkId } from '../../shared/cases/case-query';
import type { TownshipContext } from '../context';
import type { DelegatedIntakeRow, Township } from '../entities';
import { stageOf } from '../intake-stage';
import { STATUS_LABELS_ZH, type CaseStatus } from '../../shared/domain/lifecycle';
import { freeTextFor } from '../../shared/domain/masking';
import { loadExisting } from '../../shared/db/loaders';
import { ONLINE_STEP } from '../../shared/domain/channel';
import type { Resolvers } from './generated/resolver-types';

/** Delegated intake at the township: accept, forward, follow, hand over. */
export const intakeResolvers: Resolvers = {
  Query: {
    delegatedIntakes: (_: unknown, a, ctx: TownshipContext) => ctx.services.intakes.list(ctx.who, a.filter ?? {}, a.limit, a.offset),
    delegatedIntake: (_: unknown, a, ctx: TownshipContext) => ctx.services.intakes.get(ctx.who, a.id),
    townshipWorkList: (_: unknown, a, ctx: TownshipContext) => ctx.services.intakes.workList(ctx.who, a.townshipId ?? null, ctx.now),
    delegableCountyItems: (_: unknown, a, ctx: TownshipContext) =>
      ctx.services.calendar.delegableItems(checkId(a.townshipId)).map((i) => ({ ...i, countyItem: { id: i.id } })),
  },
  Mutation: {
    acceptDelegatedIntake: (_: unknown, a, ctx: TownshipContext) => ctx.services.intakes.accept(ctx.who, a.input, ctx.now),
    resubmitIntakeSupplement: (_: unknown, a, ctx: TownshipContext) => ctx.services.intakes.resubmit(ctx.who, a, ctx.now),
    handOverIntake: (_: unknown, a, ctx: TownshipContext) => ctx.services.intakes.handOver(ctx.who, a, ctx.now),
    receiveCountyCaseUpdate: (_: unknown, a, ctx: TownshipContext) => ctx.services.intakes.applyCountyUpdate(ctx.who, a.input, ctx.now),
    receiveCountyReferenceChange: (_: unknown, a, ctx: TownshipContext) => {
      requireRole(ctx.who, 'SERVICE');
      return ctx.services.calendar.catchUp(new Date(a.input.changedAt), ctx.now);
    },
  },
  Township: {
    status: (t: Township, _: unknown, ctx: TownshipContext) => {
      const who = requireRole(ctx.who, 'COUNTY_ADMIN', 'SUPERVISOR', 'VIEWER', 'TOWNSHIP_CLERK', 'SERVICE');
      if (!inUnitScope(unitScope(who), 'TOWNSHIP', t.id)) return null;
      return ctx.loaders.status.load(t.id);
    },
  },
  TownshipWorkList: {
    township: (w: { township: { id: string } }, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, w.township.id, 'township'),
  },
  DelegatedIntake: {
    __resolveReference: async (ref: { id: string }, ctx: TownshipContext) => {
      ctx.services.intakes.assertMayReference(ctx.who);
      const i = await ctx.loaders.intake.load(ref.id);
      if (i) ctx.services.intakes.assertCanReadByReference(ctx.who, i);
      return i;
    },
    queryCode: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) => (ctx.services.intakes.seesPersonalData(ctx.who, i) ? i.queryCode : '******'),
    township: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, i.townshipId, 'township'),
    countyItem: (i: DelegatedIntakeRow) => ({ id: i.countyItemId }),
    applicant: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) => applicantView(i, ctx.services.intakes.seesPersonalData(ctx.who, i)),
    acceptedAt: (i: DelegatedIntakeRow) => i.acceptedAt.toISOString(),
    forwarded: (i: DelegatedIntakeRow) => !!i.forwardedAt,
    countyStatusLabel: (i: DelegatedIntakeRow) => (i.countyStatus ? STATUS_LABELS_ZH[i.countyStatus as CaseStatus] : null),
    forwardedAt: (i: DelegatedIntakeRow) => i.forwardedAt?.toISOString() ?? null,
    forwardingDelaySeconds: (i: DelegatedIntakeRow) => (i.forwardedAt ? Math.round((i.forwardedAt.getTime() - i.acceptedAt.getTime()) / 1000) : null),
    waitingSeconds: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) =>
      i.forwardedAt ? null : Math.max(0, Math.round((ctx.now.getTime() - i.acceptedAt.getTime()) / 1000)),
    forwardAttempts: async (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) => (await ctx.loaders.forwardMessage.load(i.id))?.attempts ?? 0,
    forwardingError: async (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) => (i.forwardedAt ? null : ((await ctx.loaders.forwardMessage.load(i.id))?.lastError ?? null)),
    forwardingWarning: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) =>
      forwardingOverLimit({
        acceptedAt: i.acceptedAt,
        forwardedAt: i.forwardedAt,
        now: ctx.now,
        calendar: ctx.services.calendar.calendar(),
        limitMinutes: ctx.services.calendar.settings().forwardingLimitMinutes,
      }),
    countyCase: (i: DelegatedIntakeRow) => (i.countyCaseId ? { id: i.countyCaseId } : null),
    stage: (i: DelegatedIntakeRow) => stageOf(i),
    // An intake taken in from an online application starts with that step (written only by the township).
    channel: async (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) => ((await ctx.loaders.intakeHistory.load(i.id))[0]?.step === ONLINE_STEP ? 'ONLINE' : 'WINDOW'),
    deadline: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) =>
      deadlineOfState(intakeClock(i), ctx.now, ctx.services.calendar.calendar(), ctx.services.calendar.settings()),
    handedOverAt: (i: DelegatedIntakeRow) => i.handedOverAt?.toISOString() ?? null,
    trackingNumber: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) =>
      ctx.services.intakes.seesPersonalData(ctx.who, i) ? i.trackingNumber : i.trackingNumber ? '******' : null,
    history: async (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) =>
      historyView(await ctx.loaders.intakeHistory.load(i.id), ctx.services.intakes.seesPersonalData(ctx.who, i)),
    refusalReason: (i: DelegatedIntakeRow, _: unknown, ctx: TownshipContext) => freeTextFor(i.refusalReason, ctx.services.intakes.seesPersonalData(ctx.who, i)),
  },
};

/** The intake's journey as the public sees it: no people, no personal data. */
export async function publicIntakeView(i: DelegatedIntakeRow, ctx: TownshipContext) {
  const [township, history] = await Promise.all([ctx.loaders.township.load(i.townshipId), ctx.loaders.intakeHistory.load(i.id)]);
  return {
    number: i.number,
    itemName: i.itemName,
    unitName: township?.name ?? '',
    status: i.countyStatus ?? 'ACCEPTED',
    statusLabel: i.countyStatus ? (STATUS_LABELS_ZH[i.countyStatus as CaseStatus] ?? i.countyStatus) : '已受理，待转报县级',
    receivedAt: i.acceptedAt.toISOString(),
    acceptedAt: i.acceptedAt.toISOString(),
    dueDate: i.dueDate,
    calendarUncertain: isCalendarUncertain(intakeClock(i).uncertainYears, ctx.services.calendar.calendar()),
    completedAt: null,
    steps: history.map((h) => ({ label: stepLabel(h.step), status: h.toStatus, unitName: h.unitName, at: h.at.toISOString() })),
  };
}
