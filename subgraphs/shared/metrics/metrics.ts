import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CountingSqlLogger } from '../db/query-counter';

export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'route' | 'status'>;
  duration: Histogram<'route'>;
}

/** One registry per service process, exposed on `/metrics` in the Prometheus text format. */
export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'liandong_http_requests_total',
    help: 'HTTP requests served, by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'liandong_http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, requests, duration };
}

/** SQL statements a subgraph has sent since start-up: per request, it shows whether work stays batched. */
export function countSqlStatements(metrics: ServiceMetrics, sql: CountingSqlLogger): void {
  new Counter({
    name: 'liandong_sql_statements_total',
    help: 'SQL statements sent to the database since start-up',
    registers: [metrics.registry],
    collect() {
      this.reset();
      this.inc(sql.total);
    },
  });
}
