/**
 * Token buckets, one per key (a client address): each holds up to `perMinute` tokens and refills
 * continuously at `perMinute` a minute. Memory stays bounded: a bucket idle long enough to be
 * full again is the same as no bucket and is dropped, and beyond `maxKeys` the least recently
 * used bucket goes first.
 */
export interface TakeResult {
  allowed: boolean;
  /** Whole seconds until the request could succeed; 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MINUTE_MS = 60_000;

export class TokenBuckets {
  /** In order of last use, oldest first (a Map keeps insertion order; a touched key is re-inserted). */
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly o: { perMinute: number; now: () => number; maxKeys?: number },
  ) {
    if (!Number.isInteger(o.perMinute) || o.perMinute < 1) throw new Error('perMinute must be a whole number of 1 or more');
    this.refillPerMs = o.perMinute / MINUTE_MS;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Takes `cost` tokens from the key's bucket, all or none. */
  take(key: string, cost = 1): TakeResult {
    const now = this.o.now();
    this.evictIdle(now);
    const capacity = this.o.perMinute;
    const b = this.buckets.get(key);
    // A clock set back (tests, NTP) must not drain a bucket: elapsed time is never negative.
    const tokens = b ? Math.min(capacity, b.tokens + Math.max(0, now - b.at) * this.refillPerMs) : capacity;
    this.buckets.delete(key);
    if (tokens >= cost) {
      this.buckets.set(key, { tokens: tokens - cost, at: now });
      this.evictOverflow();
      return { allowed: true, retryAfterSeconds: 0 };
    }
    this.buckets.set(key, { tokens, at: now });
    this.evictOverflow();
    const missing = Math.min(cost, capacity) - tokens;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / this.refillPerMs / 1000)) };
  }

  private evictIdle(now: number): void {
    const fullAfterMs = MINUTE_MS;
    for (const [key, b] of this.buckets) {
      if (now - b.at < fullAfterMs) break; // the rest were used more recently
      this.buckets.delete(key);
    }
  }

  private evictOverflow(): void {
    const max = this.o.maxKeys ?? 100_000;
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= max) break;
      this.buckets.delete(key);
    }
  }
}
