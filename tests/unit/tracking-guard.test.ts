import { TrackingGuard } from '../../gateway/tracking-guard';

const MINUTE = 60_000;

function guard(maxWrong = 3, lockMinutes = 15) {
  let now = 1_000_000;
  const g = new TrackingGuard({ maxWrong, lockMs: lockMinutes * MINUTE, now: () => now, maxNumbers: 3 });
  return { g, advance: (ms: number) => (now += ms) };
}

test('below the limit nobody is refused', () => {
  const { g } = guard();
  g.wrong('N1', 'attacker');
  g.wrong('N1', 'attacker');
  expect(g.check('N1', 'attacker')).toEqual({ refused: false, retryAfterSeconds: 0 });
});

test('at the limit the number locks for every client that guessed wrong on it', () => {
  const { g } = guard();
  g.wrong('N1', 'a');
  g.wrong('N1', 'b');
  g.wrong('N1', 'a');
  expect(g.check('N1', 'a')).toEqual({ refused: true, retryAfterSeconds: 15 * 60 });
  expect(g.check('N1', 'b').refused).toBe(true);
});

test('a client that has not guessed wrong still looks the number up; other numbers are not affected', () => {
  const { g } = guard();
  for (let i = 0; i < 3; i++) g.wrong('N1', 'attacker');
  expect(g.check('N1', 'applicant').refused).toBe(false);
  expect(g.check('N2', 'attacker').refused).toBe(false);
  // One wrong guess while locked and that client is refused too.
  g.wrong('N1', 'applicant');
  expect(g.check('N1', 'applicant').refused).toBe(true);
});

test('the lock ends after its time, and the count starts again', () => {
  const { g, advance } = guard();
  for (let i = 0; i < 3; i++) g.wrong('N1', 'a');
  advance(14 * MINUTE);
  expect(g.check('N1', 'a')).toEqual({ refused: true, retryAfterSeconds: 60 });
  advance(MINUTE);
  expect(g.check('N1', 'a').refused).toBe(false);
  g.wrong('N1', 'a');
  expect(g.check('N1', 'a').refused).toBe(false);
});

test('wrong codes spread beyond the window do not add up to a lock', () => {
  const { g, advance } = guard();
  g.wrong('N1', 'a');
  g.wrong('N1', 'a');
  advance(16 * MINUTE);
  g.wrong('N1', 'a');
  expect(g.check('N1', 'a').refused).toBe(false);
});

test('memory stays bounded: beyond maxNumbers the least recently touched number goes', () => {
  const { g } = guard();
  for (const n of ['N1', 'N2', 'N3', 'N4']) g.wrong(n, 'a');
  expect(g.size).toBe(3);
});

test('maxWrong must be a whole number of at least 1', () => {
  expect(() => new TrackingGuard({ maxWrong: 0, lockMs: MINUTE, now: () => 0 })).toThrow(/maxWrong/);
});
