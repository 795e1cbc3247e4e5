import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { WorkCalendar, type DayOverride } from '../shared/domain/calendar';
import { DEFAULT_WARNING_THRESHOLDS, type WarningThresholds } from '../shared/domain/warning';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';
import { CalendarCopyRow } from './entities';
import { appError } from '../shared/graphql/errors';
import type { CalendarEvent } from '../shared/cases/deadline-recount';

export interface CountySettingsCopy extends WarningThresholds {
  maxPromisedShare: number;
  forwardingLimitMinutes: number;
  complaintHandlingDays: number;
  rectificationDays: number;
}

/** What the township assumes before its first copy, and for settings an older copy lacks. */
const DEFAULT_SETTINGS: CountySettingsCopy = {
  ...DEFAULT_WARNING_THRESHOLDS,
  maxPromisedShare: 0.5,
  forwardingLimitMinutes: 120,
  complaintHandlingDays: 5,
  rectificationDays: 5,
};

/** A delegable county item as the township keeps it. */
export interface DelegableItem {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  legalDays: number;
  promisedDays: number;
  materials: { name: string; originals: number; copies: number; mandatory: boolean }[];
  delegatedTownshipIds: string[] | null;
}

interface Snapshot {
  /** The county's instant of the read; absent in copies stored by older versions. */
  takenAt?: string;
  overrides: DayOverride[];
  confirmedYears: number[];
  settings: CountySettingsCopy;
  delegableItems?: DelegableItem[];
  /** Absent in copies stored by older versions. */
  departmentIds?: string[];
}

const EMPTY: Snapshot = { overrides: [], confirmedYears: [], settings: DEFAULT_SETTINGS, delegableItems: [] };

const SNAPSHOT_QUERY = `{ calendarSnapshot { takenAt
  overrides { date workday note } confirmedYears settings { yellowDaysLeft yellowUsedFraction maxPromisedShare forwardingLimitMinutes complaintHandlingDays rectificationDays }
  delegableItems { id code name departmentId kind legalDays promisedDays materials { name originals copies mandatory } delegatedTownshipIds }
  departmentIds
} }`;

/**
 * The county owns the calendar overrides, the settings and the delegable catalog; the township
 * keeps a copy in its own database, refreshed from the county, so it computes the same deadlines
 * and accepts delegated items while the county is down.
 */
export class CalendarMirror {
  private current: { snapshot: Snapshot; calendar: WorkCalendar; syncedAt: Date | null } = {
    snapshot: EMPTY,
    calendar: new WorkCalendar(),
    syncedAt: null,
  };
  private timer: NodeJS.Timeout | null = null;
  lastError: string | null = null;
  /** Recounts open cases after the county's calendar changed (set by the township service). */
  onCalendarChange: ((events: CalendarEvent[], calendars: { before: WorkCalendar; after: WorkCalendar }, now: Date) => Promise<unknown>) | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly county: ServiceTarget,
    private readonly log: Logger,
  ) {}

  calendar(): WorkCalendar {
    return this.current.calendar;
  }
  settings(): CountySettingsCopy {
    // A copy stored by an older version lacks the newer settings.
    return { ...DEFAULT_SETTINGS, ...this.current.snapshot.settings };
  }
  syncedAt(): Date | null {
    return this.current.syncedAt;
  }
  /** County items this township may accept, from the last copy (works while the county is down). */
  delegableItems(townshipId: string): DelegableItem[] {
    return (this.current.snapshot.delegableItems ?? []).filter((i) => !i.delegatedTownshipIds || i.delegatedTownshipIds.includes(townshipId));
  }
  delegableItem(id: string): DelegableItem | undefined {
    return (this.current.snapshot.delegableItems ?? []).find((i) => i.id === id);
  }

  /**
   * Brings the copy up to a change the county announced at `changedAt`; true once the copy holds
   * it (already, or after a refresh). Throws while the county cannot be read, so the announcement
   * is delivered again.
   */
  async catchUp(changedAt: Date, now: Date): Promise<boolean> {
    const takenAt = this.current.snapshot.takenAt ? new Date(this.current.snapshot.takenAt) : null;
    if (takenAt && changedAt.getTime() < takenAt.getTime()) return true;
    if (!(await this.sync(now))) throw appError('SERVICE_UNAVAILABLE', `could not read the county's reference data: ${this.lastError}`);
    return true;
  }

  /**
   * Whether the county has this department, from the copy; a department the copy lacks may be
   * new, so the copy is refreshed once. Null when no copy with departments can be had.
   */
  async hasDepartment(id: string): Promise<boolean | null> {
    if (this.current.snapshot.departmentIds?.includes(id)) return true;
    await this.sync();
    const ids = this.current.snapshot.departmentIds;
    return ids ? ids.includes(id) : null;
  }

  /** Loads the stored copy (works offline). */
  async load(): Promise<void> {
    const row = await this.ds.getRepository(CalendarCopyRow).findOne({ where: { id: 1 } });
    if (row) this.use(JSON.parse(row.snapshot) as Snapshot, row.syncedAt);
  }

  /**
   * Fetches the county's current calendar; keeps the old copy when the county cannot be reached.
   * When the calendar itself changed, the instance that stores the new copy (one of several, by a
   * compare-and-set on the stored row) recounts the township's open cases through `onCalendarChange`.
   */
  async sync(now = new Date()): Promise<boolean> {
    let snapshot: Snapshot;
    try {
      snapshot = (await callService<{ calendarSnapshot: Snapshot }>(this.county, SNAPSHOT_QUERY, {})).calendarSnapshot;
    } catch (e) {
      this.lastError = String((e as Error).message ?? e);
      this.log.warn({ err: this.lastError }, 'could not refresh the calendar from the county; keeping the stored copy');
      return false;
    }
    const repo = this.ds.getRepository(CalendarCopyRow);
    const stored = await repo.findOne({ where: { id: 1 } });
    let events: CalendarEvent[] = [];
    if (!stored) {
      await repo.save({ id: 1, snapshot: JSON.stringify(snapshot), syncedAt: now });
    } else {
      const before = JSON.parse(stored.snapshot) as Snapshot;
      const won = await repo
        .createQueryBuilder()
        .update()
        .set({ snapshot: JSON.stringify(snapshot), syncedAt: now })
        .where('id = 1 AND synced_at = :prev', { prev: stored.syncedAt.toISOString() })
        .execute();
      if (won.affected === 1) events = calendarEvents(before, snapshot);
      if (events.length && this.onCalendarChange) {
        await this.onCalendarChange(events, { before: calendarOf(before), after: calendarOf(snapshot) }, now).catch((err) =>
          this.log.error({ err }, 'could not recount open township cases after a calendar change'),
        );
      }
    }
    this.use(snapshot, now);
    this.lastError = null;
    return true;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.sync(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private use(snapshot: Snapshot, syncedAt: Date): void {
    this.current = { snapshot, calendar: calendarOf(snapshot), syncedAt };
  }
}

function calendarOf(snapshot: Snapshot): WorkCalendar {
  const overrides = snapshot.overrides.map((o) => ({ date: o.date, workday: o.workday, note: o.note ?? undefined }));
  return new WorkCalendar({ overrides, confirmedYears: snapshot.confirmedYears });
}

/** What changed between two copies of the county calendar: newly confirmed years, and days declared, changed or given back. */
export function calendarEvents(before: Pick<Snapshot, 'overrides' | 'confirmedYears'>, after: Pick<Snapshot, 'overrides' | 'confirmedYears'>): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const year of after.confirmedYears) if (!before.confirmedYears.includes(year)) events.push({ change: 'YEAR_CONFIRMED', year });
  const was = new Map(before.overrides.map((o) => [o.date, o.workday]));
  const now = new Map(after.overrides.map((o) => [o.date, o.workday]));
  for (const [date, workday] of now) if (was.get(date) !== workday) events.push({ change: 'OVERRIDE', date, workday });
  for (const date of was.keys()) if (!now.has(date)) events.push({ change: 'OVERRIDE', date, workday: null });
  return events;
}
