import { runService } from '../shared/run/service-main';
import { demoWrittenMessage } from '../shared/demo/announce';
import { describeDatabase } from '../shared/db/tier-targets';
import { intervalsOf } from '../shared/config/intervals';
import { buildCountySubgraph, countyDatabaseTarget, openCountyDatabase } from './server';
import { seedCountyDemo } from './seed';

void runService('county', async (config, log) => {
  const target = countyDatabaseTarget(config);
  const db = await openCountyDatabase(target, log);
  if (config.DEMO_DATA) {
    const { seeded } = await seedCountyDemo(db, { now: new Date(), log });
    if (seeded) log.info(demoWrittenMessage('county'));
  }
  const service = await buildCountySubgraph({ config, db, log });
  service.forwarder.start();
  service.redSweep.start(intervalsOf(config).supervisionSweepMs);
  // A calendar recount cut short by a stop is finished now.
  void service
    .reconcileDeadlines()
    .then((moved) => moved && log.info({ moved }, 'deadlines brought in line with the calendar'))
    .catch((err) => log.error({ err }, 'could not check open deadlines against the calendar'));
  const port = await service.listen(config.COUNTY_PORT, config.HOST);
  log.info({ url: `http://${config.HOST}:${port}/graphql`, database: describeDatabase(target) }, 'county subgraph ready');
  return () => service.stop();
});
