import DataLoader from 'dataloader';
import { byIdLoader, groupLoader } from '../shared/db/loaders';
import type { RequestContext } from '../shared/graphql/subgraph-service';
import type { CatalogService } from './catalog-service';
import type { CalendarService } from './calendar-service';
import type { CountyCaseService } from './case-service';
import type { DelegationService, TownshipCountyFigures } from './delegation-service';
import type { CountyCase, CountyCaseHistory, CountyItem, Department } from './entities';

export interface CountyServices {
  catalog: CatalogService;
  calendar: CalendarService;
  cases: CountyCaseService;
  delegation: DelegationService;
}

/** Fresh per request, so batching never leaks data between callers. */
export interface CountyLoaders {
  department: DataLoader<string, Department | null>;
  item: DataLoader<string, CountyItem | null>;
  history: DataLoader<string, CountyCaseHistory[]>;
  case: DataLoader<string, CountyCase | null>;
  townshipFigures: DataLoader<string, TownshipCountyFigures>;
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
  };
}
