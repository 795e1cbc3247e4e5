/**
 * Calendar dates in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991,
 * so plain arithmetic is exact and does not depend on the server's own time zone.
 */
import { DomainError } from './errors';

/** A Beijing-time calendar date written 'YYYY-MM-DD'. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function parse(s: string): [number, number, number] | null {
  const match = typeof s === 'string' ? DATE_PATTERN.exec(s) : null;
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return [y, m, d];
}

function parts(d: CalendarDate): [number, number, number] {
  const p = parse(d);
  if (!p) throw new DomainError('BAD_USER_INPUT', `Not a calendar date (日期格式应为 YYYY-MM-DD): ${String(d)}`);
  return p;
}

/** Days since 1970-01-01; setUTCFullYear avoids Date.UTC's 1900 offset for years below 100. */
function epochDay(d: CalendarDate): number {
  const [y, m, day] = parts(d);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, day);
  return Math.round(t.getTime() / DAY_MS);
}

function fromEpochDay(n: number): CalendarDate {
  const t = new Date(n * DAY_MS);
  const y = String(t.getUTCFullYear()).padStart(4, '0');
  const m = String(t.getUTCMonth() + 1).padStart(2, '0');
  const d = String(t.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Strict 'YYYY-MM-DD' naming a day that exists (no 2026-02-29, no 2026-9-1). */
export function isCalendarDate(s: string): boolean {
  return parse(s) !== null;
}

/** The date on a wall calendar in Beijing at that instant. */
export function shanghaiDate(instant: Date): CalendarDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new DomainError('BAD_USER_INPUT', 'Not a valid point in time');
  }
  return fromEpochDay(Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** 00:00 Beijing time on that date. */
export function startOfShanghaiDay(d: CalendarDate): Date {
  return new Date(epochDay(d) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** The exclusive end of that date: 00:00 Beijing time the next day. */
export function endOfShanghaiDay(d: CalendarDate): Date {
  return new Date((epochDay(d) + 1) * DAY_MS - SHANGHAI_OFFSET_MS);
}

export function addCalendarDays(d: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new DomainError('BAD_USER_INPUT', `Day count must be a whole number: ${n}`);
  return fromEpochDay(epochDay(d) + n);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(d: CalendarDate): number {
  return (((epochDay(d) + 4) % 7) + 7) % 7;
}

export function yearOf(d: CalendarDate): number {
  return parts(d)[0];
}

/** Negative, zero or positive like a comparator; dates in this format also sort as strings. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return epochDay(a) - epochDay(b);
}
