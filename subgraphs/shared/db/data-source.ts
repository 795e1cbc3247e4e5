import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import mysql from 'mysql2/promise';
import type { Logger } from 'pino';
import { CountingSqlLogger } from './query-counter';

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string } // a path, or ':memory:' for throwaway test databases
  | { kind: 'mysql'; url: string; database: string };

export interface DatabaseSetup {
  target: DatabaseTarget;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  log?: Logger;
}

export interface Database {
  dataSource: DataSource;
  sql: CountingSqlLogger;
  kind: DatabaseTarget['kind'];
}

/** Where a subgraph keeps its data: MySQL when a server URL is configured, else an embedded file. */
export function databaseTarget(
  opts: { mysqlUrl?: string; databaseName: string; dataDir: string; sqliteFile: string },
): DatabaseTarget {
  if (opts.mysqlUrl) return { kind: 'mysql', url: opts.mysqlUrl, database: opts.databaseName };
  return { kind: 'sqlite', file: path.resolve(opts.dataDir, opts.sqliteFile) };
}

/** Opens the database and applies pending migrations (never `synchronize`). */
export async function openDatabase(setup: DatabaseSetup): Promise<Database> {
  const sql = new CountingSqlLogger(setup.log);
  const common = {
    entities: setup.entities,
    migrations: setup.migrations,
    migrationsRun: false,
    synchronize: false,
    logger: sql,
    maxQueryExecutionTime: 1000,
  };
  let options: DataSourceOptions;
  if (setup.target.kind === 'sqlite') {
    if (setup.target.file !== ':memory:') fs.mkdirSync(path.dirname(setup.target.file), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: setup.target.file,
      // Request handlers and background workers write concurrently: WAL plus a busy timeout.
      enableWAL: setup.target.file !== ':memory:',
      timeout: 10000,
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('foreign_keys = ON');
      },
    };
  } else {
    const server = parseMysqlUrl(setup.target.url);
    const version = await ensureMysqlDatabase(server, setup.target.database);
    options = {
      ...common,
      // TypeORM reads MariaDB's catalogue (e.g. column defaults, reported as the text 'NULL') only when told it is MariaDB.
      type: isMariaDb(version) ? 'mariadb' : 'mysql',
      host: server.host,
      port: server.port,
      username: server.user,
      password: server.password,
      database: setup.target.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      poolSize: 10,
      connectTimeout: 5000,
    };
  }
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, sql, kind: setup.target.kind };
}

interface MysqlServer {
  host: string;
  port: number;
  user: string;
  password: string;
}

export function parseMysqlUrl(url: string): MysqlServer {
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password || ''),
  };
}

/** `SELECT VERSION()` of a MariaDB server names it (e.g. `10.11.19-MariaDB-0+deb12u1`); MySQL's does not. */
export const isMariaDb = (version: string): boolean => /mariadb/i.test(version);

/** Creates the subgraph's own database on first start (each tier has a database of its own); answers the server's version. */
async function ensureMysqlDatabase(server: MysqlServer, database: string): Promise<string> {
  const conn = await mysql.createConnection({ ...server, connectTimeout: 5000 });
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${database.replace(/[^A-Za-z0-9_]/g, '')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [rows] = await conn.query('SELECT VERSION() AS version');
    return String((rows as { version: string }[])[0].version);
  } finally {
    await conn.end();
  }
}

/** Drops a database (tests only: each test run uses databases of its own). */
export async function dropMysqlDatabase(url: string, database: string): Promise<void> {
  const conn = await mysql.createConnection({ ...parseMysqlUrl(url), connectTimeout: 5000 });
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${database.replace(/[^A-Za-z0-9_]/g, '')}\``);
  } finally {
    await conn.end();
  }
}
