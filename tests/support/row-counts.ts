import type { Network } from './network';

const COUNTY_TABLES = [
  'department', 'county_item', 'county_case', 'county_case_history', 'calendar_override', 'supervision_record',
  'county_review', 'county_complaint', 'county_complaint_event', 'county_outbox', 'audit_log',
];
const TOWNSHIP_TABLES = ['township', 'township_item', 'township_case', 'township_case_history', 'delegated_intake', 'delegated_intake_history', 'township_outbox', 'township_review', 'village_point', 'audit_log', 'online_intake_application'];

/** Rows of every table a refused input could have written to, on both databases: "nothing stored" is before == after. */
export async function rowCounts(net: Network): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const count = async (ds: Network['county']['db']['dataSource'], table: string) => {
    const [row] = await ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  };
  for (const t of COUNTY_TABLES) await count(net.county.db.dataSource, t);
  for (const t of TOWNSHIP_TABLES) await count(net.township.db.dataSource, t);
  return counts;
}
