/** How the working-day calendar page labels and colours a date, and what an override form sends. Pure. */
import type { CalendarDayKind } from '../gql/graphql';

export const DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  WORKDAY: '工作日',
  HOLIDAY: '法定节假日',
  MAKEUP_WORKDAY: '调休上班',
  WEEKEND: '周末',
};

export interface CalendarDayLike {
  kind: CalendarDayKind;
  holidayName?: string | null;
  workday: boolean;
  known: boolean;
  override?: { workday: boolean; note?: string | null } | null;
}

/** The cell's look: one class per kind, another when the county overrode it. */
export type DayTone = 'work' | 'holiday' | 'makeup' | 'weekend' | 'local-off' | 'local-work';

export function dayTone(d: CalendarDayLike): DayTone {
  if (d.override) return d.override.workday ? 'local-work' : 'local-off';
  return ({ WORKDAY: 'work', HOLIDAY: 'holiday', MAKEUP_WORKDAY: 'makeup', WEEKEND: 'weekend' } as const)[d.kind];
}

/** The cell's main label: the national kind, with the holiday's name where it has one. */
export function dayLabel(d: CalendarDayLike): string {
  const kind = DAY_KIND_LABELS[d.kind];
  return d.holidayName ? `${d.holidayName}·${kind}` : kind;
}

/** The county's override in words: 本县调休为休息日 / 本县调整为工作日. */
export function overrideLabel(o: { workday: boolean }): string {
  return o.workday ? '本县调整为工作日' : '本县调整为休息日';
}

/** What the date counts as for deadlines, override included. */
export function countsAs(d: CalendarDayLike): string {
  const base = d.workday ? '计入工作日' : '不计入工作日';
  return d.known ? base : `${base}（该年日历未确认，按周一至周五推算）`;
}

export const NOTE_MAX = 200;

/** An override is always given a reason: it shows on the calendar and in the audit log. */
export function overrideProblem(note: string): string | null {
  const t = note.trim();
  if (!t) return '请填写调整原因。';
  if (t.length > NOTE_MAX) return `调整原因最多${NOTE_MAX}字。`;
  return null;
}

/** The override an administrator offers for a date: the opposite of what it is now. */
export function proposedWorkday(d: CalendarDayLike): boolean {
  return !d.workday;
}

/** A calendar date (YYYY-MM-DD) of a local Date, as ElCalendar shows it. */
export function ymd(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The month of an address's `month=YYYY-MM` (first day, local time), or null when absent or not a month. */
export function monthFromQuery(q: unknown): Date | null {
  const m = typeof q === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(q) : null;
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, 1) : null;
}

export const monthQueryOf = (d: Date): string => ymd(d).slice(0, 7);

/** The banner over the calendar while open cases' deadlines rest on a guessed year. */
export function uncoveredText(s: { uncoveredYearsInUse: readonly number[]; uncertainOpenCases: number }): string | null {
  if (!s.uncoveredYearsInUse.length) return null;
  const years = s.uncoveredYearsInUse.map((y) => `${y}年`).join('、');
  return `${years}的法定节假日尚未录入确认：${s.uncertainOpenCases} 件在办办件的承诺期限依赖这些年份，目前按周一至周五推算。请在日历中录入该年的节假日和调休上班日，再确认该年已录入。`;
}
