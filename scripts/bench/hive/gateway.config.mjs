// Hive Gateway as `npm run bench` runs it beside our gateway (scripts/bench/hive-gateway.ts), over
// the project's composed supergraph (schema/supergraph.graphql, given on its command line) and the
// same subgraph processes, with the same behaviour towards them as gateway/server.ts: the caller's
// `authorization` passed on and the gateway secret added to every subgraph call. Query planning and
// execution by the Rust planner of @graphql-hive/router-runtime unless HIVE_BENCH_PLANNER=default.
// In-flight deduplication of identical subgraph queries is left at Hive's default (on).
import { defineConfig } from '@graphql-hive/gateway';

const need = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} must be set for the benchmark's Hive Gateway`);
  return v;
};

const secret = need('GATEWAY_SECRET');
const rustPlanner = process.env.HIVE_BENCH_PLANNER !== 'default';

export const gatewayConfig = defineConfig({
  // The supergraph names 127.0.0.1:4001/4002; the benchmark's subgraphs run on free ports.
  transportEntries: {
    county: { location: need('COUNTY_URL') },
    township: { location: need('TOWNSHIP_URL') },
  },
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      const authorization = request.headers.get('authorization');
      return { ...(authorization ? { authorization } : {}), 'x-gateway-secret': secret };
    },
  },
  ...(rustPlanner ? { unifiedGraphHandler: (await import('@graphql-hive/router-runtime')).unifiedGraphHandler } : {}),
  logging: process.env.HIVE_BENCH_LOG_LEVEL ?? 'warn',
});
