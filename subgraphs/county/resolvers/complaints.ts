import type { CountyContext } from '../context';
import type { CountyComplaint } from '../entities';
import { complaintActorOf, seesComplainant, seesQueryCode } from '../complaint-access';
import { allowedActionNames, complaintDeadlineFields, complaintFields, complaintHistoryView, complaintReceipt, publicComplaintView } from '../complaint-view';
import type { Resolvers } from './generated/resolver-types';

/** Complaints (效能投诉, SPEC §4.5); SDL in schema/county.complaints.graphql. */

type FieldName = keyof ReturnType<typeof complaintFields>;
type DeadlineName = keyof ReturnType<typeof complaintDeadlineFields>;

const field = <K extends FieldName>(name: K) => (c: CountyComplaint, _: unknown, ctx: CountyContext) => complaintFields(c, seesComplainant(ctx.who))[name];
const deadline = <K extends DeadlineName>(name: K) => async (c: CountyComplaint, _: unknown, ctx: CountyContext) =>
  complaintDeadlineFields(c, ctx.now, await ctx.services.calendar.calendar())[name];

export const complaintResolvers: Resolvers = {
  Query: {
    complaints: (_: unknown, a, ctx: CountyContext) =>
      ctx.services.complaintQueries.list(ctx.who, a.filter ?? {}, { limit: a.limit, offset: a.offset }, ctx.now),
    complaint: (_: unknown, a, ctx: CountyContext) => ctx.services.complaintQueries.get(ctx.who, a.id),
    complaintSummary: (_: unknown, a, ctx: CountyContext) => ctx.services.complaintQueries.summary(ctx.who, a.from, a.to, ctx.now),
    trackComplaint: async (_: unknown, a, ctx: CountyContext) => {
      const c = await ctx.services.complaintQueries.track(a);
      return c ? publicComplaintView(c) : null;
    },
  },
  Mutation: {
    fileComplaint: async (_: unknown, a, ctx: CountyContext) => complaintReceipt(await ctx.services.complaints.file(ctx.who, a.input, ctx.now)),
    actOnComplaint: (_: unknown, a, ctx: CountyContext) => ctx.services.complaints.act(ctx.who, a.input, ctx.now),
  },
  Complaint: {
    queryCode: (c: CountyComplaint, _: unknown, ctx: CountyContext) => (seesQueryCode(ctx.who, c) ? c.queryCode : null),
    statusLabel: field('statusLabel'),
    channelLabel: field('channelLabel'),
    complainant: field('complainant'),
    text: field('text'),
    filedAt: field('filedAt'),
    dueAt: field('dueAt'),
    extended: field('extended'),
    extensionReason: field('extensionReason'),
    unitFeedback: field('unitFeedback'),
    resultNote: field('resultNote'),
    dismissReason: field('dismissReason'),
    closedAt: field('closedAt'),
    overdue: deadline('overdue'),
    daysOverdue: deadline('daysOverdue'),
    calendarUncertain: deadline('calendarUncertain'),
    allowedActions: (c: CountyComplaint, _: unknown, ctx: CountyContext) => allowedActionNames(c, complaintActorOf(ctx.who, c)),
    department: (c: CountyComplaint, _: unknown, ctx: CountyContext) => (c.unitType === 'DEPARTMENT' ? ctx.loaders.department.load(c.unitId) : null),
    township: (c: CountyComplaint) => (c.unitType === 'TOWNSHIP' ? { id: c.unitId } : null),
    history: async (c: CountyComplaint, _: unknown, ctx: CountyContext) =>
      complaintHistoryView(await ctx.loaders.complaintEvents.load(c.id), seesComplainant(ctx.who)),
  },
};
