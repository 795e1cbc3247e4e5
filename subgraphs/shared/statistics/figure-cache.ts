import { intervalsOf } from '../config/intervals';

/**
 * Grouped figures kept for a few seconds, shared by every request of one service process. A wall
 * dashboard asks the county for its figures twice per query (its own scope, then the network
 * total) and many screens refresh together; within the time-to-live they are computed once.
 * Figures may therefore be up to `ttlMs` old; a time-to-live of 0 turns the cache off.
 */
export class FigureCache {
  private readonly entries = new Map<string, { until: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => Date,
    private readonly maxEntries = 64,
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const now = this.clock().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { until: now + this.ttlMs, value });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    for (const [old, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && e.until > now) break;
      this.entries.delete(old);
    }
    return value;
  }
}

/** The cache a subgraph process shares between its requests, as configured. */
export function figureCache(config: Parameters<typeof intervalsOf>[0], clock: () => Date = () => new Date()): FigureCache {
  return new FigureCache(intervalsOf(config).statisticsCacheMs, clock);
}
