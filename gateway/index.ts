import { runService } from '../subgraphs/shared/run/service-main';
import { buildGateway } from './server';
import { gatewayRoutes } from './routes';
import { turnGatewayTelemetryOff } from './offline';

// Before any gateway is built: the gateway library reads this from the process (offline.ts).
turnGatewayTelemetryOff();

void runService('gateway', async (config, log) => {
  const gateway = await buildGateway({ config, log, routes: gatewayRoutes(config) });
  const port = await gateway.listen(config.GATEWAY_PORT, config.HOST);
  log.info({ url: `http://${config.HOST}:${port}/graphql` }, 'gateway ready');
  return () => gateway.stop();
});
