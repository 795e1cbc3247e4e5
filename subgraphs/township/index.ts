import { runService } from '../shared/run/service-main';
import { demoWrittenMessage } from '../shared/demo/announce';
import { describeDatabase } from '../shared/db/tier-targets';
import { intervalsOf } from '../shared/config/intervals';
import { buildTownshipSubgraph, openTownshipDatabase, townshipDatabaseTarget } from './server';
import { seedTownshipDemo } from './seed';

void runService('township', async (config, log) => {
  const target = townshipDatabaseTarget(config);
  const db = await openTownshipDatabase(target, log);
  if (config.DEMO_DATA) {
    const { seeded } = await seedTownshipDemo(db, { now: new Date(), log });
    if (seeded) log.info(demoWrittenMessage('township'));
  }
  const service = await buildTownshipSubgraph({ config, db, log });
  // The county may still be starting: the stored copy serves until a refresh succeeds.
  void service.services.calendar.sync();
  const every = intervalsOf(config);
  service.services.calendar.start(every.calendarSyncMs);
  service.forwarder.start();
  service.redSweep.start(every.supervisionSweepMs);
  // A calendar recount cut short by a stop is finished now.
  void service
    .reconcileDeadlines()
    .then((moved) => moved && log.info({ moved }, 'deadlines brought in line with the calendar'))
    .catch((err) => log.error({ err }, 'could not check open deadlines against the calendar'));
  const port = await service.listen(config.TOWNSHIP_PORT, config.HOST);
  log.info({ url: `http://${config.HOST}:${port}/graphql`, database: describeDatabase(target) }, 'township subgraph ready');
  return () => service.stop();
});
