import { isUniqueViolation } from './unique-violation';

/** True for errors after which the whole transaction may simply be run again. */
export function isTransientLockError(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = err?.driverError?.code ?? err?.code;
  const errno = err?.driverError?.errno ?? err?.errno;
  return code === 'ER_LOCK_DEADLOCK' || errno === 1213 || code === 'ER_LOCK_WAIT_TIMEOUT' || errno === 1205 || code === 'SQLITE_BUSY';
}

/**
 * Runs a transaction again when the database chose it as a deadlock victim, as MySQL
 * recommends; concurrent first-of-the-day case numbers can collide that way.
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (e) {
      if (i >= attempts || !isTransientLockError(e)) throw e;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * i));
    }
  }
}

/**
 * Runs a read-then-save transaction once more when a concurrent one inserted the same key first:
 * the second run reads that row and updates it. Two administrators saving the same day at once
 * both succeed, the later one's values kept.
 */
export async function retryAfterInsertRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await retryOnDeadlock(run);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return retryOnDeadlock(run);
  }
}
