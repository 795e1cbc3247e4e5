/** A seeded PRNG, so the demo data comes out the same on every machine and every start. */
/** mulberry32: a tiny 32-bit generator, good enough for demo data and identical on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 code units: turns a name such as 'county' into a seed. */
function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number | string) {
    this.next = mulberry32(typeof seed === 'string' ? hashSeed(seed) : seed);
  }

  /** In [0, 1). */
  float(): number {
    return this.next();
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    if (max <= min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('cannot pick from an empty list');
    return list[Math.floor(this.next() * list.length)];
  }

  weighted<T>(list: readonly T[], weight: (t: T) => number): T {
    if (list.length === 0) throw new Error('cannot pick from an empty list');
    const total = list.reduce((s, t) => s + Math.max(0, weight(t)), 0);
    let r = this.next() * total;
    for (const t of list) {
      r -= Math.max(0, weight(t));
      if (r < 0) return t;
    }
    return list[list.length - 1];
  }

  /** k distinct elements in their original order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const idx = list.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx
      .slice(0, Math.min(k, list.length))
      .sort((a, b) => a - b)
      .map((i) => list[i]);
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i += 1) s += String(Math.floor(this.next() * 10));
    return s;
  }

  /** `parts` whole numbers of 0 or more that add up to `total`. */
  split(total: number, parts: number): number[] {
    const cuts = Array.from({ length: parts - 1 }, () => this.int(0, total)).sort((a, b) => a - b);
    const out: number[] = [];
    let prev = 0;
    for (const c of cuts) {
      out.push(c - prev);
      prev = c;
    }
    out.push(total - prev);
    return out;
  }
}
