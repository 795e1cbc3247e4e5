import { runService } from '../subgraphs/shared/run/service-main';
import { buildGateway } from './server';
import { gatewayRoutes } from './routes';

void runService('gateway', async (config, log) => {
  const gateway = await buildGateway({ config, log, routes: gatewayRoutes(config) });
  const port = await gateway.listen(config.GATEWAY_PORT, config.HOST);
  log.info({ url: `http://${config.HOST}:${port}/graphql` }, 'gateway ready');
  return () => gateway.stop();
});
