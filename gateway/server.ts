import fs from 'node:fs';
import { STATUS_CODES, type default as http } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, parse } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { Config } from '../subgraphs/shared/config/env';
import type { Principal } from '../subgraphs/shared/auth/principal';
import { GATEWAY_SECRET_HEADER } from '../subgraphs/shared/graphql/request-auth';
import { supergraphPath } from '../subgraphs/shared/graphql/sdl';
import { makeFormatError } from '../subgraphs/shared/graphql/format-error';
import { createHttpServer, closeServer, listen, type HealthReport, type RouteHandler } from '../subgraphs/shared/http/server';
import { createMetrics } from '../subgraphs/shared/metrics/metrics';
import { gatewayPrincipal, VerifiedTokens } from './auth';
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
import { compressedAnswers } from './json-compression';
import { directSingleFetches, FetchedAnswers } from './single-fetch';
import { InFlight, InstancePool, isQueryOperation, urlList, type SubgraphAnswer } from './subgraph-client';

export interface GatewayContext {
  who: Principal | null;
  authorization?: string;
  clientKey?: string;
}

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * Sends each planned subgraph operation with the caller's token and the gateway secret, over the
 * gateway's own subgraph client (subgraph-client.ts): kept-alive plain HTTP, round-robin over the
 * subgraph's instances, identical concurrent queries of the same caller sent once.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly pool: InstancePool,
    private readonly serviceName: string,
    private readonly log: Logger,
    private readonly inFlight: InFlight | null,
    private readonly fetched: FetchedAnswers,
    private readonly gatewaySecret?: string,
  ) {
    super({ url: pool.urls[0] });
  }
  /** An unreachable subgraph answers with nulls and SERVICE_UNAVAILABLE at each of its fields, so the rest of the plan goes on. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    // Already asked for this request (single-fetch.ts): its outcome, not a second call.
    const early = this.fetched.take('incomingRequestContext' in options ? options.incomingRequestContext : undefined, options.request.query);
    if (early) return early as Promise<SubgraphResponse>;
    try {
      return await this.send(options);
    } catch (e) {
      if (!('incomingRequestContext' in options) || !isUnreachable(e)) throw e;
      // An operator should bring it back (health says degraded); clients still get the rest.
      this.log.warn({ service: this.serviceName, err: String(e) }, 'subgraph unreachable; its fields answer SERVICE_UNAVAILABLE');
      const document = options.document ?? parse(options.request.query ?? '');
      return unreachableAnswer(this.serviceName, document, options.request.variables ?? {}) as unknown as SubgraphResponse;
    }
  }

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { request, context } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    if (context?.authorization) headers.authorization = context.authorization;
    if (this.gatewaySecret) headers[GATEWAY_SECRET_HEADER] = this.gatewaySecret;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const query = isQueryOperation(request.query);
    const sendIt = () => this.pool.post(body, headers, { query });
    const answer = this.inFlight ? await this.inFlight.run(this.serviceName, { body, headers, query }, sendIt) : await sendIt();
    if (answer.status < 200 || answer.status > 299) throw answerError(answer);
    const type = String(answer.headers['content-type'] ?? '');
    if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')) {
      throw new Error(`Expected JSON response body, but received: ${answer.text}`);
    }
    const parsed = JSON.parse(answer.text) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`Expected JSON response body, but received: ${answer.text}`);
    // As the library does: the subgraph's Cache-Control narrows the whole answer's cache policy.
    const policy = 'incomingRequestContext' in options ? options.incomingRequestContext.overallCachePolicy : null;
    if (policy && 'restrict' in policy) policy.restrict(cacheHint(answer.headers['cache-control']));
    return parsed as SubgraphResponse;
  }
}

/** A subgraph's non-2xx answer as the library reports it (`<status>: <text>`, the answer in extensions.response). */
function answerError(answer: SubgraphAnswer): GraphQLError {
  let body: unknown = answer.text;
  if (String(answer.headers['content-type'] ?? '').includes('json')) {
    try {
      body = JSON.parse(answer.text);
    } catch {
      /* keep the text */
    }
  }
  const statusText = STATUS_CODES[answer.status] ?? '';
  const code = answer.status === 401 ? 'UNAUTHENTICATED' : answer.status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${answer.status}: ${statusText}`, {
    extensions: { response: { url: answer.url, status: answer.status, statusText, body }, ...(code ? { code } : {}) },
  });
}

function cacheHint(header: string | undefined): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const hint: { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: 0 };
  for (const part of (header ?? '').split(',')) {
    const [name, value] = part.trim().toLowerCase().split('=');
    if (name === 'max-age' && value && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    if (name === 'private') hint.scope = 'PRIVATE';
    if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}

export interface GatewayService {
  http: http.Server;
  apollo: ApolloServer<GatewayContext>;
  /** Subgraph queries in flight, shared by identical callers (null when GATEWAY_DEDUPLICATE=false). */
  inFlight: InFlight | null;
  /** Answers to one-fetch queries, passed through or handed to the library (single-fetch.ts). */
  singleFetches: FetchedAnswers;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Builds the gateway over the committed static supergraph; listening is the caller's decision. */
export async function buildGateway(o: {
  config: Config;
  log: Logger;
  routes?: RouteHandler[];
  supergraphSdl?: string;
  clock?: () => Date;
}): Promise<GatewayService> {
  const production = o.config.NODE_ENV === 'production';
  const urls: Record<string, string[]> = { county: o.config.countyUrls ?? [o.config.countyUrl], township: o.config.townshipUrls ?? [o.config.townshipUrl] };
  // Identical concurrent queries of one caller go to a subgraph once (subgraph-client.ts).
  const inFlight = o.config.GATEWAY_DEDUPLICATE === false ? null : new InFlight();
  // The gateway library reads its telemetry switch from the process only (offline.ts).
  if (!gatewayTelemetryOff()) throw new GatewayTelemetryOnError();
  const dataSources: Record<string, ForwardingDataSource> = {};
  const fetched = new FetchedAnswers();
  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl ?? fs.readFileSync(supergraphPath(), 'utf8'),
    buildService: ({ name, url }) => (dataSources[name] = new ForwardingDataSource(new InstancePool(urls[name] ?? urlList(url!)), name, o.log, inFlight, fetched, o.config.GATEWAY_SECRET)),
    logger: o.log,
  });
  // A query answered by one fetch asking exactly what the client asked passes the subgraph's data through (single-fetch.ts).
  const load = gateway.load.bind(gateway);
  const direct = directSingleFetches(gateway, () => dataSources, fetched);
  gateway.load = async (options) => {
    const loaded = await load(options);
    return { ...loaded, executor: direct(loaded.executor) };
  };
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
  const tokens = new VerifiedTokens(o.config.JWT_SECRET);
  const context = async (req: http.IncomingMessage): Promise<GatewayContext> => ({ ...(await gatewayPrincipal(req, tokens)), clientKey: clientKey(req, proxies) });
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
    sendAnswer: compressedAnswers(),
  });
  return {
    http: server,
    apollo,
    inFlight,
    singleFetches: fetched,
    listen: (port, host = o.config.HOST) => listen(server, port, host),
    async stop() {
      await closeServer(server);
      await apollo.stop();
    },
  };
}

/** The gateway is degraded (not down) when a subgraph instance is: it still answers the other one's fields. */
async function subgraphHealth(urls: Record<string, string[]>): Promise<HealthReport> {
  const one = async (url: string) => {
    try {
      const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
      return res.ok ? 'ok' : `unhealthy (${res.status})`;
    } catch {
      return 'unreachable';
    }
  };
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, list]) => {
      const states = await Promise.all(list.map(one));
      // One instance: its state; several: each one's, in the order configured.
      return [name, states.length === 1 ? states[0]! : states.every((st) => st === 'ok') ? 'ok' : states.map((st, i) => `#${i + 1} ${st}`).join(', ')] as const;
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  const allOk = entries.every(([, st]) => st === 'ok');
  return { status: allOk ? 'ok' : 'degraded', service: 'gateway', subgraphs };
}
