import type { Logger } from 'pino';
import { figureCache } from '../shared/statistics/figure-cache';
import type { Config } from '../shared/config/env';
import { openDatabase, type Database, type DatabaseTarget } from '../shared/db/data-source';
import { tierDatabaseTarget } from '../shared/db/tier-targets';
import { buildSubgraphService, type SubgraphService } from '../shared/graphql/subgraph-service';
import { CatalogService } from './catalog-service';
import { CalendarService } from './calendar-service';
import { CountyCalendarChanges } from './calendar-changes';
import { CountyCaseService } from './case-service';
import { DelegationService, countyUpdateForwarder } from './delegation-service';
import { ComplaintService } from './complaint-service';
import { ComplaintQueries } from './complaint-queries';
import { ComplaintUnits } from './complaint-units';
import { townshipDirectory } from './township-directory';
import { CountyStatisticsService } from './statistics-service';
import type { Forwarder } from '../shared/outbox/forwarder';
import { serviceTarget } from '../shared/outbox/service-call';
import { countOutbox } from '../shared/outbox/outbox-metrics';
import type { CountyOutbox } from './entities';
import { countyLoaders, type CountyContext, type CountyServices } from './context';
import { COUNTY_ENTITIES, Department } from './entities';
import { knownUnitCheck } from '../shared/auth/known-units';
import { COUNTY_MIGRATIONS } from './migrations';
import { countyResolvers } from './resolvers';
import { CountyReviewService } from './review-service';
import { TownshipReviewClient } from './township-review-client';
import { SupervisionService } from './supervision-service';
import { PeriodicJob } from '../shared/run/periodic-job';
import { reconcileDeadlinesAtStart } from '../shared/cases/deadline-recount';
import { announceReferenceChanges } from './reference-feed';

export interface CountySubgraph extends SubgraphService {
  db: Database;
  services: CountyServices;
  /** Sends delegated cases' changes to the township service; `index.ts` starts it. */
  forwarder: Forwarder<CountyOutbox>;
  /** Opens supervision records for cases that turned RED; `index.ts` starts it. */
  redSweep: PeriodicJob<number>;
  /** Brings open deadlines in line with the calendar (a recount cut short by a crash); `index.ts` runs it at start. */
  reconcileDeadlines(): Promise<number>;
}

export function countyDatabaseTarget(config: Config): DatabaseTarget {
  return tierDatabaseTarget(config, 'county');
}

export function openCountyDatabase(target: DatabaseTarget, log?: Logger): Promise<Database> {
  return openDatabase({ target, entities: COUNTY_ENTITIES, migrations: COUNTY_MIGRATIONS, log });
}

/** Builds the county subgraph over an open database; `listen` is the caller's decision. */
export async function buildCountySubgraph(o: { config: Config; db: Database; log: Logger; clock?: () => Date }): Promise<CountySubgraph> {
  announceReferenceChanges(o.db.dataSource, o.clock ?? (() => new Date()));
  const calendar = new CalendarService(o.db.dataSource);
  const cases = new CountyCaseService(o.db.dataSource, calendar);
  const forwarder = countyUpdateForwarder(
    o.db.dataSource,
    serviceTarget(o.config, o.config.townshipUrls, 'county-service'),
    o.log,
    o.clock,
  );
  const townships = townshipDirectory(serviceTarget(o.config, o.config.townshipUrls, 'county-service'));
  const services: CountyServices = {
    outbox: forwarder,
    catalog: new CatalogService(o.db.dataSource, townships),
    calendar,
    calendarChanges: new CountyCalendarChanges(calendar, cases),
    cases,
    delegation: new DelegationService(o.db.dataSource, cases, o.log),
    complaints: new ComplaintService(o.db.dataSource, calendar, new ComplaintUnits(o.db.dataSource, townships)),
    complaintQueries: new ComplaintQueries(o.db.dataSource),
    reviews: new CountyReviewService(o.db.dataSource, calendar, cases, new TownshipReviewClient(serviceTarget(o.config, o.config.townshipUrls, 'county-service'), o.log)),
    statistics: new CountyStatisticsService(o.db.dataSource, calendar, figureCache(o.config, o.clock)),
    supervision: new SupervisionService(o.db.dataSource, serviceTarget(o.config, o.config.townshipUrls, 'county-service')),
  };
  const redSweep = new PeriodicJob('red-case sweep', () => services.supervision.sweep(o.clock ? o.clock() : new Date()), o.log);
  const service = await buildSubgraphService<CountyContext>({
    name: 'county',
    config: o.config,
    db: o.db,
    log: o.log,
    clock: o.clock,
    metrics: (m) => countOutbox(m, forwarder),
    resolvers: countyResolvers,
    extendContext: (base) => ({ ...base, services, loaders: countyLoaders(services, base.now) }),
    checkPrincipal: knownUnitCheck({
      role: 'COUNTY_CLERK',
      unitOf: (p) => p.departmentId,
      exists: async (id) => (await o.db.dataSource.getRepository(Department).count({ where: { id } })) > 0,
      what: 'department',
    }),
    health: async () => ({ updatesToTownships: { lastDeliveredAt: forwarder.lastSuccessAt?.toISOString() ?? null, lastError: forwarder.lastError } }),
  });
  return {
    ...service,
    db: o.db,
    services,
    forwarder,
    redSweep,
    reconcileDeadlines: () => reconcileDeadlinesAtStart(services.cases.tier, o.clock ? o.clock() : new Date()),
    async stop() {
      await redSweep.stop();
      await forwarder.stop();
      await service.stop();
    },
  };
}
