/** The back office's calendar, settings and audit-log pages: who opens them, and their pure rules. */
import { mayOpen, viewsFor } from '../../gateway/web/src/console/rules/navigation';
import { countsAs, dayLabel, dayTone, monthFromQuery, monthQueryOf, overrideLabel, overrideProblem, proposedWorkday, uncoveredText, ymd } from '../../gateway/web/src/console/rules/calendar-days';
import { SETTING_FIELDS, formValues, settingProblem, settingsInput, toPercent, type CountySettingsValues } from '../../gateway/web/src/console/rules/settings';
import { actionLabel, auditFilter, auditOffset, emptyAuditFilters, fieldLabel, fieldShortLabel, roleLabel, unitLabel, valueText } from '../../gateway/web/src/console/rules/audit';

describe('navigation to the back office', () => {
  test('the administrator opens 工作日历, 系统设置 and 操作日志; a supervisor reads the audit log only', () => {
    expect(viewsFor('COUNTY_ADMIN').filter((v) => v.path.startsWith('/admin/calendar') || v.path.startsWith('/admin/settings') || v.path === '/admin/audit').map((v) => [v.path, v.label])).toEqual([
      ['/admin/calendar', '工作日历'],
      ['/admin/settings', '系统设置'],
      ['/admin/audit', '操作日志'],
    ]);
    for (const p of ['/admin/calendar', '/admin/settings', '/admin/audit']) expect(mayOpen('COUNTY_ADMIN', p)).toBe(true);
    expect(viewsFor('SUPERVISOR').map((v) => v.path)).toContain('/admin/audit');
    expect(mayOpen('SUPERVISOR', '/admin/audit')).toBe(true);
    expect(mayOpen('SUPERVISOR', '/admin/calendar')).toBe(false);
    expect(mayOpen('SUPERVISOR', '/admin/settings')).toBe(false);
  });
  test.each(['COUNTY_CLERK', 'TOWNSHIP_CLERK', 'VIEWER', 'SERVICE'] as const)('%s opens none of them by address', (role) => {
    for (const p of ['/admin/calendar', '/admin/settings', '/admin/audit']) expect(mayOpen(role, p)).toBe(false);
  });
});

describe('calendar days', () => {
  const day = (kind: 'WORKDAY' | 'HOLIDAY' | 'MAKEUP_WORKDAY' | 'WEEKEND', extra: Record<string, unknown> = {}) => ({ kind, holidayName: null, workday: kind === 'WORKDAY' || kind === 'MAKEUP_WORKDAY', known: true, override: null, ...extra });
  test('each kind has its label and colour; the holiday is named', () => {
    expect([dayLabel(day('WORKDAY')), dayLabel(day('WEEKEND')), dayLabel(day('HOLIDAY', { holidayName: '国庆节' })), dayLabel(day('MAKEUP_WORKDAY', { holidayName: '国庆节' }))]).toEqual([
      '工作日',
      '周末',
      '国庆节·法定节假日',
      '国庆节·调休上班',
    ]);
    expect(['WORKDAY', 'HOLIDAY', 'MAKEUP_WORKDAY', 'WEEKEND'].map((k) => dayTone(day(k as never)))).toEqual(['work', 'holiday', 'makeup', 'weekend']);
  });
  test('an override is coloured apart from every national kind, by what it makes the day', () => {
    expect(dayTone(day('WORKDAY', { workday: false, override: { workday: false, note: '运动会' } }))).toBe('local-off');
    expect(dayTone(day('WEEKEND', { workday: true, override: { workday: true, note: '补班' } }))).toBe('local-work');
    expect(overrideLabel({ workday: false })).toBe('本县调整为休息日');
    expect(overrideLabel({ workday: true })).toBe('本县调整为工作日');
  });
  test('the dialog offers the opposite of what the day is, and says how it counts', () => {
    expect(proposedWorkday(day('WORKDAY'))).toBe(false);
    expect(proposedWorkday(day('WEEKEND'))).toBe(true);
    expect(countsAs(day('WORKDAY'))).toBe('计入工作日');
    expect(countsAs(day('WORKDAY', { known: false }))).toContain('按周一至周五推算');
  });
  test('a reason is required, at most 200 characters', () => {
    expect(overrideProblem('  ')).toBe('请填写调整原因。');
    expect(overrideProblem('县运动会')).toBeNull();
    expect(overrideProblem('因'.repeat(201))).toBe('调整原因最多200字。');
  });
  test('the uncovered-year banner names the years and the cases', () => {
    expect(uncoveredText({ uncoveredYearsInUse: [], uncertainOpenCases: 0 })).toBeNull();
    expect(uncoveredText({ uncoveredYearsInUse: [2027, 2028], uncertainOpenCases: 3 })).toMatch(/^2027年、2028年的法定节假日尚未录入确认：3 件在办办件/);
    expect(ymd(new Date(2027, 0, 5))).toBe('2027-01-05');
  });
});

describe('settings', () => {
  const stored: CountySettingsValues = { yellowDaysLeft: 1, yellowUsedFraction: 2 / 3, maxPromisedShare: 0.5, forwardingLimitMinutes: 120, complaintHandlingDays: 5, rectificationDays: 5 };
  test('every setting of the graph has a field and a rule sentence with its value', () => {
    expect(SETTING_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(stored).sort());
    const form = formValues(stored);
    expect(SETTING_FIELDS.map((f) => f.rule(form[f.key]))).toEqual([
      '剩余工作日 ≤ 1 天时亮黄灯。',
      '已用工作日达到承诺时限的 66.67% 时亮黄灯。',
      '事项承诺时限超过法定时限的 50% 时提示警告。',
      '乡镇受理后 120 分钟（按工作时间计）内未转报县级即提示超时。',
      '效能投诉须在 5 个工作日内办结。',
      '收到差评后须在 5 个工作日内整改。',
    ]);
  });
  test('bounds and whole numbers as the graph checks them', () => {
    const f = (k: string) => SETTING_FIELDS.find((x) => x.key === k)!;
    expect(settingProblem(f('yellowDaysLeft'), 11)).toBe('黄灯：剩余工作日应在 0–10天 之间。');
    expect(settingProblem(f('yellowDaysLeft'), 1.5)).toBe('黄灯：剩余工作日须为整数。');
    expect(settingProblem(f('forwardingLimitMinutes'), null)).toBe('请填写委托受理转报时限。');
    expect(settingProblem(f('forwardingLimitMinutes'), 5)).not.toBeNull();
    expect(settingProblem(f('complaintHandlingDays'), 31)).not.toBeNull();
    expect(settingProblem(f('yellowUsedFraction'), 0)).not.toBeNull();
    expect(settingProblem(f('yellowUsedFraction'), 70)).toBeNull();
    expect(settingProblem(f('rectificationDays'), 7)).toBeNull();
  });
  test('shares are edited as percents; one left as shown keeps its exact stored value', () => {
    expect(toPercent(2 / 3)).toBe(66.67);
    const form = { ...formValues(stored), complaintHandlingDays: 7 };
    expect(settingsInput(form, stored)).toEqual({ ...stored, complaintHandlingDays: 7 });
    expect(settingsInput({ ...form, yellowUsedFraction: 75 }, stored).yellowUsedFraction).toBe(0.75);
  });
});

describe('audit log', () => {
  test('the filter sends only what was given', () => {
    expect(auditFilter(emptyAuditFilters())).toEqual({});
    expect(auditFilter({ actorId: ' admin-1 ', actorRole: 'COUNTY_ADMIN', entityType: 'CALENDAR_OVERRIDE', entityId: '2026-12-16', period: ['2026-12-01', '2026-12-31'] })).toEqual({
      actorId: 'admin-1',
      actorRole: 'COUNTY_ADMIN',
      entityType: 'CALENDAR_OVERRIDE',
      entityId: '2026-12-16',
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect([auditOffset(1), auditOffset(3), auditOffset(0)]).toEqual([0, 40, 0]);
  });
  test('values, actions, roles and fields in words', () => {
    expect([valueText(null), valueText('true'), valueText('false'), valueText('"县运动会"'), valueText('5'), valueText('null'), valueText('[1,2]')]).toEqual(['—', '是', '否', '县运动会', '5', '（空）', '[1,2]']);
    expect([actionLabel('SET'), actionLabel('REMOVE'), actionLabel('INVALIDATE'), actionLabel('SOMETHING_NEW')]).toEqual(['设置', '删除', '认定无效差评', 'SOMETHING_NEW']);
    // A rectification is started (开始整改), a complaint's handling is (开始办理).
    expect([actionLabel('START', 'RECTIFICATION'), actionLabel('START', 'COMPLAINT'), actionLabel('OPEN', 'SUPERVISION_RECORD')]).toEqual(['开始整改', '开始办理', '发起督办']);
    // A township clerk's refusal of an online application.
    expect([actionLabel('DECLINE', 'ONLINE_APPLICATION'), fieldShortLabel('refusalReason')]).toEqual(['不予受理', '不予受理理由']);
    expect(roleLabel('COUNTY_ADMIN')).toBe('县中心管理员');
    expect(fieldLabel('complaintHandlingDays')).toBe('投诉办理时限（complaintHandlingDays）');
    expect(fieldLabel('somethingElse')).toBe('somethingElse');
    expect([fieldShortLabel('note'), fieldShortLabel('promisedDays')]).toEqual(['原因', 'promisedDays']);
    const names = new Map([['d1', '县市场监督管理局']]);
    expect([unitLabel('d1', names), unitLabel(null, names), unitLabel('gone', names)]).toEqual(['县市场监督管理局', '县级', 'gone']);
  });
});

describe('the calendar month in the address', () => {
  test('month=YYYY-MM opens that month; anything else is ignored', () => {
    expect(monthFromQuery('2026-11')).toEqual(new Date(2026, 10, 1));
    expect(monthFromQuery('2026-13')).toBeNull();
    expect(monthFromQuery(['2026-11'])).toBeNull();
    expect(monthFromQuery(undefined)).toBeNull();
    expect(monthQueryOf(new Date(2027, 0, 31))).toBe('2027-01');
  });
});
