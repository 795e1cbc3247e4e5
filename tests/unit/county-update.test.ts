import { checkUpdate, patchOf, verdictOf, type CountyUpdate } from '../../subgraphs/township/county-update';
import type { DelegatedIntakeRow } from '../../subgraphs/township/entities';

const base = {
  countyVersion: 0,
  version: 3,
  countyStatus: 'ACCEPTED',
  forwardedAt: new Date('2026-11-16T02:00:00.000Z'),
  dueDate: '2026-11-23',
  dueAt: new Date('2026-11-23T15:59:59.999Z'),
  pausedAt: null,
  pausedWorkingDays: 0,
  uncertainYears: null,
  expedited: false,
  missingMaterials: [],
  supplementRequestedAt: null,
} as unknown as DelegatedIntakeRow;

const update = (over: Partial<CountyUpdate> = {}): CountyUpdate => ({
  messageKey: 'case:x:v3',
  intakeId: 'i',
  countyCaseId: 'c',
  countyCaseNumber: 'SCJG-20261116-0001',
  previousVersion: 2,
  version: 3,
  step: 'start',
  toStatus: 'IN_PROGRESS',
  unitName: '临江县市场监督管理局',
  at: '2026-11-17T02:00:00.000Z',
  ...over,
});

describe('verdictOf: each county version once, in order', () => {
  test.each([
    ['first update after the receipt', 0, 1, 2, 'apply'],
    ['the next version', 2, 2, 3, 'apply'],
    ['a repeat of the last version', 3, 2, 3, 'applied'],
    ['an older version', 5, 2, 3, 'applied'],
    ['a version beyond a missing one', 2, 3, 4, 'gap'],
    ['a first update that is not the first', 0, 2, 3, 'gap'],
  ])('%s', (_, held, previousVersion, version, verdict) => {
    expect(verdictOf({ countyVersion: held }, { previousVersion, version })).toBe(verdict);
  });
  test('a message without previousVersion (queued by an older version) applies when newer', () => {
    expect(verdictOf({ countyVersion: 2 }, { version: 5, previousVersion: null })).toBe('apply');
    expect(verdictOf({ countyVersion: 5 }, { version: 5 })).toBe('applied');
  });
});

describe('patchOf: the message replaces the township copy in full', () => {
  test('the whole clock travels: due instant, pause, added days, uncertain years, expedited', () => {
    const p = patchOf(base, update({ step: 'requestSupplement', toStatus: 'SUPPLEMENT_REQUESTED', dueAt: '2026-11-24T15:59:59.999Z', dueDate: '2026-11-24', pausedAt: '2026-11-17T02:00:00.000Z', pausedWorkingDays: 1, uncertainYears: [2027], expedited: true, missingMaterials: ['场所使用证明'] }), new Date());
    expect(p).toMatchObject({
      countyStatus: 'SUPPLEMENT_REQUESTED',
      countyVersion: 3,
      dueDate: '2026-11-24',
      dueAt: new Date('2026-11-24T15:59:59.999Z'),
      pausedAt: new Date('2026-11-17T02:00:00.000Z'),
      pausedWorkingDays: 1,
      uncertainYears: '2027',
      expedited: true,
      missingMaterials: ['场所使用证明'],
      supplementRequestedAt: new Date('2026-11-17T02:00:00.000Z'),
      version: 4,
    });
  });
  test('a later snapshot still opens a supplement request the township never saw as a step', () => {
    const p = patchOf(base, update({ step: 'expedite', toStatus: 'SUPPLEMENT_REQUESTED', pausedAt: '2026-11-17T02:00:00.000Z', missingMaterials: ['场所使用证明'], expedited: true }), new Date());
    expect(p.supplementRequestedAt).toEqual(new Date('2026-11-17T02:00:00.000Z'));
    expect(p.missingMaterials).toEqual(['场所使用证明']);
  });
  test('a resumed clock clears the pause; an unchanged supplement request keeps its time', () => {
    const paused = { ...base, countyStatus: 'SUPPLEMENT_REQUESTED', pausedAt: new Date('2026-11-17T02:00:00.000Z'), supplementRequestedAt: new Date('2026-11-17T02:00:00.000Z') } as DelegatedIntakeRow;
    expect(patchOf(paused, update({ step: 'resubmit', toStatus: 'ACCEPTED', pausedAt: null }), new Date())).toMatchObject({ pausedAt: null });
    expect(patchOf(paused, update({ step: 'expedite', toStatus: 'SUPPLEMENT_REQUESTED', pausedAt: '2026-11-17T02:00:00.000Z' }), new Date()).supplementRequestedAt).toBeUndefined();
  });
});

describe('checkUpdate', () => {
  test.each([['at', { at: 'yesterday' }], ['dueAt', { dueAt: 'soon' }], ['pausedAt', { pausedAt: '2026-13-45' }], ['version', { version: 0 }]])('refuses a bad %s', (_, over) => {
    expect(() => checkUpdate(update(over as Partial<CountyUpdate>))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
  test('takes a whole update', () => expect(() => checkUpdate(update({ dueAt: '2026-11-24T15:59:59.999Z', pausedAt: null }))).not.toThrow());
});
