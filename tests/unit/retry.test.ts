import { isTransientLockError, retryOnDeadlock } from '../../subgraphs/shared/db/retry';

test('deadlocks and lock timeouts of MySQL and a busy SQLite count as transient; other errors do not', () => {
  expect(isTransientLockError({ driverError: { code: 'ER_LOCK_DEADLOCK', errno: 1213 } })).toBe(true);
  expect(isTransientLockError({ errno: 1205 })).toBe(true);
  expect(isTransientLockError({ code: 'SQLITE_BUSY' })).toBe(true);
  expect(isTransientLockError({ code: 'ER_DUP_ENTRY', errno: 1062 })).toBe(false);
  expect(isTransientLockError(new Error('boom'))).toBe(false);
});

test('a deadlocked transaction is run again until it succeeds', async () => {
  let runs = 0;
  const result = await retryOnDeadlock(async () => {
    runs += 1;
    if (runs < 3) throw Object.assign(new Error('Deadlock found'), { errno: 1213 });
    return 'done';
  });
  expect(result).toBe('done');
  expect(runs).toBe(3);
});

test('other errors and exhausted retries are passed on', async () => {
  let runs = 0;
  await expect(retryOnDeadlock(async () => {
    runs += 1;
    throw new Error('not transient');
  })).rejects.toThrow('not transient');
  expect(runs).toBe(1);
  runs = 0;
  await expect(retryOnDeadlock(async () => {
    runs += 1;
    throw Object.assign(new Error('Deadlock found'), { errno: 1213 });
  }, 3)).rejects.toThrow('Deadlock');
  expect(runs).toBe(3);
});
