import { Gauge } from 'prom-client';
import type { ServiceMetrics } from '../metrics/metrics';
import type { Forwarder } from './forwarder';
import type { OutboxRecord } from './outbox-record';

/** Pending and parked outbox messages on `/metrics`, read from the database at each scrape. */
export function countOutbox(metrics: ServiceMetrics, outbox: Forwarder<OutboxRecord>): void {
  let last: Promise<{ pending: number; parked: number }> | null = null;
  // Both gauges are read in one scrape: share one query between them.
  const read = () => (last ??= outbox.queueStatus(1).finally(() => setImmediate(() => (last = null))));
  new Gauge({
    name: 'liandong_outbox_pending_messages',
    help: 'Messages to the other tier not yet acknowledged (waiting, retrying or parked)',
    registers: [metrics.registry],
    async collect() {
      this.set((await read()).pending);
    },
  });
  new Gauge({
    name: 'liandong_outbox_parked_messages',
    help: 'Messages the other tier refused for good, waiting for a fix and a retry',
    registers: [metrics.registry],
    async collect() {
      this.set((await read()).parked);
    },
  });
}
