import fs from 'node:fs';
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { parse } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { Config } from '../subgraphs/shared/config/env';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/shared/graphql/request-auth';
import { supergraphPath } from '../subgraphs/shared/graphql/sdl';
import { makeFormatError } from '../subgraphs/shared/graphql/format-error';
import { createHttpServer, closeServer, listen, type HealthReport, type RouteHandler } from '../subgraphs/shared/http/server';
import { createMetrics } from '../subgraphs/shared/metrics/metrics';
import { gatewayPrincipal } from './auth';
import { MAX_TOKENS, QUERY_LIMITS } from './limits';
import { operationResolution } from './operation-resolution';
import { gatewayFormatError, isUnreachable } from './unavailable';
import { unreachableAnswer } from './unreachable-answer';
import { selectedErrorsOnly } from './selected-errors';
import { publicMutationRateLimit } from './rate-limit';
import { publicTrackingLimit } from './tracking-limit';
import { clientKey, trustedProxies } from './client-address';
import { GatewayTelemetryOnError, gatewayTelemetryOff } from './offline';
import { exportRoute } from './exports/route';

export interface GatewayContext {
  who: Principal | null;
  authorization?: string;
  clientKey?: string;
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * Forwards the caller's token and the gateway secret to every subgraph call, over Node's own
 * fetch: it keeps connections to the subgraphs alive and costs less per call than the library's
 * default client.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly serviceName: string,
    private readonly log: Logger,
    private readonly gatewaySecret?: string,
  ) {
    super({ url, fetcher: subgraphFetch as never });
  }
  /** An unreachable subgraph answers with nulls and SERVICE_UNAVAILABLE at each of its fields, so the rest of the plan goes on. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (e) {
      if (!('incomingRequestContext' in options) || !isUnreachable(e)) throw e;
      // An operator should bring it back (health says degraded); clients still get the rest.
      this.log.warn({ service: this.serviceName, err: String(e) }, 'subgraph unreachable; its fields answer SERVICE_UNAVAILABLE');
      const document = options.document ?? parse(options.request.query ?? '');
      return unreachableAnswer(this.serviceName, document, options.request.variables ?? {}) as unknown as SubgraphResponse;
    }
  }
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (this.gatewaySecret) request.http?.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
  }
}

/** Node's fetch names the failure only in its cause; the message says it, so an unreachable subgraph is recognised. */
async function subgraphFetch(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`request to ${url} failed, reason: ${cause?.code ?? cause?.message ?? String(e)}`);
  }
}

export interface GatewayService {
  http: http.Server;
  apollo: ApolloServer<GatewayContext>;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds the gateway over the committed static supergraph; listening is the caller's decision. */
export async function buildGateway(o: { config: Config; log: Logger; routes?: RouteHandler[]; supergraphSdl?: string; clock?: () => Date }): Promise<GatewayService> {
  const production = o.config.NODE_ENV === 'production';
  const urls: Record<string, string> = { county: o.config.countyUrl, township: o.config.townshipUrl };
  // The gateway library reads its telemetry switch from the process only (offline.ts).
  if (!gatewayTelemetryOff()) throw new GatewayTelemetryOnError();
  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl ?? fs.readFileSync(supergraphPath(), 'utf8'),
    buildService: ({ name, url }) => new ForwardingDataSource(urls[name] ?? url!, name, o.log, o.config.GATEWAY_SECRET),
    logger: o.log,
  });
  const armor = new ApolloArmor(QUERY_LIMITS).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...armor,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // Whatever APOLLO_KEY, APOLLO_GRAPH_REF or APOLLO_SCHEMA_REPORTING the environment holds, nothing reports to the vendor.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      selectedErrorsOnly(),
      operationResolution(),
      publicMutationRateLimit({ perMinute: o.config.PUBLIC_RATE_LIMIT_PER_MINUTE, clock: o.clock, log: o.log }),
      publicTrackingLimit({
        perMinute: o.config.TRACKING_RATE_LIMIT_PER_MINUTE,
        maxWrong: o.config.TRACKING_MAX_WRONG_CODES,
        lockMinutes: o.config.TRACKING_LOCK_MINUTES,
        clock: o.clock,
        log: o.log,
      }),
    ],
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: gatewayFormatError(makeFormatError(o.log, production, { logRefusals: false })),
    csrfPrevention: true,
  });
  await apollo.start();
  const metrics = createMetrics('gateway');
  const proxies = trustedProxies(o.config.TRUSTED_PROXIES);
  const context = async (req: http.IncomingMessage): Promise<GatewayContext> => ({ ...(await gatewayPrincipal(req, o.config.JWT_SECRET)), clientKey: clientKey(req, proxies) });
  // Exports read the graph in-process, as the caller, through the same plugins and limits as /graphql.
  const exports = exportRoute<GatewayContext>({
    context,
    reader: (c) => (c.who ? { role: c.who.role } : null),
    async execute(contextValue, query, variables) {
      const r = await apollo.executeOperation({ query, variables }, { contextValue });
      return r.body.kind === 'single' ? r.body.singleResult : { errors: [{ message: 'incremental delivery is not used here', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    },
    clock: o.clock,
    log: o.log,
  });
  const server = createHttpServer<GatewayContext>({
    apollo,
    metrics,
    log: o.log,
    routes: [exports, ...(o.routes ?? [])],
    context,
    health: () => subgraphHealth(urls),
  });
  return {
    http: server,
    apollo,
    listen: (port, host = o.config.HOST) => listen(server, port, host),
    async stop() {
      await closeServer(server);
      await apollo.stop();
    },
  };
}

/** The gateway is degraded (not down) when a subgraph is: it still answers the other one's fields. */
async function subgraphHealth(urls: Record<string, string>): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
        return [name, res.ok ? 'ok' : `unhealthy (${res.status})`] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  const allOk = entries.every(([, s]) => s === 'ok');
  return { status: allOk ? 'ok' : 'degraded', service: 'gateway', subgraphs };
}
