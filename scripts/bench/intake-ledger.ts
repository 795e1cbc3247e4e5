import type { Connection } from 'mysql2/promise';

export interface IntakeLedger {
  /** Intakes stored at the townships (one per requestId sent and accepted). */
  intakes: number;
  /** requestIds stored more than once at the townships. */
  repeatedRequests: number;
  /** Intakes with no county case. */
  lost: number;
  /** Intakes with more than one county case. */
  duplicated: number;
}

/**
 * Nothing lost, nothing twice: for the intakes whose requestId starts with `requestPrefix`, how
 * many requestIds the townships stored more than once, and how many intakes have no county case or
 * more than one. Read once forwarding has finished (see forwarding-lag.ts, which waits for it).
 */
export async function intakeLedger(db: Connection, o: { countyDb: string; townshipDb: string; requestPrefix: string }): Promise<IntakeLedger> {
  const [rows] = await db.query(
    `SELECT i.request_id AS requestId, COUNT(cc.id) AS countyCases
     FROM \`${o.townshipDb}\`.delegated_intake i LEFT JOIN \`${o.countyDb}\`.county_case cc ON cc.origin_intake_id = i.id
     WHERE i.request_id LIKE ?
     GROUP BY i.id, i.request_id`,
    [`${o.requestPrefix}%`],
  );
  const list = (rows as { requestId: string; countyCases: number | string }[]).map((r) => ({ requestId: r.requestId, countyCases: Number(r.countyCases) }));
  const perRequest = new Map<string, number>();
  for (const r of list) perRequest.set(r.requestId, (perRequest.get(r.requestId) ?? 0) + 1);
  return {
    intakes: list.length,
    repeatedRequests: [...perRequest.values()].filter((c) => c > 1).length,
    lost: list.filter((r) => r.countyCases === 0).length,
    duplicated: list.filter((r) => r.countyCases > 1).length,
  };
}
