/**
 * Wrong query codes per case number. After `maxWrong` wrong codes within `lockMs` the number is
 * locked for `lockMs`: every client that guessed wrong on it is refused, whatever code it sends
 * next, so a guesser cannot confirm a hit; a client that has not guessed wrong (the applicant at
 * home) still gets the answer with the right code. Memory stays bounded: expired entries are
 * dropped and beyond `maxNumbers` the least recently touched number goes first.
 */
interface NumberState {
  wrong: number;
  windowStart: number;
  lockedUntil: number;
  guessers: Set<string>;
}

export interface GuardVerdict {
  refused: boolean;
  retryAfterSeconds: number;
}

export class TrackingGuard {
  private readonly numbers = new Map<string, NumberState>();

  constructor(private readonly o: { maxWrong: number; lockMs: number; now: () => number; maxNumbers?: number }) {
    if (!Number.isInteger(o.maxWrong) || o.maxWrong < 1) throw new Error('maxWrong must be a whole number of 1 or more');
  }

  get size(): number {
    return this.numbers.size;
  }

  /** Whether this client may look this number up now. */
  check(number: string, client: string): GuardVerdict {
    const now = this.o.now();
    const s = this.current(number, now);
    if (!s || s.lockedUntil <= now || !s.guessers.has(client)) return { refused: false, retryAfterSeconds: 0 };
    return { refused: true, retryAfterSeconds: Math.max(1, Math.ceil((s.lockedUntil - now) / 1000)) };
  }

  /** Counts one wrong code for the number, from this client. */
  wrong(number: string, client: string): void {
    const now = this.o.now();
    const s = this.current(number, now) ?? { wrong: 0, windowStart: now, lockedUntil: 0, guessers: new Set<string>() };
    s.wrong += 1;
    s.guessers.add(client);
    if (s.wrong >= this.o.maxWrong && s.lockedUntil <= now) s.lockedUntil = now + this.o.lockMs;
    this.numbers.delete(number);
    this.numbers.set(number, s);
    this.evict(now);
  }

  /** The number's state, or undefined once both its counting window and its lock are over. */
  private current(number: string, now: number): NumberState | undefined {
    const s = this.numbers.get(number);
    if (s && now - s.windowStart >= this.o.lockMs && s.lockedUntil <= now) {
      this.numbers.delete(number);
      return undefined;
    }
    return s;
  }

  private evict(now: number): void {
    for (const [number, s] of this.numbers) {
      const over = now - s.windowStart >= this.o.lockMs && s.lockedUntil <= now;
      if (!over && this.numbers.size <= (this.o.maxNumbers ?? 100_000)) break;
      this.numbers.delete(number);
    }
  }
}
