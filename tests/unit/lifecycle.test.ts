import { WorkCalendar } from '../../subgraphs/shared/domain/calendar';
import {
  ACTION_LABELS_ZH,
  ActionInput,
  allowedActions,
  applyAction,
  CaseAction,
  CaseState,
  CaseStatus,
  initialCaseState,
  canExpedite,
  isCompleted,
  isOpen,
  isTerminal,
  SPECIAL_PROCEDURE_CODES,
  STATUS_LABELS_ZH,
  TransitionContext,
} from '../../subgraphs/shared/domain/lifecycle';
import { bj, deepFreeze, domainErrorOf, expectDomainError } from './support';

const calendar = new WorkCalendar();
const ctxAt = (now: Date, promisedDays = 5): TransitionContext => ({
  now,
  calendar,
  item: { kind: 'PROMISED', promisedDays },
});
const ctx = ctxAt(bj('2026-11-09 10:00'));

const ALL_STATUSES: CaseStatus[] = [
  'RECEIVED',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'SUPPLEMENT_REQUESTED',
  'IN_PROGRESS',
  'SPECIAL_PROCEDURE',
  'APPROVED',
  'REJECTED',
  'DELIVERED',
  'WITHDRAWN',
];
const ALL_ACTIONS: CaseAction[] = [
  'accept',
  'notAccept',
  'requestSupplement',
  'resubmit',
  'start',
  'recordStep',
  'enterSpecialProcedure',
  'resume',
  'approve',
  'reject',
  'deliver',
  'withdraw',
];

/** Input that satisfies every action's own requirements, so only legality decides. */
const FULL_INPUT: ActionInput = {
  reason: 'Materials do not meet the statutory form',
  note: 'checked at window 3',
  missingMaterials: ['营业执照副本', '法定代表人身份证复印件'],
  step: 'REVIEW',
  specialProcedureKind: 'EXTENSION',
  resultDocumentNumber: '县市监准字〔2026〕第118号',
  deliveryMethod: 'EXPRESS',
  trackingNumber: 'SF1234567890',
};

/** SPEC §4.2 written out independently of the implementation: status → action → status reached. */
const EXPECTED: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
  RECEIVED: { accept: 'ACCEPTED', notAccept: 'NOT_ACCEPTED', requestSupplement: 'SUPPLEMENT_REQUESTED', withdraw: 'WITHDRAWN' },
  ACCEPTED: {
    requestSupplement: 'SUPPLEMENT_REQUESTED',
    start: 'IN_PROGRESS',
    approve: 'APPROVED',
    reject: 'REJECTED',
    withdraw: 'WITHDRAWN',
  },
  IN_PROGRESS: {
    requestSupplement: 'SUPPLEMENT_REQUESTED',
    recordStep: 'IN_PROGRESS',
    enterSpecialProcedure: 'SPECIAL_PROCEDURE',
    approve: 'APPROVED',
    reject: 'REJECTED',
    withdraw: 'WITHDRAWN',
  },
  // Reached here via ACCEPTED, so resubmit returns to ACCEPTED.
  SUPPLEMENT_REQUESTED: { resubmit: 'ACCEPTED', withdraw: 'WITHDRAWN' },
  SPECIAL_PROCEDURE: { resume: 'IN_PROGRESS', withdraw: 'WITHDRAWN' },
  APPROVED: { deliver: 'DELIVERED' },
  REJECTED: { deliver: 'DELIVERED' },
  NOT_ACCEPTED: {},
  DELIVERED: {},
  WITHDRAWN: {},
};

/** The shortest path to each status from a new case. */
const PATHS: Record<CaseStatus, CaseAction[]> = {
  RECEIVED: [],
  ACCEPTED: ['accept'],
  NOT_ACCEPTED: ['notAccept'],
  SUPPLEMENT_REQUESTED: ['accept', 'requestSupplement'],
  IN_PROGRESS: ['accept', 'start'],
  SPECIAL_PROCEDURE: ['accept', 'start', 'enterSpecialProcedure'],
  APPROVED: ['accept', 'approve'],
  REJECTED: ['accept', 'reject'],
  DELIVERED: ['accept', 'approve', 'deliver'],
  WITHDRAWN: ['withdraw'],
};

function run(actions: CaseAction[], input: ActionInput = FULL_INPUT, context = ctx): CaseState {
  return actions.reduce((s, a) => applyAction(s, a, input, context).state, initialCaseState());
}

function stateIn(status: CaseStatus): CaseState {
  const s = run(PATHS[status]);
  expect(s.status).toBe(status);
  return s;
}

describe('every action from every status (table-driven)', () => {
  const cells = ALL_STATUSES.flatMap((status) => ALL_ACTIONS.map((action) => [status, action] as const));
  const legal = cells.filter(([s, a]) => EXPECTED[s][a] !== undefined);
  const illegal = cells.filter(([s, a]) => EXPECTED[s][a] === undefined);

  it('covers all 120 pairs: 21 legal, 99 illegal', () => {
    expect(legal).toHaveLength(21);
    expect(illegal).toHaveLength(99);
  });

  it.each(legal)('%s --%s--> allowed', (status, action) => {
    const before = deepFreeze(stateIn(status));
    const { state, history } = applyAction(before, action, FULL_INPUT, ctx);
    expect(state.status).toBe(EXPECTED[status][action]);
    expect(history.fromStatus).toBe(status);
    expect(history.toStatus).toBe(EXPECTED[status][action]);
    expect(history.step).toBe(action === 'recordStep' ? 'REVIEW' : action);
    expect(state).not.toBe(before);
  });

  it.each(illegal)('%s --%s--> refused as ILLEGAL_TRANSITION, nothing changed', (status, action) => {
    const before = stateIn(status);
    const snapshot = structuredClone(before);
    deepFreeze(before);
    const err = expectDomainError(() => applyAction(before, action, FULL_INPUT, ctx), 'ILLEGAL_TRANSITION');
    expect(err.message).toContain(`${STATUS_LABELS_ZH[status]}的办件不能${ACTION_LABELS_ZH[action]}`);
    expect(err.message).not.toContain(status);
    expect(err.details).toMatchObject({ action, status });
    expect(before).toEqual(snapshot);
  });

  it.each(ALL_STATUSES)('allowedActions(%s) lists exactly the legal actions', (status) => {
    expect([...allowedActions(status)].sort()).toEqual(Object.keys(EXPECTED[status]).sort());
  });

  it('checks legality before input: an illegal action with missing input is still ILLEGAL_TRANSITION', () => {
    expectDomainError(() => applyAction(initialCaseState(), 'approve', {}, ctx), 'ILLEGAL_TRANSITION');
    expectDomainError(() => applyAction(stateIn('DELIVERED'), 'reject', {}, ctx), 'ILLEGAL_TRANSITION');
  });

  it('names the status and the step in Chinese, never as enum names, and says what is possible', () => {
    const err = domainErrorOf(() => applyAction(initialCaseState(), 'approve', FULL_INPUT, ctx));
    expect(err.message).toMatch(/^已接收的办件不能准予许可；当前可以：受理、不予受理、一次性告知补正、撤回申请/);
    expect(err.message).not.toMatch(/RECEIVED|approve/);
  });
});

describe('特事特办 only for work still to do', () => {
  it.each([
    ['RECEIVED', true],
    ['ACCEPTED', true],
    ['SUPPLEMENT_REQUESTED', true],
    ['IN_PROGRESS', true],
    ['SPECIAL_PROCEDURE', true],
    ['NOT_ACCEPTED', false],
    ['APPROVED', false],
    ['REJECTED', false],
    ['DELIVERED', false],
    ['WITHDRAWN', false],
  ] as const)('%s: %s', (status, allowed) => expect(canExpedite(status)).toBe(allowed));
});

describe('status predicates and labels', () => {
  it.each([
    ['RECEIVED', false, false, false],
    ['ACCEPTED', true, false, false],
    ['NOT_ACCEPTED', false, false, true],
    ['SUPPLEMENT_REQUESTED', true, false, false],
    ['IN_PROGRESS', true, false, false],
    ['SPECIAL_PROCEDURE', true, false, false],
    ['APPROVED', false, true, false],
    ['REJECTED', false, true, false],
    ['DELIVERED', false, true, true],
    ['WITHDRAWN', false, false, true],
  ] as const)('%s: open %s, completed %s, terminal %s', (status, open, completed, terminal) => {
    expect(isOpen(status)).toBe(open);
    expect(isCompleted(status)).toBe(completed);
    expect(isTerminal(status)).toBe(terminal);
  });

  it('labels every status and action in Chinese', () => {
    expect(STATUS_LABELS_ZH).toEqual({
      RECEIVED: '已接收',
      ACCEPTED: '已受理',
      NOT_ACCEPTED: '不予受理',
      SUPPLEMENT_REQUESTED: '待补正',
      IN_PROGRESS: '办理中',
      SPECIAL_PROCEDURE: '特别程序',
      APPROVED: '准予许可',
      REJECTED: '不予许可',
      DELIVERED: '已送达',
      WITHDRAWN: '已撤回',
    });
    expect(Object.keys(ACTION_LABELS_ZH).sort()).toEqual([...ALL_ACTIONS].sort());
    for (const label of Object.values(ACTION_LABELS_ZH)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('codes special procedures per GB/T 39046 A.7', () => {
    expect(SPECIAL_PROCEDURE_CODES).toEqual({ EXTENSION: 1, OTHER: 2 });
  });

  it('starts a new case empty and RECEIVED, each call a fresh object', () => {
    const a = initialCaseState();
    expect(a).toEqual({
      status: 'RECEIVED',
      acceptedAt: null,
      dueDate: null,
      dueAt: null,
      pausedAt: null,
      resumeStatus: null,
      pausedWorkingDays: 0,
      uncertainYears: [],
      completedAt: null,
      resultDocumentNumber: null,
      refusalReason: null,
      missingMaterials: [],
      specialProcedureKind: null,
      deliveryMethod: null,
      trackingNumber: null,
      deliveredAt: null,
      withdrawnAt: null,
    });
    a.missingMaterials.push('x');
    expect(initialCaseState().missingMaterials).toEqual([]);
  });
});

describe('accept', () => {
  it('starts the clock and fixes the due date', () => {
    const now = bj('2026-09-30 09:15');
    const { state, history } = applyAction(initialCaseState(), 'accept', {}, ctxAt(now, 3));
    expect(state).toMatchObject({ status: 'ACCEPTED', acceptedAt: now, dueDate: '2026-10-10', uncertainYears: [] });
    expect(state.dueAt?.toISOString()).toBe('2026-10-10T16:00:00.000Z');
    expect(history).toEqual({ step: 'accept', fromStatus: 'RECEIVED', toStatus: 'ACCEPTED', note: null });
  });

  it('fixes an immediate item to the end of the acceptance working day', () => {
    const c: TransitionContext = { now: bj('2026-11-07 10:00'), calendar, item: { kind: 'IMMEDIATE', promisedDays: 0 } };
    expect(applyAction(initialCaseState(), 'accept', {}, c).state.dueDate).toBe('2026-11-09');
  });

  it('records the uncovered years the due date depends on', () => {
    const { state } = applyAction(initialCaseState(), 'accept', {}, ctxAt(bj('2026-12-30 10:00'), 2));
    expect(state.uncertainYears).toEqual([2027]);
  });

  it('keeps the clerk note in history', () => {
    const { history } = applyAction(initialCaseState(), 'accept', { note: '  materials complete  ' }, ctx);
    expect(history.note).toBe('materials complete');
  });

  it('refuses an invalid current time', () => {
    expectDomainError(() => applyAction(initialCaseState(), 'accept', {}, ctxAt(new Date('bad'))), 'BAD_USER_INPUT');
  });
});

describe('refusals need a reason', () => {
  it.each(['notAccept', 'reject'] as const)('%s without a reason, or a blank one, is REASON_REQUIRED', (action) => {
    const from = action === 'notAccept' ? stateIn('RECEIVED') : stateIn('IN_PROGRESS');
    for (const input of [{}, { reason: '' }, { reason: '   \n\t' }, { note: 'a note is not a reason' }]) {
      expectDomainError(() => applyAction(from, action, input, ctx), 'REASON_REQUIRED');
    }
  });

  it('notAccept explains itself to the clerk', () => {
    const err = domainErrorOf(() => applyAction(initialCaseState(), 'notAccept', {}, ctx));
    expect(err.message).toBe('A reason is required to refuse acceptance (不予受理须说明理由)');
  });

  it('notAccept stores the trimmed reason and writes it to history', () => {
    const { state, history } = applyAction(initialCaseState(), 'notAccept', { reason: ' 不属于本部门职权范围 ' }, ctx);
    expect(state).toMatchObject({ status: 'NOT_ACCEPTED', refusalReason: '不属于本部门职权范围', completedAt: null });
    expect(history.note).toBe('不属于本部门职权范围');
  });

  it('reject completes the case with its reason and keeps the note too', () => {
    const now = bj('2026-11-11 15:00');
    const { state, history } = applyAction(stateIn('IN_PROGRESS'), 'reject', { reason: '不符合许可条件', note: '经集体讨论' }, ctxAt(now));
    expect(state).toMatchObject({ status: 'REJECTED', refusalReason: '不符合许可条件', completedAt: now });
    expect(history.note).toBe('不符合许可条件; 经集体讨论');
  });
});

describe('one-time notice (requestSupplement)', () => {
  const from = () => stateIn('ACCEPTED');

  it.each([
    ['no list', {}],
    ['an empty list', { missingMaterials: [] }],
    ['a blank name', { missingMaterials: ['身份证复印件', '  '] }],
  ])('refuses %s as MATERIALS_REQUIRED', (_label, input) => {
    expectDomainError(() => applyAction(from(), 'requestSupplement', input as ActionInput, ctx), 'MATERIALS_REQUIRED');
  });

  it('stores the whole list, trimmed, each name once, and writes it to history', () => {
    const { state, history } = applyAction(
      from(),
      'requestSupplement',
      { missingMaterials: [' 身份证复印件', '租赁合同', '身份证复印件 '], note: '已电话告知' },
      ctx,
    );
    expect(state.missingMaterials).toEqual(['身份证复印件', '租赁合同']);
    expect(history.note).toBe('missing (补正材料): 身份证复印件, 租赁合同; 已电话告知');
  });

  it('accepts exactly 50 materials and refuses 51 as TEXT_TOO_LONG', () => {
    const names = Array.from({ length: 51 }, (_, i) => `材料${i + 1}`);
    expect(applyAction(from(), 'requestSupplement', { missingMaterials: names.slice(0, 50) }, ctx).state.missingMaterials).toHaveLength(50);
    expectDomainError(() => applyAction(from(), 'requestSupplement', { missingMaterials: names }, ctx), 'TEXT_TOO_LONG');
  });

  it('refuses a material name over 500 characters', () => {
    expectDomainError(
      () => applyAction(from(), 'requestSupplement', { missingMaterials: ['ok', 'x'.repeat(501)] }, ctx),
      'TEXT_TOO_LONG',
    );
  });

  it('from RECEIVED does not stop a clock that has not started', () => {
    const { state } = applyAction(initialCaseState(), 'requestSupplement', { missingMaterials: ['申请表'] }, ctx);
    expect(state).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', resumeStatus: 'RECEIVED', pausedAt: null, dueDate: null });
  });

  it.each(['ACCEPTED', 'IN_PROGRESS'] as const)('from %s stops the clock and remembers where to return', (status) => {
    const now = bj('2026-11-10 11:00');
    const { state } = applyAction(stateIn(status), 'requestSupplement', { missingMaterials: ['申请表'] }, ctxAt(now));
    expect(state).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', resumeStatus: status, pausedAt: now });
  });
});

describe('resubmit', () => {
  it('returns a case noticed before acceptance to RECEIVED, without any clock', () => {
    const noticed = applyAction(initialCaseState(), 'requestSupplement', { missingMaterials: ['申请表'] }, ctx).state;
    const { state, history } = applyAction(noticed, 'resubmit', {}, ctxAt(bj('2026-11-20 10:00')));
    expect(state).toMatchObject({
      status: 'RECEIVED',
      resumeStatus: null,
      pausedAt: null,
      dueDate: null,
      pausedWorkingDays: 0,
      missingMaterials: [],
    });
    expect(history).toEqual({ step: 'resubmit', fromStatus: 'SUPPLEMENT_REQUESTED', toStatus: 'RECEIVED', note: null });
    // The clock starts only when the case is then accepted.
    const accepted = applyAction(state, 'accept', {}, ctxAt(bj('2026-11-23 10:00'), 2)).state;
    expect(accepted.dueDate).toBe('2026-11-25');
  });

  it('refuses a supplement state that does not say where to return', () => {
    const broken: CaseState = { ...stateIn('SUPPLEMENT_REQUESTED'), resumeStatus: 'APPROVED' };
    expectDomainError(() => applyAction(broken, 'resubmit', {}, ctx), 'ILLEGAL_TRANSITION');
  });
});

describe('pause and resume arithmetic', () => {
  // Accepted Mon 28 Sep 2026 with 5 days → due Sat 10 Oct (a make-up workday).
  const accepted = applyAction(initialCaseState(), 'accept', {}, ctxAt(bj('2026-09-28 09:00'), 5)).state;
  const started = applyAction(accepted, 'start', {}, ctxAt(bj('2026-09-28 10:00'))).state;

  it('starts from due 2026-10-10', () => {
    expect(started.dueDate).toBe('2026-10-10');
  });

  it('a supplement across National Day moves the due date by working days only', () => {
    const noticed = applyAction(started, 'requestSupplement', { missingMaterials: ['补充说明'] }, ctxAt(bj('2026-09-30 10:00'))).state;
    expect(noticed.dueDate).toBe('2026-10-10'); // not moved until the clock restarts
    const { state, history } = applyAction(noticed, 'resubmit', {}, ctxAt(bj('2026-10-08 10:00')));
    expect(state).toMatchObject({
      status: 'IN_PROGRESS',
      dueDate: '2026-10-12',
      pausedAt: null,
      resumeStatus: null,
      pausedWorkingDays: 1,
      missingMaterials: [],
    });
    expect(state.dueAt?.toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(history.note).toContain('1 working day');
  });

  it('adds up successive pauses: supplement, then special procedure', () => {
    let s = applyAction(started, 'requestSupplement', { missingMaterials: ['补充说明'] }, ctxAt(bj('2026-09-30 10:00'))).state;
    s = applyAction(s, 'resubmit', {}, ctxAt(bj('2026-10-08 10:00'))).state; // +1 → 12 Oct
    s = applyAction(s, 'enterSpecialProcedure', { specialProcedureKind: 'OTHER' }, ctxAt(bj('2026-10-09 16:00'))).state;
    expect(s).toMatchObject({ status: 'SPECIAL_PROCEDURE', pausedAt: bj('2026-10-09 16:00'), specialProcedureKind: 'OTHER', dueDate: '2026-10-12' });
    // Paused days: 10 (make-up Sat), 12, 13, 14 Oct → 4 → due moves 12 Oct + 4 = 16 Oct.
    const { state, history } = applyAction(s, 'resume', { note: '专家评审完成' }, ctxAt(bj('2026-10-14 09:00')));
    expect(state).toMatchObject({
      status: 'IN_PROGRESS',
      dueDate: '2026-10-16',
      pausedWorkingDays: 5,
      pausedAt: null,
      resumeStatus: null,
      specialProcedureKind: null,
    });
    expect(history.note).toMatch(/^专家评审完成; clock stopped 4 working day\(s\), due 2026-10-16/);
  });

  it('a supplement requested and answered on the same day moves nothing', () => {
    let s = applyAction(started, 'requestSupplement', { missingMaterials: ['签字页'] }, ctxAt(bj('2026-09-29 09:00'))).state;
    s = applyAction(s, 'resubmit', {}, ctxAt(bj('2026-09-29 16:00'))).state;
    expect(s).toMatchObject({ status: 'IN_PROGRESS', dueDate: '2026-10-10', pausedWorkingDays: 0 });
  });

  it('a supplement from ACCEPTED returns to ACCEPTED with the due date moved', () => {
    let s = applyAction(accepted, 'requestSupplement', { missingMaterials: ['签字页'] }, ctxAt(bj('2026-09-29 09:00'))).state;
    s = applyAction(s, 'resubmit', {}, ctxAt(bj('2026-10-09 09:00'))).state;
    // Paused days: 30 Sep, 8 Oct, 9 Oct → 3; 10 Oct + 3 = 12, 13, 14 Oct.
    expect(s).toMatchObject({ status: 'ACCEPTED', dueDate: '2026-10-14', pausedWorkingDays: 3 });
  });

  it('enterSpecialProcedure requires a kind', () => {
    expectDomainError(() => applyAction(started, 'enterSpecialProcedure', {}, ctx), 'BAD_USER_INPUT');
    expectDomainError(
      () => applyAction(started, 'enterSpecialProcedure', { specialProcedureKind: 'HEARING' as never }, ctx),
      'BAD_USER_INPUT',
    );
  });

  it('enterSpecialProcedure writes the kind to history', () => {
    const { history } = applyAction(started, 'enterSpecialProcedure', { specialProcedureKind: 'EXTENSION' }, ctx);
    expect(history).toEqual({ step: 'enterSpecialProcedure', fromStatus: 'IN_PROGRESS', toStatus: 'SPECIAL_PROCEDURE', note: 'EXTENSION (延长审批)' });
  });
});

describe('handling steps (recordStep)', () => {
  it.each(['UNDERTAKE', 'REVIEW', 'DECIDE'] as const)('records %s as the history step and stays IN_PROGRESS', (step) => {
    const before = stateIn('IN_PROGRESS');
    const { state, history } = applyAction(before, 'recordStep', { step, note: '同意' }, ctx);
    expect(state).toEqual(before);
    expect(history).toEqual({ step, fromStatus: 'IN_PROGRESS', toStatus: 'IN_PROGRESS', note: '同意' });
  });

  it('requires a known step', () => {
    expectDomainError(() => applyAction(stateIn('IN_PROGRESS'), 'recordStep', {}, ctx), 'BAD_USER_INPUT');
    expectDomainError(() => applyAction(stateIn('IN_PROGRESS'), 'recordStep', { step: 'SIGN' as never }, ctx), 'BAD_USER_INPUT');
  });
});

describe('approve', () => {
  it('requires a result document number', () => {
    for (const input of [{}, { resultDocumentNumber: '  ' }]) {
      const err = expectDomainError(() => applyAction(stateIn('IN_PROGRESS'), 'approve', input, ctx), 'BAD_USER_INPUT');
      expect(err.details).toEqual({ field: 'resultDocumentNumber' });
    }
  });

  it.each(['ACCEPTED', 'IN_PROGRESS'] as const)('from %s records the number and the completion time', (status) => {
    const now = bj('2026-11-12 14:00');
    const { state, history } = applyAction(stateIn(status), 'approve', { resultDocumentNumber: ' 县卫健准字〔2026〕7号 ' }, ctxAt(now));
    expect(state).toMatchObject({ status: 'APPROVED', resultDocumentNumber: '县卫健准字〔2026〕7号', completedAt: now });
    expect(history.note).toBe('县卫健准字〔2026〕7号');
  });
});

describe('deliver', () => {
  it('by express requires a tracking number', () => {
    expectDomainError(() => applyAction(stateIn('APPROVED'), 'deliver', { deliveryMethod: 'EXPRESS' }, ctx), 'BAD_USER_INPUT');
    expectDomainError(
      () => applyAction(stateIn('APPROVED'), 'deliver', { deliveryMethod: 'EXPRESS', trackingNumber: ' ' }, ctx),
      'BAD_USER_INPUT',
    );
  });

  it('requires a known method', () => {
    expectDomainError(() => applyAction(stateIn('APPROVED'), 'deliver', {}, ctx), 'BAD_USER_INPUT');
    expectDomainError(() => applyAction(stateIn('APPROVED'), 'deliver', { deliveryMethod: 'DRONE' as never }, ctx), 'BAD_USER_INPUT');
  });

  it('by express records the tracking number and the time', () => {
    const now = bj('2026-11-13 09:30');
    const { state, history } = applyAction(stateIn('REJECTED'), 'deliver', { deliveryMethod: 'EXPRESS', trackingNumber: 'EMS9912' }, ctxAt(now));
    expect(state).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'EXPRESS', trackingNumber: 'EMS9912', deliveredAt: now });
    expect(history.note).toBe('EXPRESS EMS9912');
  });

  it('in person needs no tracking number and drops one given by mistake', () => {
    const { state } = applyAction(stateIn('APPROVED'), 'deliver', { deliveryMethod: 'IN_PERSON', trackingNumber: 'SF1' }, ctx);
    expect(state).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'IN_PERSON', trackingNumber: null });
  });

  it('keeps the completion time of the decision, not the delivery', () => {
    const approved = run(['accept', 'approve'], FULL_INPUT, ctxAt(bj('2026-11-10 10:00')));
    const delivered = applyAction(approved, 'deliver', FULL_INPUT, ctxAt(bj('2026-11-20 10:00'))).state;
    expect(delivered.completedAt).toEqual(bj('2026-11-10 10:00'));
    expect(delivered.deliveredAt).toEqual(bj('2026-11-20 10:00'));
  });
});

describe('withdraw', () => {
  it.each(['RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'SPECIAL_PROCEDURE'] as const)(
    'from %s records the time and is terminal',
    (status) => {
      const now = bj('2026-11-16 10:00');
      const { state } = applyAction(stateIn(status), 'withdraw', {}, ctxAt(now));
      expect(state).toMatchObject({ status: 'WITHDRAWN', withdrawnAt: now, completedAt: null });
      expect(allowedActions(state.status)).toEqual([]);
    },
  );
});

describe('text limits (TEXT_TOO_LONG)', () => {
  it.each(['reason', 'note', 'resultDocumentNumber', 'trackingNumber'] as const)('refuses a %s over 500 characters', (field) => {
    const before = deepFreeze(stateIn('IN_PROGRESS'));
    const err = expectDomainError(() => applyAction(before, 'approve', { ...FULL_INPUT, [field]: 'x'.repeat(501) }, ctx), 'TEXT_TOO_LONG');
    expect(err.details).toMatchObject({ field, max: 500, length: 501 });
  });

  it('accepts exactly 500 characters', () => {
    const { state } = applyAction(stateIn('IN_PROGRESS'), 'reject', { reason: '理'.repeat(500) }, ctx);
    expect(state.refusalReason).toHaveLength(500);
  });

  it('measures the trimmed text', () => {
    expect(() => applyAction(stateIn('RECEIVED'), 'accept', { note: `  ${'x'.repeat(500)}  ` }, ctx)).not.toThrow();
  });

  it('refuses non-text where text is expected', () => {
    expectDomainError(() => applyAction(stateIn('RECEIVED'), 'accept', { note: 42 as unknown as string }, ctx), 'BAD_USER_INPUT');
    expectDomainError(
      () => applyAction(stateIn('ACCEPTED'), 'requestSupplement', { missingMaterials: 'a, b' as unknown as string[] }, ctx),
      'BAD_USER_INPUT',
    );
  });
});

describe('purity', () => {
  it('never mutates the given state or input and shares no arrays with it', () => {
    const before = deepFreeze(stateIn('IN_PROGRESS'));
    const input = deepFreeze({ missingMaterials: ['a', 'b'] });
    const { state } = applyAction(before, 'requestSupplement', input, ctx);
    expect(state.missingMaterials).not.toBe(input.missingMaterials);
    expect(state.uncertainYears).not.toBe(before.uncertainYears);
    state.missingMaterials.push('c');
    expect(input.missingMaterials).toEqual(['a', 'b']);
  });

  it('gives the same result for the same arguments', () => {
    const s = stateIn('ACCEPTED');
    expect(applyAction(s, 'start', {}, ctx)).toEqual(applyAction(s, 'start', {}, ctx));
  });
});
