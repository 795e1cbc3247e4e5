import { Not, IsNull, In } from 'typeorm';
import { requireRole } from '../../shared/auth/guards';
import { BASE_CALENDAR_YEARS } from '../../shared/domain/calendar';
import { calendarMonth } from '../../shared/domain/calendar-month';
import { isCalendarDate } from '../../shared/domain/time';
import { parseYears } from '../../shared/cases/case-state';
import { OPEN_STATUSES as OPEN } from '../../shared/domain/lifecycle';
import { badInput } from '../../shared/graphql/errors';
import type { CountyContext } from '../context';
import { CalendarYearRow, CountyCase } from '../entities';
import type { Resolvers } from './generated/resolver-types';

/** How many of the cases an uncovered year makes uncertain the status lists (the count covers all). */
const UNCERTAIN_CASES_SHOWN = 50;

async function calendarStatus(ctx: CountyContext) {
  const calendar = await ctx.services.calendar.calendar();
  const ds = ctx.services.cases.tier.dataSource;
  const [overrides, years, uncertain] = await Promise.all([
    ctx.services.calendar.overrides(),
    ds.getRepository(CalendarYearRow).find({ order: { year: 'ASC' } }),
    ds.getRepository(CountyCase).find({ select: { id: true, uncertainYears: true, dueDate: true }, where: { status: In(OPEN), uncertainYears: Not(IsNull()) } }),
  ]);
  const inUse = new Set<number>();
  const affected: { id: string; dueDate: string | null }[] = [];
  for (const c of uncertain) {
    const missing = parseYears(c.uncertainYears).filter((y) => !calendar.isYearCovered(y));
    if (missing.length) affected.push(c);
    missing.forEach((y) => inUse.add(y));
  }
  const firstDue = affected.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id.localeCompare(b.id)).slice(0, UNCERTAIN_CASES_SHOWN);
  const rows = firstDue.length ? await ds.getRepository(CountyCase).find({ where: { id: In(firstDue.map((c) => c.id)) } }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    builtInFirstYear: BASE_CALENDAR_YEARS.first,
    builtInLastYear: BASE_CALENDAR_YEARS.last,
    confirmedYears: years.map((y) => y.year),
    overrides,
    uncoveredYearsInUse: [...inUse].sort(),
    uncertainOpenCases: affected.length,
    uncertainCases: firstDue.flatMap((c) => byId.get(c.id) ?? []),
  };
}

/** The working-day calendar and county settings (SPEC §4.3, §4.5). */
export const calendarResolvers: Resolvers = {
  Query: {
    calendarStatus: (_: unknown, __: unknown, ctx: CountyContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN', 'SUPERVISOR');
      return calendarStatus(ctx);
    },
    calendarMonth: async (_: unknown, a, ctx: CountyContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN', 'SUPERVISOR');
      const cal = await ctx.services.calendar.calendar();
      const days = calendarMonth(cal, a.year, a.month);
      return { year: a.year, month: a.month, yearCovered: cal.isYearCovered(a.year), yearConfirmed: cal.confirmedYears().includes(a.year), days };
    },
    workingDay: async (_: unknown, a, ctx: CountyContext) => {
      if (!isCalendarDate(a.date)) throw badInput(`Not a date (YYYY-MM-DD): ${a.date}`);
      const cal = await ctx.services.calendar.calendar();
      return { date: a.date, workday: cal.isWorkday(a.date), known: cal.isKnown(a.date) };
    },
    countySettings: (_: unknown, __: unknown, ctx: CountyContext) => {
      requireRole(ctx.who, 'COUNTY_ADMIN', 'COUNTY_CLERK', 'TOWNSHIP_CLERK', 'SUPERVISOR', 'VIEWER', 'SERVICE');
      return ctx.services.calendar.settings();
    },
    calendarSnapshot: async (_: unknown, __: unknown, ctx: CountyContext) => {
      requireRole(ctx.who, 'SERVICE');
      // The request's instant, read before the data: whatever was announced before it is in the answer.
      const takenAt = ctx.now.toISOString();
      const calendar = await ctx.services.calendar.calendar();
      const departments = await ctx.services.catalog.departments();
      // A deactivated department's items are not offered at township windows.
      const active = new Set(departments.filter((d) => d.active).map((d) => d.id));
      const delegable = (await ctx.services.catalog.items({ delegable: true })).filter((i) => active.has(i.departmentId));
      return {
        takenAt,
        overrides: calendar.overrides(),
        confirmedYears: calendar.confirmedYears(),
        settings: await ctx.services.calendar.settings(),
        delegableItems: delegable.map((i) => ({ ...i, delegatedTownshipIds: i.delegatedTownshipIds })),
        departmentIds: departments.map((d) => d.id),
      };
    },
  },
  Mutation: {
    setCalendarOverride: (_: unknown, a, ctx: CountyContext) =>
      ctx.services.calendarChanges.setOverride(requireRole(ctx.who, 'COUNTY_ADMIN'), a.date, a.workday, a.note ?? null, ctx.now),
    removeCalendarOverride: (_: unknown, a, ctx: CountyContext) =>
      ctx.services.calendarChanges.removeOverride(requireRole(ctx.who, 'COUNTY_ADMIN'), a.date, ctx.now),
    confirmCalendarYear: async (_: unknown, a, ctx: CountyContext) => {
      await ctx.services.calendarChanges.confirmYear(requireRole(ctx.who, 'COUNTY_ADMIN'), a.year, a.confirmed, ctx.now);
      return calendarStatus(ctx);
    },
    updateCountySettings: (_: unknown, a, ctx: CountyContext) => {
      const who = requireRole(ctx.who, 'COUNTY_ADMIN');
      return ctx.services.calendar.updateSettings(a.input, ctx.now, who);
    },
  },
};
