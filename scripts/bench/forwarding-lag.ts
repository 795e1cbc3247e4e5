import type { Connection } from 'mysql2/promise';
import { summarize } from './measure';

export interface ForwardingLag {
  intakes: number;
  countyCases: number;
  median: number;
  p95: number;
  max: number;
}

/**
 * Lag from a township's acceptance to the county case's creation for intakes whose requestId
 * starts with `requestPrefix`, read from both databases once every intake has arrived (or
 * `timeoutMs` passed). Both services stamp instants from the same machine clock.
 */
export async function forwardingLag(db: Connection, o: { countyDb: string; townshipDb: string; requestPrefix: string; timeoutMs: number }): Promise<ForwardingLag> {
  const read = async () => {
    const [rows] = await db.query(
      `SELECT i.accepted_at AS acceptedAt, cc.forwarded_at AS arrivedAt
       FROM \`${o.townshipDb}\`.delegated_intake i LEFT JOIN \`${o.countyDb}\`.county_case cc ON cc.origin_intake_id = i.id
       WHERE i.request_id LIKE ?`,
      [`${o.requestPrefix}%`],
    );
    return rows as { acceptedAt: string; arrivedAt: string | null }[];
  };
  const deadline = Date.now() + o.timeoutMs;
  let rows = await read();
  while (rows.some((r) => !r.arrivedAt) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    rows = await read();
  }
  const arrived = rows.filter((r) => r.arrivedAt);
  const lags = arrived.map((r) => new Date(r.arrivedAt!).getTime() - new Date(r.acceptedAt).getTime());
  const s = lags.length ? summarize(lags) : { median: NaN, p95: NaN };
  return { intakes: rows.length, countyCases: arrived.length, median: s.median, p95: s.p95, max: lags.length ? Math.max(...lags) : NaN };
}
