import { In, type DataSource } from 'typeorm';
import { TierStatistics, type FigureSource } from '../shared/statistics/tier-statistics';
import type { TierTables } from '../shared/statistics/tier-tables';
import type { FigureCache } from '../shared/statistics/figure-cache';
import type { CalendarService } from './calendar-service';
import { CountyItem, Department } from './entities';

/** The county's statistics (SPEC §4.6): its cases by department and item, including delegated intakes. */
export class CountyStatisticsService {
  private readonly tables: TierTables;

  constructor(private readonly ds: DataSource, calendar: CalendarService, private readonly cache?: FigureCache) {
    this.tables = {
      dataSource: ds,
      cases: 'county_case',
      reviews: 'county_review',
      dayFigures: 'county_case_day_figures',
      unit: 'department_id',
      warningRules: async () => ({ calendar: await calendar.calendar(), thresholds: await calendar.settings() }),
    };
  }

  /** A fresh per-request view: what one request computes it computes once (and the cache keeps for a few seconds). */
  forRequest(now: Date, source: FigureSource = 'rollups'): TierStatistics {
    return new TierStatistics(this.tables, now, source === 'rollups' ? this.cache : undefined, source);
  }

  /** Every department, or only those given, by code. */
  departments(only: string[] | null): Promise<Department[]> {
    return this.ds.getRepository(Department).find({ where: only ? { id: In(only) } : {}, order: { code: 'ASC' } });
  }

  /** Every item of these departments by code, retired ones too (their cases still count), in one statement. */
  async itemsByDepartment(departmentIds: string[]): Promise<Map<string, CountyItem[]>> {
    const items = departmentIds.length
      ? await this.ds.getRepository(CountyItem).find({ where: { departmentId: In(departmentIds) }, order: { code: 'ASC' } })
      : [];
    const out = new Map<string, CountyItem[]>(departmentIds.map((id) => [id, []]));
    for (const i of items) out.get(i.departmentId)?.push(i);
    return out;
  }
}
