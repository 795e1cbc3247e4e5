import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';
import { isUniqueViolation } from './unique-violation';
import { isTransientLockError } from './retry';

/**
 * Counts every SQL statement a data source sends, so tests and benchmarks can prove
 * that entity resolution is batched (a bounded number of statements per request).
 */
export class CountingSqlLogger implements TypeOrmLogger {
  statements = 0;
  /** Every statement since start-up; `reset` leaves it alone (it backs the /metrics counter). */
  total = 0;
  constructor(private readonly out?: Logger) {}

  reset(): number {
    const n = this.statements;
    this.statements = 0;
    return n;
  }

  logQuery(): void {
    this.statements += 1;
    this.total += 1;
  }
  /**
   * A unique key refusing a row (a repeated requestId, a code already in use) and a deadlock victim
   * are expected under concurrency: the caller answers with the first result or DUPLICATE, or runs
   * the transaction again. One the caller does not handle still reaches the resolver's error log.
   */
  logQueryError(error: string | Error, query: string): void {
    const sql = query.slice(0, 500);
    if (isUniqueViolation(error)) {
      this.out?.debug({ err: String(error), query: sql, outcome: 'unique key refused the row; answered as a repeat or DUPLICATE' }, 'SQL statement refused by a unique key');
    } else if (isTransientLockError(error)) {
      this.out?.debug({ err: String(error), query: sql, outcome: 'lock conflict; the transaction runs again' }, 'SQL statement lost a lock conflict');
    } else {
      this.out?.error({ err: String(error), query: sql }, 'SQL statement failed');
    }
  }
  logQuerySlow(time: number, query: string): void {
    this.out?.warn({ ms: time, query: query.slice(0, 500) }, 'slow SQL statement');
  }
  logSchemaBuild(message: string): void {
    this.out?.debug(message);
  }
  logMigration(message: string): void {
    this.out?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out?.warn(String(message));
    else this.out?.debug(String(message));
  }
}
