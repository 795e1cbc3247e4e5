import { TokenBuckets } from '../../gateway/token-buckets';

function buckets(perMinute: number, maxKeys?: number) {
  let now = 1_000_000;
  const b = new TokenBuckets({ perMinute, now: () => now, maxKeys });
  return { b, advance: (ms: number) => (now += ms), setBack: (ms: number) => (now -= ms) };
}

test('allows a burst of perMinute, then refuses with the wait in seconds', () => {
  const { b } = buckets(3);
  expect([b.take('a'), b.take('a'), b.take('a')].every((r) => r.allowed)).toBe(true);
  expect(b.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
});

test('refills continuously: one token per 60/perMinute seconds, never above perMinute', () => {
  const { b, advance } = buckets(3);
  for (let i = 0; i < 3; i++) b.take('a');
  advance(19_999);
  expect(b.take('a').allowed).toBe(false);
  advance(1);
  expect(b.take('a').allowed).toBe(true);
  expect(b.take('a').allowed).toBe(false);
  advance(10 * 60_000);
  expect([b.take('a'), b.take('a'), b.take('a'), b.take('a')].map((r) => r.allowed)).toEqual([true, true, true, false]);
});

test('keys are independent', () => {
  const { b } = buckets(1);
  expect(b.take('a').allowed).toBe(true);
  expect(b.take('a').allowed).toBe(false);
  expect(b.take('b').allowed).toBe(true);
});

test('a cost is taken all or none', () => {
  const { b } = buckets(3);
  expect(b.take('a', 2).allowed).toBe(true);
  expect(b.take('a', 2).allowed).toBe(false);
  expect(b.take('a', 1).allowed).toBe(true);
});

test('a refused request does not drain the bucket further', () => {
  const { b, advance } = buckets(2);
  b.take('a');
  b.take('a');
  for (let i = 0; i < 10; i++) b.take('a');
  advance(30_000);
  expect(b.take('a').allowed).toBe(true);
});

test('a clock set back neither refills nor drains', () => {
  const { b, setBack } = buckets(2);
  b.take('a');
  setBack(5 * 60_000);
  expect(b.take('a').allowed).toBe(true);
  expect(b.take('a').allowed).toBe(false);
});

test('memory stays bounded: idle buckets are dropped, and the oldest beyond the cap', () => {
  const { b, advance } = buckets(5, 100);
  for (let i = 0; i < 50; i++) b.take(`idle-${i}`);
  advance(60_000);
  b.take('fresh');
  expect(b.size).toBe(1);
  for (let i = 0; i < 500; i++) b.take(`flood-${i}`);
  expect(b.size).toBe(100);
});
