import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap';
import { parse } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config/env';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/data-source';
import { createHttpServer, closeServer, listen, type HealthReport, type RouteHandler } from '../http/server';
import { countSqlStatements, createMetrics, type ServiceMetrics } from '../metrics/metrics';
import { makeFormatError } from './format-error';
import { principalOf } from './request-auth';
import { subgraphSdl, type SubgraphName } from './sdl';

/** What every resolver receives. `now` is read once per request so one answer is consistent. */
export interface RequestContext {
  who: Principal | null;
  now: Date;
  log: Logger;
}

export interface SubgraphServiceOptions<C extends RequestContext> {
  name: SubgraphName;
  config: Config;
  db: Database;
  log: Logger;
  /**
   * The subgraph's resolver map, typed with its generated `Resolvers` (npm run codegen). Apollo's
   * `GraphQLResolverMap` cannot describe `__resolveReference(reference, context, info)`, so the map
   * is handed to `buildSubgraphSchema` as what Apollo declares.
   */
  resolvers: { [typeName: string]: object | undefined };
  /** Adds the tier's per-request state (DataLoaders…) to the base context. */
  extendContext: (base: RequestContext) => C;
  clock?: () => Date;
  health?: () => Promise<Record<string, unknown>>;
  routes?: RouteHandler[];
  /** Registers the tier's own figures on `/metrics`. */
  metrics?: (m: ServiceMetrics) => void;
  /** Refuses a verified principal the subgraph knows to be wrong (a clerk of a unit that does not exist). */
  checkPrincipal?: (who: Principal | null) => Promise<void>;
}

export interface SubgraphService {
  http: http.Server;
  apollo: ApolloServer<RequestContext>;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds (but does not start listening) a subgraph: Apollo over the shared HTTP front. */
export async function buildSubgraphService<C extends RequestContext>(o: SubgraphServiceOptions<C>): Promise<SubgraphService> {
  const production = o.config.NODE_ENV === 'production';
  const apollo = new ApolloServer<C>({
    schema: buildSubgraphSchema({ typeDefs: parse(subgraphSdl(o.name)), resolvers: o.resolvers as GraphQLResolverMap<unknown> }),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: makeFormatError(o.log, production),
    csrfPrevention: true,
    // The default landing page loads from a CDN; government intranets are offline.
    // Whatever APOLLO_KEY or APOLLO_SCHEMA_REPORTING the environment holds, nothing reports to the vendor.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()],
  });
  await apollo.start();
  const clock = o.clock ?? (() => new Date());
  const metrics = createMetrics(`${o.name}-subgraph`);
  countSqlStatements(metrics, o.db.sql);
  o.metrics?.(metrics);
  const server = createHttpServer<C>({
    apollo,
    metrics,
    log: o.log,
    routes: o.routes,
    context: async (req) => {
      const who = await principalOf(req, { jwtSecret: o.config.JWT_SECRET, gatewaySecret: o.config.GATEWAY_SECRET });
      await o.checkPrincipal?.(who);
      return o.extendContext({ who, now: clock(), log: o.log });
    },
    health: async (): Promise<HealthReport> => {
      try {
        await o.db.dataSource.query('SELECT 1');
      } catch (e) {
        return { status: 'down', service: o.name, database: 'unreachable', error: String(e) };
      }
      const extra = (await o.health?.()) ?? {};
      return { status: 'ok', service: o.name, database: o.db.kind, ...extra };
    },
  });
  return {
    http: server,
    apollo: apollo as unknown as ApolloServer<RequestContext>,
    listen: (port, host = o.config.HOST) => listen(server, port, host),
    async stop() {
      await closeServer(server);
      await apollo.stop();
      await o.db.dataSource.destroy();
    },
  };
}
