import { Counter, Gauge } from 'prom-client';
import type { ServiceMetrics } from '../metrics/metrics';
import type { Forwarder } from './forwarder';
import type { OutboxRecord } from './outbox-record';

/**
 * Pending and parked outbox messages on `/metrics`, as the forwarder last counted them (after a
 * message is parked or retried, and every few seconds while it runs) — a scrape sends no SQL —
 * and the statements its timer sent with nothing to deliver (part of liandong_sql_statements_total).
 */
export function countOutbox(metrics: ServiceMetrics, outbox: Forwarder<OutboxRecord>): void {
  const gauges = [
    ['liandong_outbox_pending_messages', 'Messages to the other tier not yet acknowledged (waiting, retrying or parked)', 'pending'],
    ['liandong_outbox_parked_messages', 'Messages the other tier refused for good, waiting for a fix and a retry', 'parked'],
  ] as const;
  for (const [name, help, figure] of gauges) {
    new Gauge({
      name,
      help,
      registers: [metrics.registry],
      collect() {
        if (outbox.counts) this.set(outbox.counts[figure]);
      },
    });
  }
  new Counter({
    name: 'liandong_outbox_idle_statements_total',
    help: 'SQL statements the forwarder timer sent with nothing to deliver (looks at an outbox with no message due, periodic recounts); counted in liandong_sql_statements_total too',
    registers: [metrics.registry],
    collect() {
      this.reset();
      this.inc(outbox.idleStatements);
    },
  });
}
