import type { Forwarder } from '../shared/outbox/forwarder';
import type { CountyOutbox } from './entities';
import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../shared/db/loaders';
import type { RequestContext } from '../shared/graphql/subgraph-service';
import type { CatalogService } from './catalog-service';
import type { CalendarService } from './calendar-service';
import type { CountyCalendarChanges } from './calendar-changes';
import type { CountyCaseService } from './case-service';
import type { DelegationService, TownshipCountyFigures } from './delegation-service';
import type { ComplaintService } from './complaint-service';
import type { ComplaintQueries } from './complaint-queries';
import type { CountyComplaintEvent } from './entities/complaints';
import type { CountyReviewService } from './review-service';
import { reviewLoaders, type ReviewLoaders } from '../shared/reviews/review-loaders';
import type { CountyStatisticsService } from './statistics-service';
import type { TierStatistics } from '../shared/statistics/tier-statistics';
import type { CaseKey, SupervisionService } from './supervision-service';
import type { CountyReview } from './entities';
import type { CountyCase, CountyCaseHistory, CountyItem, Department, SupervisionEventRow, SupervisionRecordRow } from './entities';

export interface CountyServices {
  /** Messages towards the other tier. */
  outbox: Forwarder<CountyOutbox>;
  catalog: CatalogService;
  calendar: CalendarService;
  calendarChanges: CountyCalendarChanges;
  cases: CountyCaseService;
  delegation: DelegationService;
  complaints: ComplaintService;
  complaintQueries: ComplaintQueries;
  reviews: CountyReviewService;
  statistics: CountyStatisticsService;
  supervision: SupervisionService;
}

/** Fresh per request, so batching never leaks data between callers. */
export interface CountyLoaders {
  department: DataLoader<string, Department | null>;
  item: DataLoader<string, CountyItem | null>;
  history: DataLoader<string, CountyCaseHistory[]>;
  case: DataLoader<string, CountyCase | null>;
  townshipFigures: DataLoader<string, TownshipCountyFigures>;
  complaintEvents: DataLoader<string, CountyComplaintEvent[]>;
  reviews: ReviewLoaders<CountyReview>;
  statistics: TierStatistics;
  supervisionHistory: DataLoader<string, SupervisionEventRow[]>;
  /** The newest supervision record of a case (either tier), unscoped: resolvers check who reads it. */
  caseSupervision: DataLoader<CaseKey, SupervisionRecordRow | null, string>;
}

export interface CountyContext extends RequestContext {
  services: CountyServices;
  loaders: CountyLoaders;
}

export function countyLoaders(s: CountyServices, now: Date): CountyLoaders {
  return {
    department: byIdLoader((ids) => s.catalog.departmentsByIds(ids)),
    item: byIdLoader((ids) => s.catalog.itemsByIds(ids)),
    history: groupLoader((ids) => s.cases.historyOf(ids), (h) => h.caseId),
    case: byIdLoader((ids) => s.cases.byIds(ids)),
    townshipFigures: new DataLoader((ids) => s.delegation.figures(ids, now)),
    complaintEvents: groupLoader((ids) => s.complaints.eventsOf(ids), (e) => e.complaintId),
    reviews: reviewLoaders(s.reviews),
    statistics: s.statistics.forRequest(now),
    supervisionHistory: groupLoader((ids) => s.supervision.eventsOf(ids), (e) => e.recordId),
    caseSupervision: new DataLoader((keys) => s.supervision.latestOfCases(keys), { cacheKeyFn: (k) => `${k.caseTier}:${k.caseId}` }),
  };
}
