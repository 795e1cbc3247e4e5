import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../subgraphs/shared/config/env';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';
import { playDemoIntakes } from './demo-intakes';
import { playDemoSupervision } from './demo-supervision';
import { waitForHealth } from './lib/wait-for-health';
import { databaseLines, demoLine } from './lib/start-report';
import { tiersThatWroteDemo } from '../subgraphs/shared/demo/announce';
import type { Tier } from '../subgraphs/shared/db/tier-targets';

/**
 * `npm start`: the county subgraph, the township subgraph and the gateway as three processes
 * (embedded database unless MYSQL_URL is set; demo data into empty databases); Ctrl-C stops all three.
 */
const SERVICES = [
  { name: 'county', file: 'subgraphs/county/index.js', port: 'COUNTY_PORT' },
  { name: 'township', file: 'subgraphs/township/index.js', port: 'TOWNSHIP_PORT' },
  { name: 'gateway', file: 'gateway/index.js', port: 'GATEWAY_PORT' },
] as const;

async function main() {
  let config;
  try {
    config = loadConfig({ DEV_TOKENS: 'true', ...process.env });
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(2);
  }
  const env = { ...process.env, DEV_TOKENS: String(config.DEV_TOKENS) };
  const children: ChildProcess[] = [];
  // The services say in their logs when they wrote demo data; only then is it played and announced.
  const demoWritten = new Set<Tier>();
  let stopping = false;
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    setTimeout(() => process.exit(code), 3000).unref();
    Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r))))).then(() => process.exit(code));
  };
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  for (const s of SERVICES) {
    const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', s.file)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const prefix = `[${s.name}] `;
    child.stdout!.on('data', (d: Buffer) => {
      for (const t of tiersThatWroteDemo(d.toString())) demoWritten.add(t);
      process.stdout.write(prefixLines(prefix, d));
    });
    child.stderr!.on('data', (d: Buffer) => process.stderr.write(prefixLines(prefix, d)));
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`${s.name} exited (code ${code}); stopping the others`);
        stopAll(code || 1);
      }
    });
    await waitForHealth(`http://127.0.0.1:${config[s.port]}/health`, s.name, () => stopping);
  }
  // Played once, with the demo data: on a later start they would pile up in real data.
  if (config.DEMO_DATA && demoWritten.size) {
    await playDemoIntakes(`http://127.0.0.1:${config.GATEWAY_PORT}/graphql`, config.JWT_SECRET, (m) => console.log(`[demo] ${m}`)).catch((e) =>
      console.error(`[demo] delegated intakes not played: ${String(e.message ?? e)}`),
    );
    await playDemoSupervision(`http://127.0.0.1:${config.GATEWAY_PORT}/graphql`, config.JWT_SECRET, (m) => console.log(`[demo] ${m}`)).catch((e) =>
      console.error(`[demo] reviews, complaints and supervision not played: ${String(e.message ?? e)}`),
    );
  }
  printBanner(config.GATEWAY_PORT, config.DEV_TOKENS, [...databaseLines(config), demoLine(config, demoWritten)]);
}

function prefixLines(prefix: string, d: Buffer): string {
  return d
    .toString()
    .split('\n')
    .map((l) => (l ? prefix + l : l))
    .join('\n');
}

function printBanner(port: number, devTokens: boolean, data: string[]) {
  const base = `http://localhost:${port}`;
  console.log(`
──────────────────────────────────────────────────────────────────────
 联动 Liandong is running
${data.map((l) => `   ${l}`).join('\n')}
   GraphQL gateway : ${base}/graphql      (start page: ${base}/)
   Health          : ${base}/health

 Pages (zh-CN)${devTokens ? '; staff pages offer demo sign-in identities' : ''}:
   Staff console (窗口工作台)          : ${base}/console
     county window (我的办件, 收件)    : ${base}/console#/queue
     township window (乡镇窗口, 委托受理, 待办): ${base}/console#/township-cases
     overview (县乡政务服务总览)       : ${base}/console#/overview
   Public service guides (办事指南)    : ${base}/guide  (网上申报, 投诉)
   Public case tracking (办件查询)     : ${base}/track

 A public query (no token needed):
   curl -s ${base}/graphql -H 'content-type: application/json' \\
     -d '{"query":"{ townships { name items { name supervisingDepartment { name } } } }"}'

 A token for staff queries:
   npm run token -- --role COUNTY_ADMIN
   npm run token -- --role TOWNSHIP_CLERK --township 511099101
   npm run token -- --role COUNTY_CLERK --department SCJG${devTokens ? `\n   or: curl -s '${base}/dev/token?role=SUPERVISOR'` : ''}
 then send it as  -H "authorization: Bearer <token>"
 Press Ctrl-C to stop everything.
──────────────────────────────────────────────────────────────────────`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
