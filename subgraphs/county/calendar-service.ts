import type { DataSource } from 'typeorm';
import { retryAfterInsertRace } from '../shared/db/retry';
import { WorkCalendar, BASE_CALENDAR_YEARS, OVERRIDE_YEARS, checkOverrideDate } from '../shared/domain/calendar';
import { DEFAULT_WARNING_THRESHOLDS, assertValidThresholds, type WarningThresholds } from '../shared/domain/warning';
import { isCalendarDate } from '../shared/domain/time';
import type { Principal } from '../shared/auth/principal';
import { badInput } from '../shared/graphql/errors';
import { recordAudit } from '../shared/audit/audit-log';
import { CalendarOverrideRow, CalendarYearRow, CountySettingRow } from './entities';

export interface CountySettings extends WarningThresholds {
  maxPromisedShare: number;
  /** SPEC §4.4: an intake not forwarded within 2 working hours raises a warning. */
  forwardingLimitMinutes: number;
  /** SPEC §4.5: working days to handle a complaint (default 5). */
  complaintHandlingDays: number;
  /** SPEC §4.5: working days to rectify after a bad review (default 5). */
  rectificationDays: number;
}

export const DEFAULT_SETTINGS: CountySettings = {
  ...DEFAULT_WARNING_THRESHOLDS,
  maxPromisedShare: 0.5,
  forwardingLimitMinutes: 120,
  complaintHandlingDays: 5,
  rectificationDays: 5,
};

/** Settings an administrator may leave out of an update: they keep their current value. */
type OptionalSetting = 'forwardingLimitMinutes' | 'complaintHandlingDays' | 'rectificationDays';
export type CountySettingsUpdate = Omit<CountySettings, OptionalSetting> & { [K in OptionalSetting]?: number | null };

interface Snapshot {
  calendar: WorkCalendar;
  settings: CountySettings;
  loadedAt: number;
}

/**
 * The county's working-day calendar and settings, read from its tables and cached briefly:
 * several service instances may run, so a change made on one is seen by the others within the TTL.
 */
export class CalendarService {
  private cached: Snapshot | null = null;
  constructor(private readonly ds: DataSource, private readonly ttlMs = 30_000) {}

  async calendar(): Promise<WorkCalendar> {
    return (await this.snapshot()).calendar;
  }
  async settings(): Promise<CountySettings> {
    return (await this.snapshot()).settings;
  }

  private async snapshot(): Promise<Snapshot> {
    if (this.cached && Date.now() - this.cached.loadedAt < this.ttlMs) return this.cached;
    const [overrides, years, settingRows] = await Promise.all([
      this.ds.getRepository(CalendarOverrideRow).find({ order: { date: 'ASC' } }),
      this.ds.getRepository(CalendarYearRow).find({ order: { year: 'ASC' } }),
      this.ds.getRepository(CountySettingRow).find(),
    ]);
    const settings = { ...DEFAULT_SETTINGS };
    for (const r of settingRows) {
      if (r.key in settings) (settings as unknown as Record<string, number>)[r.key] = Number(r.value);
    }
    this.cached = {
      calendar: new WorkCalendar({
        overrides: overrides.map((o) => ({ date: o.date, workday: o.workday, note: o.note ?? undefined })),
        confirmedYears: years.map((y) => y.year),
      }),
      settings,
      loadedAt: Date.now(),
    };
    return this.cached;
  }

  async overrides(): Promise<CalendarOverrideRow[]> {
    return this.ds.getRepository(CalendarOverrideRow).find({ order: { date: 'ASC' } });
  }

  async setOverride(who: Principal, date: string, workday: boolean, note: string | null, now: Date): Promise<CalendarOverrideRow> {
    checkOverrideDate(date);
    if (note && note.length > 200) throw badInput('说明 note 最多200字 (The note may be at most 200 characters)', { field: 'note' });
    const row = Object.assign(new CalendarOverrideRow(), { date, workday, note: note?.trim() || null, updatedBy: who.userId, updatedAt: now });
    await retryAfterInsertRace(() => this.ds.transaction(async (m) => {
      const earlier = await m.getRepository(CalendarOverrideRow).findOne({ where: { date } });
      await m.getRepository(CalendarOverrideRow).save(row);
      await recordAudit(m, who, { entityType: 'CALENDAR_OVERRIDE', entityId: date, action: 'SET', before: earlier && overrideFields(earlier), after: overrideFields(row) }, now);
    }));
    this.cached = null;
    return row;
  }

  /** Removes a date's override; an administrator's removal (`who` given) is written to the audit log with it. */
  async removeOverride(date: string, who?: Principal, now = new Date()): Promise<boolean> {
    if (!isCalendarDate(date)) throw badInput(`日期 date 格式应为 YYYY-MM-DD：${date} (Not a date)`, { field: 'date' });
    const removed = await this.ds.transaction(async (m) => {
      const earlier = await m.getRepository(CalendarOverrideRow).findOne({ where: { date } });
      if (!earlier) return false;
      await m.getRepository(CalendarOverrideRow).delete({ date });
      if (who) await recordAudit(m, who, { entityType: 'CALENDAR_OVERRIDE', entityId: date, action: 'REMOVE', before: overrideFields(earlier), after: null }, now);
      return true;
    });
    this.cached = null;
    return removed;
  }

  async confirmYear(who: Principal, year: number, confirmed: boolean, now: Date): Promise<void> {
    if (!Number.isInteger(year) || year <= BASE_CALENDAR_YEARS.last || year > OVERRIDE_YEARS.last) {
      throw badInput(`只有${BASE_CALENDAR_YEARS.last}年以后、${OVERRIDE_YEARS.last}年以前的年份需要确认 (Only years after ${BASE_CALENDAR_YEARS.last} up to ${OVERRIDE_YEARS.last} need confirming)`, { field: 'year' });
    }
    await retryAfterInsertRace(() => this.ds.transaction(async (m) => {
      const repo = m.getRepository(CalendarYearRow);
      const was = (await repo.count({ where: { year } })) > 0;
      if (confirmed) await repo.save(Object.assign(new CalendarYearRow(), { year, confirmedBy: who.userId, confirmedAt: now }));
      else await repo.delete({ year });
      await recordAudit(m, who, { entityType: 'CALENDAR_YEAR', entityId: String(year), action: confirmed ? 'CONFIRM' : 'WITHDRAW', before: { confirmed: was }, after: { confirmed } }, now);
    }));
    this.cached = null;
  }

  /** Changes the settings; an administrator's change (`who` given) is written to the audit log with it. */
  async updateSettings(given: CountySettingsUpdate, now: Date, who?: Principal): Promise<CountySettings> {
    const current = await this.settings();
    const input: CountySettings = {
      ...given,
      forwardingLimitMinutes: given.forwardingLimitMinutes ?? current.forwardingLimitMinutes,
      complaintHandlingDays: given.complaintHandlingDays ?? current.complaintHandlingDays,
      rectificationDays: given.rectificationDays ?? current.rectificationDays,
    };
    for (const key of ['complaintHandlingDays', 'rectificationDays'] as const) {
      if (!Number.isInteger(input[key]) || input[key] < 1 || input[key] > 30) throw badInput(`${key} must be a whole number of working days from 1 to 30`);
    }
    if (!Number.isInteger(input.forwardingLimitMinutes) || input.forwardingLimitMinutes < 10 || input.forwardingLimitMinutes > 2400) {
      throw badInput('forwardingLimitMinutes must be a whole number from 10 to 2400');
    }
    if (!Number.isInteger(input.yellowDaysLeft) || input.yellowDaysLeft < 0 || input.yellowDaysLeft > 10) {
      throw badInput('yellowDaysLeft must be a whole number from 0 to 10');
    }
    assertValidThresholds(input);
    if (!(input.maxPromisedShare > 0 && input.maxPromisedShare <= 1)) throw badInput('maxPromisedShare must be above 0 and at most 1');
    const rows = (Object.keys(DEFAULT_SETTINGS) as (keyof CountySettings)[]).map((key) =>
      Object.assign(new CountySettingRow(), { key, value: String(input[key]), updatedAt: now }),
    );
    await this.ds.transaction(async (m) => {
      await m.getRepository(CountySettingRow).save(rows);
      if (who) await recordAudit(m, who, { entityType: 'COUNTY_SETTINGS', entityId: 'county', action: 'UPDATE', before: current, after: input }, now);
    });
    this.cached = null;
    return this.settings();
  }
}

const overrideFields = (o: CalendarOverrideRow) => ({ workday: o.workday, note: o.note ?? null });
