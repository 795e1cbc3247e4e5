import { loadConfig } from '../../subgraphs/shared/config/env';
import { databaseLines, demoLine } from '../../scripts/lib/start-report';
import { demoWrittenMessage, tiersThatWroteDemo } from '../../subgraphs/shared/demo/announce';
import { captureLog } from '../support/log-capture';

test('names the SQLite files, or the MySQL host and databases without the credentials', () => {
  expect(databaseLines(loadConfig({ DATA_DIR: '/srv/liandong' }))).toEqual(['county  : SQLite /srv/liandong/county.sqlite', 'township: SQLite /srv/liandong/township.sqlite']);
  const mysql = databaseLines(loadConfig({ MYSQL_URL: 'mysql://liandong:s3cret@db-host:3306' }));
  expect(mysql).toEqual(['county  : MySQL db-host:3306/liandong_county', 'township: MySQL db-host:3306/liandong_township']);
  expect(mysql.join()).not.toMatch(/s3cret|liandong:/);
});

test("hears from the services' own log lines which tiers wrote demo data", () => {
  const { lines, log } = captureLog('county', 'info');
  log.info('county subgraph ready');
  log.info(demoWrittenMessage('county'));
  const text = lines.map((l) => JSON.stringify(l)).join('\n');
  expect(tiersThatWroteDemo(text)).toEqual(['county']);
  expect(tiersThatWroteDemo('{"msg":"township subgraph ready"}')).toEqual([]);
});

test('says "demo data" only when some was written on this start', () => {
  const config = loadConfig({});
  expect(demoLine(config, new Set(['county', 'township']))).toBe('Demo data: written on this start (county, township)');
  expect(demoLine(config, new Set())).toBe('Demo data: none written (the databases already had data)');
  expect(demoLine(loadConfig({ DEMO_DATA: 'false' }), new Set())).toBe('Demo data: off (DEMO_DATA=false)');
  expect(demoLine(loadConfig({ LOG_LEVEL: 'warn' }), new Set())).toBe('Demo data: not reported (LOG_LEVEL=warn hides it)');
});
