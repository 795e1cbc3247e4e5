import type { Socket } from 'node:net';
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
 * BENCH_DB_PREFIX (e.g. `ld_li_`) takes the place of the names' leading `ld_`, so that one
 * person's kept benchmark databases on a shared server stay apart from another's.
 */
function databasePrefix(prefix: string): string {
  const own = process.env.BENCH_DB_PREFIX;
  if (!own) return prefix;
  if (!/^[A-Za-z][A-Za-z0-9_]{0,29}$/.test(own)) throw new Error(`BENCH_DB_PREFIX: letters, digits and _ only, at most 30, a letter first (got '${own}')`);
  return own + prefix.replace(/^ld_/, '');
}

/** This process's session on each server that holds its benchmark locks (see `claim`). */
const lockSessions = new Map<string, mysql.Connection>();

/**
 * Makes this run the only one using a pair of benchmark databases on the server: a MySQL named
 * lock (GET_LOCK) per pair, held by a session of this process until the process ends, however it
 * ends (the server lets go of a session's locks when the session closes). The databases of a
 * finished run stay for inspection; the next run of the same size drops them once it holds the
 * lock, and a run that finds the lock taken stops before it touches anything.
 */
async function claim(url: string, names: HistoryDatabases): Promise<void> {
  let session = lockSessions.get(url);
  if (!session) {
    session = await mysql.createConnection({ ...parseMysqlUrl(url), connectTimeout: 5000 });
    session.on('error', (e: Error) => console.error(`the session holding the benchmark locks ended (${e.message}): another run may now take the databases this run is using`));
    lockSessions.set(url, session);
  }
  // The session's socket keeps the process alive only while it is asked something.
  const socket = (session as unknown as { connection: { stream: Socket } }).connection.stream;
  socket.ref();
  try {
    const lock = `liandong-bench:${names.county}`.slice(0, 64);
    const [rows] = await session.query('SELECT GET_LOCK(?, 0) AS got', [lock]);
    if (Number((rows as { got: unknown }[])[0]?.got) !== 1) {
      throw new Error(`another benchmark run is using ${names.county} and ${names.township} on this server (it holds the lock '${lock}'); wait for it to finish, or run another size`);
    }
  } finally {
    socket.unref();
  }
}

/**
 * Fresh county and township databases on a MySQL/MariaDB server: the demo catalog through the
 * services' own migrations and seeds, then `size` synthetic cases of history (county and
 * township), a sixth of the county's delegated from township windows with their intakes. Another
 * run preparing the same databases meanwhile is refused (`claim`).
 */
export async function prepareHistory(url: string, size: number, prefix: string, log: (m: string) => void): Promise<HistoryDatabases> {
  const base = databasePrefix(prefix);
  const names = { county: `${base}_county_${size}`, township: `${base}_township_${size}` };
  await claim(url, names);
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
