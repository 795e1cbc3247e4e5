import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { WorkCalendar, type DayOverride } from '../shared/domain/calendar';
import { DEFAULT_WARNING_THRESHOLDS, type WarningThresholds } from '../shared/domain/warning';
import { callService, type ServiceTarget } from '../shared/outbox/service-call';
import { CalendarCopyRow } from './entities';

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
  overrides: DayOverride[];
  confirmedYears: number[];
  settings: CountySettingsCopy;
  delegableItems?: DelegableItem[];
  /** Absent in copies stored by older versions. */
  departmentIds?: string[];
}

const EMPTY: Snapshot = { overrides: [], confirmedYears: [], settings: DEFAULT_SETTINGS, delegableItems: [] };

const SNAPSHOT_QUERY = `{ calendarSnapshot {
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

  /** Fetches the county's current calendar; keeps the old copy when the county cannot be reached. */
  async sync(now = new Date()): Promise<boolean> {
    try {
      const { calendarSnapshot: snapshot } = await callService<{ calendarSnapshot: Snapshot }>(this.county, SNAPSHOT_QUERY, {});
      await this.ds.getRepository(CalendarCopyRow).save({ id: 1, snapshot: JSON.stringify(snapshot), syncedAt: now });
      this.use(snapshot, now);
      this.lastError = null;
      return true;
    } catch (e) {
      this.lastError = String((e as Error).message ?? e);
      this.log.warn({ err: this.lastError }, 'could not refresh the calendar from the county; keeping the stored copy');
      return false;
    }
  }

  start(intervalSeconds: number): void {
    this.timer = setInterval(() => void this.sync(), intervalSeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private use(snapshot: Snapshot, syncedAt: Date): void {
    const overrides = snapshot.overrides.map((o) => ({ date: o.date, workday: o.workday, note: o.note ?? undefined }));
    this.current = { snapshot, calendar: new WorkCalendar({ overrides, confirmedYears: snapshot.confirmedYears }), syncedAt };
  }
}
