import 'reflect-metadata';
import mysql from 'mysql2/promise';
import pino from 'pino';
import { signToken } from '../subgraphs/shared/auth/jwt';
import { dropMysqlDatabase, parseMysqlUrl } from '../subgraphs/shared/db/data-source';
import { addCalendarDays, shanghaiDate } from '../subgraphs/shared/domain/time';
import { openCountyDatabase } from '../subgraphs/county/server';
import { openTownshipDatabase } from '../subgraphs/township/server';
import { seedCountyDemo } from '../subgraphs/county/seed';
import { seedTownshipDemo } from '../subgraphs/township/seed';
import { insertSyntheticCases } from './bench/synthetic-history';
import { startServices } from './bench/services';
import { machine, ms, summarize, timeRuns } from './bench/measure';
import { writeBenchmarkSection } from './bench/report';

/**
 * `npm run bench:stats [-- --sizes 100000,1000000 --runs 30]`: loads synthetic history into
 * MySQL/MariaDB at each size, starts the three services on it, and times the one-query network
 * dashboard (network, county, every township, every department, daily series, warnings) over
 * the last 30 days. Writes the figures to BENCHMARKS.md.
 */
export const DASHBOARD_QUERY = `query Dashboard($from: Date!, $to: Date!) {
  statistics(from: $from, to: $to) {
    network { ...scope }
    county { ...scope }
    townships { township { name } statistics { ...scope } }
    departments { department { name } statistics { figures { ...figures } } }
  }
}
fragment scope on ScopeStatistics { figures { ...figures } daily { date accepted completed overdue } warnings { green yellow red } }
fragment figures on Figures {
  accepted immediate promised completed promisedCompleted completedOnTime promisedCompletedEarly withdrawn pending overdueNow expedited reviews
  completionRate { percent } immediateShare { percent } promisedShare { percent } onTimeRate { percent } earlyRate { percent } satisfactionRate { percent }
}`;

const JWT_SECRET = 'bench-secret-only-for-this-local-run';
const SPAN_DAYS = 730;
const COUNTY_SHARE = 0.45;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function prepare(url: string, size: number, log: (m: string) => void): Promise<{ county: string; township: string }> {
  const names = { county: `ld_bench_county_${size}`, township: `ld_bench_township_${size}` };
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
    await conn.query(`USE \`${names.township}\``);
    await insertSyntheticCases(conn, { caseTable: 'township_case', itemTable: 'township_item', unitColumn: 'township_id', reviewTable: 'township_review', prefix: 'BT' }, { cases: size - countyCases, spanDays: SPAN_DAYS });
    for (const db of [names.county, names.township]) await conn.query(`ANALYZE TABLE \`${db}\`.\`${db === names.county ? 'county_case' : 'township_case'}\``);
  } finally {
    await conn.end();
  }
  log(`  ${size.toLocaleString('en')} synthetic cases loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return names;
}

async function main() {
  const url = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
  const runs = Number(arg('runs', '30'));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1000) || !Number.isInteger(runs) || runs < 5) {
    console.error('usage: npm run bench:stats -- [--sizes 100000,1000000] [--runs 30]');
    process.exit(2);
  }
  const log = (m: string) => console.log(m);
  const to = shanghaiDate(new Date());
  const from = addCalendarDays(to, -29);
  const rows: string[] = [];
  for (const size of sizes) {
    log(`bench:stats — ${size.toLocaleString('en')} cases`);
    const dbs = await prepare(url, size, log);
    const net = await startServices({ MYSQL_URL: url, COUNTY_DB_NAME: dbs.county, TOWNSHIP_DB_NAME: dbs.township, JWT_SECRET });
    try {
      const token = await signToken({ userId: 'bench', name: '大屏', role: 'VIEWER' }, JWT_SECRET, 3600);
      let last: any = null;
      const once = async () => {
        const res = await fetch(net.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: DASHBOARD_QUERY, variables: { from, to } }),
        });
        const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
        if (body.errors?.length) throw new Error(`dashboard query failed: ${body.errors[0].message}`);
        last = body.data;
      };
      const s = summarize(await timeRuns(once, { warmup: 5, runs }));
      const accepted = last.statistics.network.figures.accepted;
      log(`  dashboard: median ${ms(s.median)}, p95 ${ms(s.p95)} (${s.runs} runs; ${accepted.toLocaleString('en')} cases accepted in the period)`);
      rows.push(`| ${size.toLocaleString('en')} | ${accepted.toLocaleString('en')} | ${last.statistics.townships.length} | ${last.statistics.departments.length} | ${ms(s.median)} | ${ms(s.p95)} | ${s.runs} |`);
    } finally {
      await net.stop();
    }
  }
  const file = writeBenchmarkSection(
    'bench:stats',
    `## Network dashboard query as history grows

Command: \`npm run bench:stats -- --sizes ${sizes.join(',')} --runs ${runs}\` (MariaDB at \`${url.replace(/\/\/[^@]*@/, '//…@')}\`)

Machine: ${machine()}. Measured ${new Date().toISOString().slice(0, 10)}.

The query (\`scripts/bench-stats.ts\`, \`DASHBOARD_QUERY\`) asks the gateway for the network, the county,
every township and every department over the last 30 days: all SPEC §4.6 figures, the daily series and
the open-case warning counts. Synthetic history spans ${SPAN_DAYS} days (${Math.round(COUNTY_SHARE * 100)}% county cases),
with reviews on a fifth of delivered cases. Requests are sent one after another after 5 warm-up requests.

| cases in history | accepted in the period | townships | departments | median | p95 | runs |
|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}`,
  );
  log(`written to ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
