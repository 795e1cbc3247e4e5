import 'reflect-metadata';
import { signToken } from '../subgraphs/shared/auth/jwt';
import { addCalendarDays, shanghaiDate } from '../subgraphs/shared/domain/time';
import { COUNTY_SHARE, prepareHistory, SPAN_DAYS } from './bench/history-db';
import { DASHBOARD_QUERY } from './bench/queries';
import { productionEnv, startServices } from './bench/services';
import { machine, ms, summarize, timeRuns } from './bench/measure';
import { writeBenchmarkSection } from './bench/report';

/**
 * `npm run bench:stats [-- --sizes 100000,1000000 --runs 30]`: loads synthetic history into
 * MySQL/MariaDB at each size, starts the three services on it, and times the one-query network
 * dashboard (network, county, every township, every department, daily series, warnings) over
 * the last 30 days. Writes the figures to BENCHMARKS.md.
 */

const JWT_SECRET = 'bench-secret-only-for-this-local-run';
const GATEWAY_SECRET = 'bench-stats-gateway-secret-local';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
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
    const dbs = await prepareHistory(url, size, 'ld_bench', log);
    // The figure cache is off: this measures what computing the figures costs as history grows.
    const net = await startServices(productionEnv({ url, dbs, jwtSecret: JWT_SECRET, gatewaySecret: GATEWAY_SECRET }, { STATISTICS_CACHE_SECONDS: '0' }));
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

The query (\`scripts/bench/queries.ts\`, \`DASHBOARD_QUERY\`) asks the gateway for the network, the county,
every township and every department over the last 30 days: all SPEC §4.6 figures, the daily series and
the open-case warning counts. Synthetic history spans ${SPAN_DAYS} days (${Math.round(COUNTY_SHARE * 100)}% county cases),
with reviews on a fifth of delivered cases. Requests are sent one after another after 5 warm-up requests,
with the services as production runs them (\`NODE_ENV=production\`) and the figure cache off (\`STATISTICS_CACHE_SECONDS=0\`): every request computes every figure.

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
