import { In, type DataSource } from 'typeorm';
import { TierStatistics, type FigureSource } from '../shared/statistics/tier-statistics';
import type { TierTables } from '../shared/statistics/tier-tables';
import type { FigureCache } from '../shared/statistics/figure-cache';
import type { CalendarMirror } from './calendar-mirror';
import { Township, TownshipItem } from './entities';

/**
 * The townships' statistics (SPEC §4.6): their own cases by township and item. Delegated intakes
 * are county cases and are counted at the county, never here.
 */
export class TownshipStatisticsService {
  private readonly tables: TierTables;

  constructor(private readonly ds: DataSource, mirror: CalendarMirror, private readonly cache?: FigureCache) {
    this.tables = {
      dataSource: ds,
      cases: 'township_case',
      reviews: 'township_review',
      dayFigures: 'township_case_day_figures',
      unit: 'township_id',
      // The county's calendar and thresholds, from the township's copy.
      warningRules: async () => ({ calendar: mirror.calendar(), thresholds: mirror.settings() }),
    };
  }

  /** A fresh per-request view: what one request computes it computes once (and the cache keeps for a few seconds). */
  forRequest(now: Date, source: FigureSource = 'rollups'): TierStatistics {
    return new TierStatistics(this.tables, now, source === 'rollups' ? this.cache : undefined, source);
  }

  /** Every township, or only those given, by division code. */
  townships(only: string[] | null): Promise<Township[]> {
    return this.ds.getRepository(Township).find({ where: only ? { id: In(only) } : {}, order: { divisionCode: 'ASC' } });
  }

  /** Every item of these townships by code, retired ones too (their cases still count), in one statement. */
  async itemsByTownship(townshipIds: string[]): Promise<Map<string, TownshipItem[]>> {
    const items = townshipIds.length
      ? await this.ds.getRepository(TownshipItem).find({ where: { townshipId: In(townshipIds) }, order: { code: 'ASC' } })
      : [];
    const out = new Map<string, TownshipItem[]>(townshipIds.map((id) => [id, []]));
    for (const i of items) out.get(i.townshipId)?.push(i);
    return out;
  }
}
