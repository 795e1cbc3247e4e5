import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import type { ServiceMetrics } from '../metrics/metrics';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  [detail: string]: unknown;
}

/** Extra routes a service serves beside /graphql, /health and /metrics (static pages, dev helpers). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: string) => Promise<boolean>;

export interface HttpServiceOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  health: () => Promise<HealthReport>;
  metrics: ServiceMetrics;
  log: Logger;
  routes?: RouteHandler[];
  maxBodyBytes?: number;
  /** Sends a complete /graphql answer (e.g. compressed); unset: as it is. */
  sendAnswer?: (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>;
}

const MAX_BODY = 1024 * 1024;

/**
 * A small Node HTTP front for Apollo Server: GraphQL at /graphql, `/health` (503 unless the
 * service can reach what it depends on) and `/metrics`. No web framework needed.
 */
export function createHttpServer<C extends BaseContext>(o: HttpServiceOptions<C>): http.Server {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const route = routeName(url.pathname);
    const stopTimer = o.metrics.duration.startTimer({ route });
    res.on('finish', () => {
      stopTimer();
      o.metrics.requests.inc({ route, status: String(res.statusCode) });
    });
    handle(o, req, res, url).catch((err) => {
      o.log.error({ err }, 'request failed');
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  return server;
}

function routeName(p: string): string {
  if (p === '/graphql' || p === '/health' || p === '/metrics') return p;
  return 'other';
}

async function handle<C extends BaseContext>(o: HttpServiceOptions<C>, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (url.pathname === '/health') {
    const report = await o.health().catch((err) => ({ status: 'down' as const, error: String(err) }));
    return send(res, report.status === 'down' ? 503 : 200, 'application/json', JSON.stringify(report));
  }
  if (url.pathname === '/metrics') {
    return send(res, 200, o.metrics.registry.contentType, await o.metrics.registry.metrics());
  }
  const body = await readBody(req, o.maxBodyBytes ?? MAX_BODY);
  if (body === null) {
    return send(res, 413, 'application/json', JSON.stringify({ errors: [{ message: 'Request body too large', extensions: { code: 'BAD_USER_INPUT' } }] }));
  }
  for (const r of o.routes ?? []) if (await r(req, res, body)) return;
  if (url.pathname !== '/graphql') return send(res, 404, 'text/plain; charset=utf-8', 'Not found');

  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  let parsed: unknown = body;
  if ((headers.get('content-type') ?? '').includes('application/json') && body) {
    try {
      parsed = JSON.parse(body);
    } catch {
      return send(res, 400, 'application/json', JSON.stringify({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] }));
    }
  }
  const result = await o.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
    context: () => o.context(req),
  });
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') return o.sendAnswer ? o.sendAnswer(req, res, result.body.string) : res.end(result.body.string);
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

/** Listens and resolves with the actual port (pass 0 for a free one). */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
