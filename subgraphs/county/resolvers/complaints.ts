import type { CountyContext } from '../context';
import type { CountyComplaint } from '../entities';
import { complaintActorOf, seesComplainant } from '../complaint-access';
import type { ComplaintFilter } from '../complaint-queries';
import type { ComplaintActionArgs, FileComplaintInput } from '../complaint-service';
import { allowedActionNames, complaintDeadlineFields, complaintFields, complaintHistoryView, complaintReceipt } from '../complaint-view';

/** Complaints (效能投诉, SPEC §4.5); SDL in schema/county.complaints.graphql. */

type FieldName = keyof ReturnType<typeof complaintFields>;
type DeadlineName = keyof ReturnType<typeof complaintDeadlineFields>;

const field = (name: FieldName) => (c: CountyComplaint, _: unknown, ctx: CountyContext) => complaintFields(c, seesComplainant(ctx.who))[name];
const deadline = (name: DeadlineName) => async (c: CountyComplaint, _: unknown, ctx: CountyContext) =>
  complaintDeadlineFields(c, ctx.now, await ctx.services.calendar.calendar())[name];

export const complaintResolvers = {
  Query: {
    complaints: (_: unknown, a: { filter?: ComplaintFilter | null; limit: number; offset: number }, ctx: CountyContext) =>
      ctx.services.complaintQueries.list(ctx.who, a.filter ?? {}, { limit: a.limit, offset: a.offset }, ctx.now),
    complaint: (_: unknown, a: { id: string }, ctx: CountyContext) => ctx.services.complaintQueries.get(ctx.who, a.id),
    complaintSummary: (_: unknown, a: { from: string; to: string }, ctx: CountyContext) =>
      ctx.services.complaintQueries.summary(ctx.who, a.from, a.to, ctx.now),
  },
  Mutation: {
    fileComplaint: async (_: unknown, a: { input: FileComplaintInput }, ctx: CountyContext) =>
      complaintReceipt(await ctx.services.complaints.file(ctx.who, a.input, ctx.now)),
    actOnComplaint: (_: unknown, a: { input: ComplaintActionArgs }, ctx: CountyContext) => ctx.services.complaints.act(ctx.who, a.input, ctx.now),
  },
  Complaint: {
    statusLabel: field('statusLabel'),
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
