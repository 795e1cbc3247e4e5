import type { Logger } from 'pino';
import { figureCache } from '../shared/statistics/figure-cache';
import type { Config } from '../shared/config/env';
import { openDatabase, type Database, type DatabaseTarget } from '../shared/db/data-source';
import { tierDatabaseTarget } from '../shared/db/tier-targets';
import { buildSubgraphService, type SubgraphService } from '../shared/graphql/subgraph-service';
import { TownshipCatalogService } from './catalog-service';
import { CalendarMirror } from './calendar-mirror';
import { TownshipCaseService } from './case-service';
import { IntakeService } from './intake-service';
import { OnlineIntakeService } from './online-intake-service';
import { StatusService } from './status-service';
import { TownshipStatisticsService } from './statistics-service';
import { intakeForwarder } from './intake-forwarder';
import { serviceTarget } from '../shared/outbox/service-call';
import { countOutbox } from '../shared/outbox/outbox-metrics';
import type { Forwarder } from '../shared/outbox/forwarder';
import type { TownshipOutbox } from './entities';
import { townshipLoaders, type TownshipContext, type TownshipServices } from './context';
import { TOWNSHIP_ENTITIES, Township } from './entities';
import { knownUnitCheck } from '../shared/auth/known-units';
import { TOWNSHIP_MIGRATIONS } from './migrations';
import { townshipResolvers } from './resolvers';
import { TownshipReviewService } from './review-service';
import { RedCaseReporter } from './red-case-reporter';
import { PeriodicJob } from '../shared/run/periodic-job';
import { reconcileDeadlinesAtStart, recountDeadlines } from '../shared/cases/deadline-recount';

export interface TownshipSubgraph extends SubgraphService {
  db: Database;
  services: TownshipServices;
  /** Sends intakes and clerks' actions to the county; `index.ts` starts it. */
  forwarder: Forwarder<TownshipOutbox>;
  /** Announces cases that turned RED to the county (through the outbox); `index.ts` starts it. */
  redSweep: PeriodicJob<number>;
  /** Brings open deadlines in line with the calendar (a recount cut short by a crash); `index.ts` runs it at start. */
  reconcileDeadlines(): Promise<number>;
}

export function townshipDatabaseTarget(config: Config): DatabaseTarget {
  return tierDatabaseTarget(config, 'township');
}

export function openTownshipDatabase(target: DatabaseTarget, log?: Logger): Promise<Database> {
  return openDatabase({ target, entities: TOWNSHIP_ENTITIES, migrations: TOWNSHIP_MIGRATIONS, log });
}

/** Builds the township subgraph; one instance serves every township of the county. */
export async function buildTownshipSubgraph(o: { config: Config; db: Database; log: Logger; clock?: () => Date }): Promise<TownshipSubgraph> {
  const county = serviceTarget(o.config, o.config.countyUrls, 'township-service');
  const calendar = new CalendarMirror(o.db.dataSource, county, o.log);
  await calendar.load();
  const intakes = new IntakeService(o.db.dataSource, calendar, o.log);
  const forwarder = intakeForwarder(o.db.dataSource, county, intakes, o.log, o.clock);
  const reporter = new RedCaseReporter(o.db.dataSource);
  const redSweep = new PeriodicJob('red-case sweep', () => reporter.sweep(o.clock ? o.clock() : new Date()), o.log);
  const lastContact = () => latest(calendar.syncedAt(), forwarder.lastSuccessAt, intakes.lastCountyUpdateAt);
  const services: TownshipServices = {
    outbox: forwarder,
    catalog: new TownshipCatalogService(o.db.dataSource, calendar),
    calendar,
    cases: new TownshipCaseService(o.db.dataSource, calendar),
    intakes,
    onlineIntakes: new OnlineIntakeService(o.db.dataSource, intakes),
    status: new StatusService(o.db.dataSource, calendar, lastContact),
    reviews: new TownshipReviewService(o.db.dataSource, calendar),
    statistics: new TownshipStatisticsService(o.db.dataSource, calendar, figureCache(o.config, o.clock)),
  };
  // The county's calendar changed: recount the township's own open cases the change reaches.
  calendar.onCalendarChange = async (events, calendars, now) => {
    const actor = { who: { userId: 'county-calendar', name: '县级工作日历', role: 'SERVICE' as const }, unitName: '县政务服务中心', now };
    for (const e of events) await recountDeadlines(services.cases.tier, e, calendars, actor);
  };
  const service = await buildSubgraphService<TownshipContext>({
    name: 'township',
    config: o.config,
    db: o.db,
    log: o.log,
    clock: o.clock,
    metrics: (m) => countOutbox(m, forwarder),
    resolvers: townshipResolvers,
    extendContext: (base) => ({ ...base, services, loaders: townshipLoaders(services, base.now) }),
    checkPrincipal: knownUnitCheck({
      role: 'TOWNSHIP_CLERK',
      unitOf: (p) => p.townshipId,
      exists: async (id) => (await o.db.dataSource.getRepository(Township).count({ where: { id } })) > 0,
      what: 'township',
    }),
    health: async () => ({
      calendarSyncedAt: calendar.syncedAt()?.toISOString() ?? null,
      countyReachable: calendar.lastError === null && forwarder.lastError === null && lastContact() !== null,
      lastCountyContactAt: lastContact()?.toISOString() ?? null,
      forwardingError: forwarder.lastError,
    }),
  });
  return {
    ...service,
    db: o.db,
    services,
    forwarder,
    redSweep,
    reconcileDeadlines: () => reconcileDeadlinesAtStart(services.cases.tier, o.clock ? o.clock() : new Date()),
    async stop() {
      calendar.stop();
      await redSweep.stop();
      await forwarder.stop();
      await service.stop();
    },
  };
}

function latest(...ds: (Date | null)[]): Date | null {
  return ds.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);
}
