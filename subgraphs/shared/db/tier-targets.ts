import type { Config } from '../config/env';
import { databaseTarget, type DatabaseTarget } from './data-source';

export type Tier = 'county' | 'township';

/** Where a tier keeps its data under this configuration (the services and `npm start` agree on it). */
export function tierDatabaseTarget(config: Config, tier: Tier): DatabaseTarget {
  const databaseName = tier === 'county' ? config.COUNTY_DB_NAME : config.TOWNSHIP_DB_NAME;
  return databaseTarget({ mysqlUrl: config.MYSQL_URL, databaseName, dataDir: config.DATA_DIR, sqliteFile: `${tier}.sqlite` });
}

/** The database in words for an operator: the SQLite file, or the MySQL host and database — never the credentials. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `SQLite ${target.file}`;
  let host = '(unparsable MYSQL_URL)';
  try {
    host = new URL(target.url).host;
  } catch {
    // The services refuse such a URL at start with their own message.
  }
  return `MySQL ${host}/${target.database}`;
}
