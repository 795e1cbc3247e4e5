import type { Forwarder } from '../shared/outbox/forwarder';
import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../shared/db/loaders';
import type { RequestContext } from '../shared/graphql/subgraph-service';
import type { TownshipCatalogService } from './catalog-service';
import type { CalendarMirror } from './calendar-mirror';
import type { TownshipCaseService } from './case-service';
import type { IntakeService } from './intake-service';
import type { OnlineIntakeService } from './online-intake-service';
import type { StatusService, TownshipStatusFigures } from './status-service';
import type { TownshipReviewService } from './review-service';
import { reviewLoaders, type ReviewLoaders } from '../shared/reviews/review-loaders';
import type { TownshipReview } from './entities';
import type { TownshipStatisticsService } from './statistics-service';
import type { TierStatistics } from '../shared/statistics/tier-statistics';
import { DelegatedIntakeRow, TownshipOutbox, type IntakeHistoryRow, type Township, type TownshipCase, type TownshipCaseHistory, type TownshipItem, type VillagePoint } from './entities';
import { In } from 'typeorm';

export interface TownshipServices {
  /** Messages towards the other tier. */
  outbox: Forwarder<TownshipOutbox>;
  catalog: TownshipCatalogService;
  calendar: CalendarMirror;
  cases: TownshipCaseService;
  intakes: IntakeService;
  onlineIntakes: OnlineIntakeService;
  status: StatusService;
  reviews: TownshipReviewService;
  statistics: TownshipStatisticsService;
}

/** Fresh per request, so batching never leaks data between callers. */
export interface TownshipLoaders {
  township: DataLoader<string, Township | null>;
  item: DataLoader<string, TownshipItem | null>;
  itemsOfTownship: DataLoader<string, TownshipItem[]>;
  /** With the items the township has stopped (停办), for its administrator's page. */
  allItemsOfTownship: DataLoader<string, TownshipItem[]>;
  villagesOfTownship: DataLoader<string, VillagePoint[]>;
  case: DataLoader<string, TownshipCase | null>;
  history: DataLoader<string, TownshipCaseHistory[]>;
  intake: DataLoader<string, DelegatedIntakeRow | null>;
  intakeHistory: DataLoader<string, IntakeHistoryRow[]>;
  forwardMessage: DataLoader<string, TownshipOutbox | null>;
  status: DataLoader<string, TownshipStatusFigures>;
  reviews: ReviewLoaders<TownshipReview>;
  statistics: TierStatistics;
}

export interface TownshipContext extends RequestContext {
  services: TownshipServices;
  loaders: TownshipLoaders;
}

export function townshipLoaders(s: TownshipServices, now: Date): TownshipLoaders {
  return {
    township: byIdLoader((ids) => s.catalog.townshipsByIds(ids)),
    item: byIdLoader((ids) => s.catalog.itemsByIds(ids)),
    itemsOfTownship: groupLoader((ids) => s.catalog.itemsOf(ids), (i) => i.townshipId),
    allItemsOfTownship: groupLoader((ids) => s.catalog.itemsOf(ids, true), (i) => i.townshipId),
    villagesOfTownship: groupLoader((ids) => s.catalog.villagesOf(ids), (v) => v.townshipId),
    case: byIdLoader((ids) => s.cases.byIds(ids)),
    history: groupLoader((ids) => s.cases.historyOf(ids), (h) => h.caseId),
    status: new DataLoader((ids) => s.status.figures(ids, now)),
    reviews: reviewLoaders(s.reviews),
    statistics: s.statistics.forRequest(now),
    intake: byIdLoader(async (ids) => s.intakes.dataSource.getRepository(DelegatedIntakeRow).find({ where: { id: In([...ids]) } })),
    intakeHistory: groupLoader((ids) => s.intakes.historyOf(ids), (h) => h.caseId),
    forwardMessage: byIdLoader(async (ids) =>
      (await s.intakes.dataSource.getRepository(TownshipOutbox).find({ where: { subjectId: In([...ids]), kind: 'FORWARD_INTAKE' } })).map((r) =>
        Object.assign(r, { id: r.subjectId }),
      ),
    ),
  };
}
