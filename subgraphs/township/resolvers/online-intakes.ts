import { applicantView } from '../../shared/cases/case-view';
import { STATUS_LABELS_ZH, type CaseStatus } from '../../shared/domain/lifecycle';
import { ONLINE_STEP } from '../../shared/domain/channel';
import { freeTextFor } from '../../shared/domain/masking';
import { stepLabel } from '../../shared/cases/case-view';
import { loadExisting } from '../../shared/db/loaders';
import type { TownshipContext } from '../context';
import type { OnlineIntakeApplicationRow } from '../entities';
import type { Resolvers } from './generated/resolver-types';

const statusLabel = (s: string): string => STATUS_LABELS_ZH[s as CaseStatus] ?? s;

/** 网上申报 of delegable county items at township windows: apply, accept, not accept, read. */
export const onlineIntakeResolvers: Resolvers = {
  Query: {
    onlineIntakeApplications: (_: unknown, a, ctx: TownshipContext) => ctx.services.onlineIntakes.list(ctx.who, a.filter ?? {}, a.limit, a.offset),
    onlineIntakeApplication: (_: unknown, a, ctx: TownshipContext) => ctx.services.onlineIntakes.get(ctx.who, a.id),
  },
  Mutation: {
    applyDelegatedItemOnline: async (_: unknown, a, ctx: TownshipContext) => {
      const r = await ctx.services.onlineIntakes.apply(a.input, ctx.now);
      const township = await loadExisting(ctx.loaders.township, r.townshipId, 'township');
      // The applicant's receipt: the number and query code to follow it on /track.
      return { number: r.number, queryCode: r.queryCode, itemName: r.itemName, unitName: township.name, receivedAt: r.receivedAt.toISOString() };
    },
    acceptOnlineIntakeApplication: (_: unknown, a, ctx: TownshipContext) => ctx.services.onlineIntakes.accept(ctx.who, a.input, ctx.now),
    declineOnlineIntakeApplication: (_: unknown, a, ctx: TownshipContext) => ctx.services.onlineIntakes.decline(ctx.who, a, ctx.now),
  },
  OnlineIntakeApplication: {
    queryCode: (r: OnlineIntakeApplicationRow, _: unknown, ctx: TownshipContext) => (ctx.services.onlineIntakes.seesPersonalData(ctx.who, r) ? r.queryCode : '******'),
    channel: () => 'ONLINE' as const,
    township: (r: OnlineIntakeApplicationRow, _: unknown, ctx: TownshipContext) => loadExisting(ctx.loaders.township, r.townshipId, 'township'),
    countyItem: (r: OnlineIntakeApplicationRow) => ({ id: r.countyItemId }),
    applicant: (r: OnlineIntakeApplicationRow, _: unknown, ctx: TownshipContext) => applicantView(r, ctx.services.onlineIntakes.seesPersonalData(ctx.who, r)),
    note: (r: OnlineIntakeApplicationRow, _: unknown, ctx: TownshipContext) => freeTextFor(r.note, ctx.services.onlineIntakes.seesPersonalData(ctx.who, r)),
    status: (r: OnlineIntakeApplicationRow) => r.status as CaseStatus,
    statusLabel: (r: OnlineIntakeApplicationRow) => statusLabel(r.status),
    receivedAt: (r: OnlineIntakeApplicationRow) => r.receivedAt.toISOString(),
    decidedAt: (r: OnlineIntakeApplicationRow) => r.decidedAt?.toISOString() ?? null,
    refusalReason: (r: OnlineIntakeApplicationRow, _: unknown, ctx: TownshipContext) => freeTextFor(r.refusalReason, ctx.services.onlineIntakes.seesPersonalData(ctx.who, r)),
    intake: (r: OnlineIntakeApplicationRow, _: unknown, ctx: TownshipContext) => (r.intakeId ? ctx.loaders.intake.load(r.intakeId) : null),
  },
};

/** An application not taken in (yet), as the public sees it on /track: no people, no personal data. */
export async function publicApplicationView(r: OnlineIntakeApplicationRow, ctx: TownshipContext) {
  const township = await ctx.loaders.township.load(r.townshipId);
  const unitName = township?.name ?? '';
  const steps = [{ label: stepLabel(ONLINE_STEP), status: 'RECEIVED', unitName, at: r.receivedAt.toISOString() }];
  if (r.status === 'NOT_ACCEPTED' && r.decidedAt) steps.push({ label: stepLabel('notAccept'), status: 'NOT_ACCEPTED', unitName, at: r.decidedAt.toISOString() });
  return {
    number: r.number,
    itemName: r.itemName,
    unitName,
    status: r.status as CaseStatus,
    statusLabel: r.status === 'RECEIVED' ? '已网上申报，待乡镇窗口受理' : statusLabel(r.status),
    receivedAt: r.receivedAt.toISOString(),
    acceptedAt: null,
    dueDate: null,
    calendarUncertain: false,
    completedAt: null,
    steps,
  };
}
