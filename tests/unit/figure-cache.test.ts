import { FigureCache } from '../../subgraphs/shared/statistics/figure-cache';

/** The figure cache keeps a computation for its time-to-live on the service's clock, never a failure. */
describe('FigureCache', () => {
  let now = 0;
  const clock = () => new Date(now);
  beforeEach(() => (now = Date.parse('2026-11-18T02:00:00Z')));

  const counter = () => {
    let calls = 0;
    return { load: async () => ++calls, calls: () => calls };
  };

  test('within the time-to-live the first result is shared; after it the figures are computed again', async () => {
    const cache = new FigureCache(15_000, clock);
    const c = counter();
    expect(await cache.get('k', c.load)).toBe(1);
    now += 14_999;
    expect(await cache.get('k', c.load)).toBe(1);
    now += 1;
    expect(await cache.get('k', c.load)).toBe(2);
    expect(c.calls()).toBe(2);
  });

  test('simultaneous requests share one computation', async () => {
    const cache = new FigureCache(15_000, clock);
    const c = counter();
    expect(await Promise.all([cache.get('k', c.load), cache.get('k', c.load), cache.get('k', c.load)])).toEqual([1, 1, 1]);
    expect(c.calls()).toBe(1);
  });

  test('keys are kept apart', async () => {
    const cache = new FigureCache(15_000, clock);
    expect(await cache.get('a', async () => 'A')).toBe('A');
    expect(await cache.get('b', async () => 'B')).toBe('B');
    expect(await cache.get('a', async () => 'other')).toBe('A');
  });

  test('a failed computation is not kept: the next request tries again', async () => {
    const cache = new FigureCache(15_000, clock);
    await expect(cache.get('k', async () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await cache.get('k', async () => 'recovered')).toBe('recovered');
  });

  test('a time-to-live of 0 computes every time', async () => {
    const cache = new FigureCache(0, clock);
    const c = counter();
    await cache.get('k', c.load);
    await cache.get('k', c.load);
    expect(c.calls()).toBe(2);
  });

  test('holds at most its limit of entries, dropping the oldest', async () => {
    const cache = new FigureCache(15_000, clock, 3);
    for (const k of ['a', 'b', 'c', 'd']) await cache.get(k, async () => k);
    expect(await cache.get('a', async () => 'a again')).toBe('a again');
    expect(await cache.get('d', async () => 'd again')).toBe('d');
  });
});
