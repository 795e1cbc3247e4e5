import { runService } from '../subgraphs/shared/run/service-main';
import { buildGateway } from './server';
import { homePage } from './home-page';
import { devTokenRoute } from './dev-token';
import { webPages } from './web-pages';

void runService('gateway', async (config, log) => {
  const routes = [homePage(config), webPages()];
  if (config.DEV_TOKENS) routes.push(devTokenRoute(config));
  const gateway = await buildGateway({ config, log, routes });
  const port = await gateway.listen(config.GATEWAY_PORT, config.HOST);
  log.info({ url: `http://${config.HOST}:${port}/graphql` }, 'gateway ready');
  return () => gateway.stop();
});
