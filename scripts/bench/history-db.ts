import mysql from 'mysql2/promise';
import pino from 'pino';
import { dropMysqlDatabase, parseMysqlUrl } from '../../subgraphs/shared/db/data-source';
import { openCountyDatabase } from '../../subgraphs/county/server';
import { openTownshipDatabase } from '../../subgraphs/township/server';
import { seedCountyDemo } from '../../subgraphs/county/seed';
import { seedTownshipDemo } from '../../subgraphs/township/seed';
import { insertSyntheticCases } from './synthetic-history';
import { insertSyntheticIntakes } from './synthetic-intakes';

export const SPAN_DAYS = 730;
export const COUNTY_SHARE = 0.45;
/** One county case in six came in through a township window. */
export const DELEGATED_EVERY = 6;

export interface HistoryDatabases {
  county: string;
  township: string;
}

/**
 * Fresh county and township databases on a MySQL/MariaDB server: the demo catalog through the
 * services' own migrations and seeds, then `size` synthetic cases of history (county and
 * township), a sixth of the county's delegated from township windows with their intakes.
 */
export async function prepareHistory(url: string, size: number, prefix: string, log: (m: string) => void): Promise<HistoryDatabases> {
  const names = { county: `${prefix}_county_${size}`, township: `${prefix}_township_${size}` };
  await dropMysqlDatabase(url, names.county);
  await dropMysqlDatabase(url, names.township);
  const silent = pino({ level: 'silent' });
  const now = new Date();
  const county = await openCountyDatabase({ kind: 'mysql', url, database: names.county }, silent);
  await seedCountyDemo(county, { now });
  await county.dataSource.destroy();
  const township = await openTownshipDatabase({ kind: 'mysql', url, database: names.township }, silent);
  await seedTownshipDemo(township, { now });
  await township.dataSource.destroy();

  const countyCases = Math.round(size * COUNTY_SHARE);
  const t0 = Date.now();
  const conn = await mysql.createConnection({ ...parseMysqlUrl(url), multipleStatements: false });
  try {
    await conn.query(`USE \`${names.county}\``);
    await insertSyntheticCases(conn, { caseTable: 'county_case', itemTable: 'county_item', unitColumn: 'department_id', reviewTable: 'county_review', prefix: 'BC' }, { cases: countyCases, spanDays: SPAN_DAYS });
    await insertSyntheticIntakes(conn, { countyDb: names.county, townshipDb: names.township, every: DELEGATED_EVERY });
    await conn.query(`USE \`${names.township}\``);
    await insertSyntheticCases(conn, { caseTable: 'township_case', itemTable: 'township_item', unitColumn: 'township_id', reviewTable: 'township_review', prefix: 'BT' }, { cases: size - countyCases, spanDays: SPAN_DAYS });
    for (const table of [`${names.county}\`.\`county_case`, `${names.township}\`.\`township_case`, `${names.township}\`.\`delegated_intake`]) {
      await conn.query(`ANALYZE TABLE \`${table}\``);
    }
  } finally {
    await conn.end();
  }
  log(`  ${size.toLocaleString('en')} synthetic cases loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return names;
}
