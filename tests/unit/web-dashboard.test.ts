import { print } from 'graphql';
import {
  CONTACT_STALE_SECONDS,
  FIGURE_COLUMNS,
  figureText,
  figureTitle,
  sortWarnings,
  supervisionText,
  townshipLight,
  type Figures,
  type TownshipStatus,
  type WarningCase,
} from '../../gateway/web/src/dashboard/model';
import { FIGURES_FRAGMENT } from '../../gateway/web/src/dashboard/queries';

const rate = (numerator: number, denominator: number, percent: string) => ({ numerator, denominator, percent });

/** The SPEC's table: 1300 accepted, 1240 completed, none withdrawn, so 60 still pending. */
const figures: Figures = {
  accepted: 1300,
  immediate: 300,
  promised: 1000,
  completed: 1240,
  completionRate: rate(1240, 1300, '95.4%'),
  immediateShare: rate(300, 1300, '23.1%'),
  promisedShare: rate(1000, 1300, '76.9%'),
  promisedCompletionRate: rate(950, 1000, '95.0%'),
  onTimeRate: rate(1200, 1240, '96.8%'),
  earlyRate: rate(1, 80, '1.3%'),
  pending: 60,
  pendingShare: rate(60, 1300, '4.6%'),
  overdueNow: 7,
  expedited: 0,
  online: 130,
  onlineShare: rate(130, 1300, '10.0%'),
  satisfactionRate: null,
};

describe('the figures the dashboard shows (SPEC §4.6)', () => {
  test('every SPEC §4.6 figure, in the order the county reads them', () => {
    expect(FIGURE_COLUMNS.map((c) => c.label)).toEqual([
      '受理',
      '即办件',
      '即办件占比',
      '承诺件',
      '承诺件占比',
      '网上申报',
      '网上申报占比',
      '办结',
      '办结率',
      '承诺件办结率',
      '按时办结率',
      '提前办结率',
      '待办',
      '待办占比',
      '超期',
      '特事特办',
      '满意率',
    ]);
    expect(FIGURE_COLUMNS.map((c) => c.key)).toEqual([
      'accepted',
      'immediate',
      'immediateShare',
      'promised',
      'promisedShare',
      'online',
      'onlineShare',
      'completed',
      'completionRate',
      'promisedCompletionRate',
      'onTimeRate',
      'earlyRate',
      'pending',
      'pendingShare',
      'overdueNow',
      'expedited',
      'satisfactionRate',
    ]);
  });

  test('rates are marked as rates and counts as counts', () => {
    const rates = FIGURE_COLUMNS.filter((c) => c.rate).map((c) => c.label);
    expect(rates).toEqual(['即办件占比', '承诺件占比', '网上申报占比', '办结率', '承诺件办结率', '按时办结率', '提前办结率', '待办占比', '满意率']);
  });

  test('the query asks for every figure shown, and each rate with its fraction', () => {
    const asked = print(FIGURES_FRAGMENT).replace(/\s+/g, ' ');
    for (const c of FIGURE_COLUMNS) {
      if (c.rate) expect(asked).toContain(`${c.key} { numerator denominator percent }`);
      else expect(asked.split(' ')).toContain(c.key);
    }
  });
});

describe('figure cells', () => {
  test('a count reads as the number, zero included', () => {
    expect(figureText(figures, 'accepted')).toBe('1300');
    expect(figureText(figures, 'overdueNow')).toBe('7');
    expect(figureText(figures, 'pending')).toBe('60');
    expect(figureText(figures, 'immediate')).toBe('300');
    expect(figureText(figures, 'promised')).toBe('1000');
    expect(figureText(figures, 'expedited')).toBe('0');
    expect(figureText(figures, 'online')).toBe('130');
  });

  test('a rate reads as the server percent', () => {
    expect(figureText(figures, 'completionRate')).toBe('95.4%');
    expect(figureText(figures, 'pendingShare')).toBe('4.6%');
    expect(figureText(figures, 'promisedCompletionRate')).toBe('95.0%');
    expect(figureText(figures, 'earlyRate')).toBe('1.3%');
    expect(figureText(figures, 'onlineShare')).toBe('10.0%');
  });

  test('a rate with nothing to divide by reads as a dash and has no tooltip', () => {
    expect(figureText(figures, 'satisfactionRate')).toBe('—');
    expect(figureTitle(figures, 'satisfactionRate')).toBeNull();
  });

  test("a rate's tooltip is the exact fraction behind the rounded percent", () => {
    expect(figureTitle(figures, 'completionRate')).toBe('1240 / 1300');
    expect(figureTitle(figures, 'earlyRate')).toBe('1 / 80');
    expect(figureTitle(figures, 'pendingShare')).toBe('60 / 1300');
    expect(figureTitle(figures, 'onlineShare')).toBe('130 / 1300');
  });

  test('a count has no tooltip, zero included', () => {
    expect(figureTitle(figures, 'accepted')).toBeNull();
    expect(figureTitle(figures, 'pending')).toBeNull();
  });

  test('every column gives text for a scope with no cases at all', () => {
    const empty: Figures = {
      accepted: 0,
      immediate: 0,
      promised: 0,
      completed: 0,
      completionRate: null,
      immediateShare: null,
      promisedShare: null,
      promisedCompletionRate: null,
      onTimeRate: null,
      earlyRate: null,
      pending: 0,
      pendingShare: null,
      overdueNow: 0,
      expedited: 0,
      online: 0,
      onlineShare: null,
      satisfactionRate: null,
    };
    expect(FIGURE_COLUMNS.map((c) => figureText(empty, c.key))).toEqual(['0', '0', '—', '0', '—', '0', '—', '0', '—', '—', '—', '—', '0', '—', '0', '0', '—']);
    expect(FIGURE_COLUMNS.map((c) => figureTitle(empty, c.key))).toEqual(Array(17).fill(null));
  });
});

describe('township traffic light', () => {
  const now = new Date('2026-11-20T02:00:00.000Z');
  const LIMIT = 30; // forwarding limit, minutes
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
  const status = (p: Partial<TownshipStatus> = {}): TownshipStatus => ({
    open: true,
    todayIntake: 3,
    backlog: 2,
    overdue: 0,
    waitingForward: 0,
    oldestWaitingSeconds: null,
    lastCountyContactAt: ago(120),
    ...p,
  });

  test('no status (the township service did not answer) is GREY', () => {
    expect(townshipLight(null, LIMIT, now)).toEqual({ light: 'GREY', reasons: ['状态未知'] });
  });

  test('nothing overdue, nothing waiting, recent contact: GREEN', () => {
    expect(townshipLight(status(), LIMIT, now)).toEqual({ light: 'GREEN', reasons: ['运行正常'] });
  });

  test('a backlog and today’s intake alone do not change the light', () => {
    expect(townshipLight(status({ backlog: 40, todayIntake: 25 }), LIMIT, now).light).toBe('GREEN');
  });

  test('overdue cases make it RED', () => {
    expect(townshipLight(status({ overdue: 2 }), LIMIT, now)).toEqual({ light: 'RED', reasons: ['超期2件'] });
  });

  test('an intake waiting longer than the forwarding limit makes it RED', () => {
    const r = townshipLight(status({ waitingForward: 1, oldestWaitingSeconds: LIMIT * 60 + 1 }), LIMIT, now);
    expect(r).toEqual({ light: 'RED', reasons: ['转报滞留30分钟'] });
    expect(townshipLight(status({ waitingForward: 3, oldestWaitingSeconds: 2 * 3600 + 5 * 60 }), LIMIT, now)).toEqual({
      light: 'RED',
      reasons: ['转报滞留2小时5分'],
    });
  });

  test('intakes waiting within the limit make it YELLOW', () => {
    expect(townshipLight(status({ waitingForward: 3, oldestWaitingSeconds: 600 }), LIMIT, now)).toEqual({ light: 'YELLOW', reasons: ['待转报3件'] });
  });

  test('an intake waiting exactly the forwarding limit is still YELLOW, one second more is RED', () => {
    expect(townshipLight(status({ waitingForward: 1, oldestWaitingSeconds: LIMIT * 60 }), LIMIT, now)).toEqual({ light: 'YELLOW', reasons: ['待转报1件'] });
    expect(townshipLight(status({ waitingForward: 1, oldestWaitingSeconds: LIMIT * 60 + 1 }), LIMIT, now).light).toBe('RED');
  });

  test('the limit is the one given: the same wait is RED under a shorter limit', () => {
    const s = status({ waitingForward: 1, oldestWaitingSeconds: 20 * 60 });
    expect(townshipLight(s, 30, now).light).toBe('YELLOW');
    expect(townshipLight(s, 15, now).light).toBe('RED');
  });

  test('waiting intakes with an unknown wait count as within the limit', () => {
    expect(townshipLight(status({ waitingForward: 2, oldestWaitingSeconds: null }), LIMIT, now)).toEqual({ light: 'YELLOW', reasons: ['待转报2件'] });
  });

  test('no contact with the county for more than an hour makes it YELLOW', () => {
    expect(CONTACT_STALE_SECONDS).toBe(3600);
    expect(townshipLight(status({ lastCountyContactAt: ago(2 * 3600 + 5 * 60) }), LIMIT, now)).toEqual({
      light: 'YELLOW',
      reasons: ['2小时5分未与县中心联系'],
    });
  });

  test('contact exactly CONTACT_STALE_SECONDS ago is still fresh, one second more is stale', () => {
    expect(townshipLight(status({ lastCountyContactAt: ago(CONTACT_STALE_SECONDS) }), LIMIT, now).light).toBe('GREEN');
    expect(townshipLight(status({ lastCountyContactAt: ago(CONTACT_STALE_SECONDS + 1) }), LIMIT, now)).toEqual({
      light: 'YELLOW',
      reasons: ['1小时未与县中心联系'],
    });
  });

  test('a township that never contacted the county is YELLOW, even with nothing waiting', () => {
    expect(townshipLight(status({ lastCountyContactAt: null }), LIMIT, now)).toEqual({ light: 'YELLOW', reasons: ['未与县中心联系'] });
  });

  test('every yellow reason is listed', () => {
    expect(townshipLight(status({ waitingForward: 2, oldestWaitingSeconds: 60, lastCountyContactAt: null }), LIMIT, now)).toEqual({
      light: 'YELLOW',
      reasons: ['待转报2件', '未与县中心联系'],
    });
  });

  test('RED lists its reasons first, then the yellow ones', () => {
    expect(
      townshipLight(status({ overdue: 1, waitingForward: 2, oldestWaitingSeconds: 3 * 86400 + 4 * 3600, lastCountyContactAt: ago(2 * 86400) }), LIMIT, now),
    ).toEqual({ light: 'RED', reasons: ['超期1件', '转报滞留3天4小时', '2天未与县中心联系'] });
    expect(townshipLight(status({ overdue: 4, waitingForward: 1, oldestWaitingSeconds: 60 }), LIMIT, now)).toEqual({
      light: 'RED',
      reasons: ['超期4件', '待转报1件'],
    });
  });

  test('a stale wait with nothing left waiting is not a reason', () => {
    expect(townshipLight(status({ waitingForward: 0, oldestWaitingSeconds: 86400 }), LIMIT, now).light).toBe('GREEN');
  });
});

describe('warning list order', () => {
  const warning = (number: string, level: 'YELLOW' | 'RED', dueDate: string | null): WarningCase => ({
    number,
    tier: 'COUNTY',
    itemName: '食品经营许可',
    unitName: '临江县市场监督管理局',
    statusLabel: '办理中',
    level,
    dueDate,
    workingDaysLeft: null,
    origin: null,
    supervision: null,
  });

  test('RED before YELLOW, then the earliest due date first, no due date last', () => {
    const input = [
      warning('Y-late', 'YELLOW', '2026-11-30'),
      warning('R-none', 'RED', null),
      warning('Y-early', 'YELLOW', '2026-11-21'),
      warning('R-late', 'RED', '2026-11-25'),
      warning('Y-none', 'YELLOW', null),
      warning('R-early', 'RED', '2026-11-10'),
    ];
    expect(sortWarnings(input).map((c) => c.number)).toEqual(['R-early', 'R-late', 'R-none', 'Y-early', 'Y-late', 'Y-none']);
  });

  test('a RED case due later still comes before a YELLOW case due earlier', () => {
    expect(sortWarnings([warning('Y', 'YELLOW', '2026-01-01'), warning('R', 'RED', '2026-12-31')]).map((c) => c.number)).toEqual(['R', 'Y']);
  });

  test('cases of the same level and due date keep a stable order by number', () => {
    const input = [warning('SCJG-20261102-0003', 'RED', '2026-11-10'), warning('SCJG-20261102-0001', 'RED', '2026-11-10'), warning('SCJG-20261102-0002', 'RED', '2026-11-10')];
    expect(sortWarnings(input).map((c) => c.number)).toEqual(['SCJG-20261102-0001', 'SCJG-20261102-0002', 'SCJG-20261102-0003']);
  });

  test('does not reorder the list it is given', () => {
    const input = [warning('Y', 'YELLOW', '2026-11-21'), warning('R', 'RED', '2026-11-25')];
    const copy = [...input];
    const sorted = sortWarnings(input);
    expect(input).toEqual(copy);
    expect(input.map((c) => c.number)).toEqual(['Y', 'R']);
    expect(sorted).not.toBe(input);
  });

  test('an empty list stays empty', () => {
    expect(sortWarnings([])).toEqual([]);
  });
});

describe('supervision text', () => {
  test('no supervision', () => {
    expect(supervisionText(null)).toBe('未督办');
  });

  test('open or answered, and who opened it', () => {
    expect(supervisionText({ number: 'DB-1', status: 'OPEN', origin: 'AUTO' })).toBe('督办中（自动）');
    expect(supervisionText({ number: 'DB-2', status: 'OPEN', origin: 'MANUAL' })).toBe('督办中（人工）');
    expect(supervisionText({ number: 'DB-3', status: 'CLOSED', origin: 'AUTO' })).toBe('已反馈（自动）');
    expect(supervisionText({ number: 'DB-4', status: 'CLOSED', origin: 'MANUAL' })).toBe('已反馈（人工）');
  });
});
