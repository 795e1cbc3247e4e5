/**
 * The county dashboard (总览, SPEC §4.6): KPIs, every figure by scope, two charts, township lights
 * and warning cases. Drawn with plain DOM into a container the console's overview view gives it.
 */
import type { Client } from '@urql/core';
import { h, show, type Child } from '../shared/dom';
import { answer, codeOf, errorsAt, messageFor, messageForError, type GraphQLErrorItem } from '../shared/graphql';
import { serverNow } from '../shared/server-clock';
import { beijingDate, beijingDateTime, duration, isDate, periodPresets, periodProblem, type Period } from '../shared/format';
import type { Claims } from '../shared/session';
import type { DashboardStatisticsQuery, DashboardStatusQuery, DashboardWarningsQuery, WarningLevel } from '../console/gql/graphql';
import { FIGURE_COLUMNS, figureText, figureTitle, sortWarnings, supervisionText, townshipLight, type Figures, type WarningCase } from './model';
import { STATISTICS_QUERY, STATUS_QUERY, WARNINGS_QUERY } from './queries';
import { drawDepartments, drawTrend } from './charts';

/** What the page that hosts the dashboard gives it. */
export interface DashboardContext {
  claims: Claims;
  /** The console's GraphQL client (its token, its clock). */
  client: Client;
  main: HTMLElement;
  /** Shows a short message; errors stay until the next one. */
  notify(message: string, kind?: 'ok' | 'error'): void;
  /** The token was refused: sign out and ask for a new one with this message. */
  signInAgain(message: string): void;
  /** Puts the period picker where the host wants it. */
  toolbar(...children: Child[]): void;
  /** The period named by the address, if any (a bookmark or a reload opens the same one). */
  readPeriod(): { from: string | null; to: string | null };
  /** Keeps the chosen period in the address. */
  writePeriod(p: Period): void;
  /** Controls the host puts beside the per-unit table's title (the console's 导出); kept across refreshes. */
  figureActions?: HTMLElement;
  /** The same beside the warning list's title. */
  warningActions?: HTMLElement;
}

const WARNING_LIMIT = 100;
/** The county's default forwarding limit, used while the county's settings cannot be read. */
const DEFAULT_FORWARDING_LIMIT = 120;
/** A wall screen stays current without anyone touching it. */
const REFRESH_MS = 5 * 60_000;

type StatisticsAnswer = DashboardStatisticsQuery;
type StatusAnswer = DashboardStatusQuery;
type WarningsAnswer = DashboardWarningsQuery;
type CaseNode = NonNullable<WarningsAnswer['countyCases']>['nodes'][number] | NonNullable<WarningsAnswer['townshipCases']>['nodes'][number];

/** A refresh always asks the graph, never the cache. */
const FRESH = { requestPolicy: 'network-only' } as const;

export class Dashboard {
  private period: Period;
  private readonly sections = {
    kpis: h('section', { class: 'kpis', id: 'kpis', 'aria-label': '全网主要指标' }),
    figures: h('section', { class: 'card', id: 'figures' }),
    trend: h('section', { class: 'card chart-card', id: 'trend' }),
    departments: h('section', { class: 'card chart-card', id: 'department-chart' }),
    status: h('section', { class: 'card', id: 'township-status' }),
    warnings: h('section', { class: 'card', id: 'warnings' }),
  };
  private readonly from = h('input', { type: 'date', id: 'period-from', 'aria-label': '开始日期' });
  private readonly to = h('input', { type: 'date', id: 'period-to', 'aria-label': '结束日期' });
  private refreshing = false;
  /** Viewers see figures, not supervision records: their empty column must not read as 未督办. */
  private readonly seesSupervision: boolean;

  private timer: ReturnType<typeof setInterval> | null = null;
  private stopped = false;

  constructor(private readonly ctx: DashboardContext) {
    this.seesSupervision = ctx.claims.role !== 'VIEWER';
    const q = ctx.readPeriod();
    const today = beijingDate(new Date());
    const fallback = periodPresets(today)[0]!.period;
    this.period = isDate(q.from) && isDate(q.to) ? { from: q.from, to: q.to } : fallback;
  }

  start(): void {
    const s = this.sections;
    this.ctx.toolbar(...this.periodPicker());
    show(
      this.ctx.main,
      h('div', { class: 'dashboard' }, s.kpis, s.figures, h('div', { class: 'charts' }, s.trend, s.departments), h('div', { class: 'lower' }, s.status, s.warnings)),
    );
    void this.load();
    this.timer = setInterval(() => document.visibilityState === 'visible' && void this.load(), REFRESH_MS);
  }

  /** The host view is gone: no more refreshes, and answers still on their way are dropped. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    delete document.body.dataset.loaded;
  }

  private periodPicker(): Child[] {
    const presets = periodPresets(beijingDate(new Date())).map((p) =>
      h('button', { type: 'button', 'data-preset': p.label, onclick: () => this.choose(p.period) }, p.label),
    );
    return [
      ...presets,
      this.from,
      h('span', { class: 'to' }, '至'),
      this.to,
      h('button', { type: 'button', id: 'period-apply', onclick: () => this.choose({ from: this.from.value, to: this.to.value }) }, '查询'),
    ];
  }

  private choose(p: Period): void {
    const problem = periodProblem(p);
    if (problem) return this.ctx.notify(problem, 'error');
    this.period = p;
    void this.load();
  }

  /** Three independent requests: a forbidden or unreachable part blanks only its own section. */
  private async load(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    const { from, to } = this.period;
    this.from.value = from;
    this.to.value = to;
    this.ctx.writePeriod({ from, to });
    try {
      const [stats, status, warnings] = await Promise.all([
        answer(this.ctx.client.query(STATISTICS_QUERY, { from, to }, FRESH)),
        answer(this.ctx.client.query(STATUS_QUERY, {}, FRESH)),
        answer(this.ctx.client.query(WARNINGS_QUERY, { limit: WARNING_LIMIT }, FRESH)),
      ]);
      if (this.stopped) return;
      const refused = [stats, status, warnings].flatMap((r) => r.errors).find((e) => codeOf(e) === 'UNAUTHENTICATED');
      if (refused) return this.ctx.signInAgain(messageFor('UNAUTHENTICATED'));
      this.renderStatistics(stats.data?.statistics ?? null, stats.errors);
      this.renderStatus(status.data, status.errors);
      this.renderWarnings(warnings.data, warnings.errors);
      document.body.dataset.loaded = `${from}/${to}`;
    } finally {
      this.refreshing = false;
    }
  }

  private renderStatistics(s: StatisticsAnswer['statistics'], errors: GraphQLErrorItem[]): void {
    const { kpis, figures, trend, departments } = this.sections;
    const period = `${this.period.from} 至 ${this.period.to}`;
    if (!s) {
      for (const el of [kpis, figures, trend, departments]) show(el, failure('统计数据', errors));
      return;
    }
    const n = s.network?.figures;
    show(
      kpis,
      n
        ? [
            kpi('受理', String(n.accepted), '件', 'accepted'),
            kpi('办结', String(n.completed), '件', 'completed'),
            kpi('办结率', figureText(n, 'completionRate'), '', 'completionRate'),
            kpi('承诺件办结率', figureText(n, 'promisedCompletionRate'), '', 'promisedCompletionRate'),
            kpi('按时办结率', figureText(n, 'onTimeRate'), '', 'onTimeRate'),
            kpi('满意率', figureText(n, 'satisfactionRate'), '', 'satisfactionRate'),
            kpi('待办', String(n.pending), '件', 'pending'),
            kpi('当前超期', String(n.overdueNow), '件', 'overdueNow', n.overdueNow > 0 ? 'bad' : ''),
            kpi('特事特办', String(n.expedited), '件', 'expedited'),
            kpi('网上申报', String(n.online), '件', 'online'),
            kpi('网上申报占比', figureText(n, 'onlineShare'), '', 'onlineShare'),
            s.network
              ? h(
                  'div',
                  { class: 'kpi', 'data-kpi': 'warnings' },
                  h('div', { class: 'label' }, '在办预警'),
                  h('div', { class: 'value small' }, h('span', { class: 'light YELLOW' }), `黄 ${s.network.warnings.yellow}　`, h('span', { class: 'light RED' }), `红 ${s.network.warnings.red}`),
                )
              : null,
          ]
        : failure('全网指标', errorsAt(errors, 'statistics', 'network')),
    );

    const rows: { scope: string; name: string; f: Figures | null; cls?: string; path: string }[] = [
      { scope: 'network', name: '全网合计', f: s.network?.figures ?? null, cls: 'total', path: 'network' },
      { scope: 'county', name: '县本级', f: s.county?.figures ?? null, path: 'county' },
      ...(s.townships ?? []).map((t) => ({ scope: t.township.id, name: t.township.name, f: t.statistics.figures, path: 'townships' })),
    ];
    show(
      figures,
      h('div', { class: 'card-head' }, h('h2', {}, `各级办件指标（${period}，按受理日期统计）`), this.ctx.figureActions ?? null),
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { class: 'figures' },
          h('thead', {}, h('tr', {}, h('th', {}, '单位'), FIGURE_COLUMNS.map((c) => h('th', { class: 'num' }, c.label)))),
          h(
            'tbody',
            {},
            rows.map((r) =>
              h(
                'tr',
                { class: r.cls ?? '', 'data-scope': r.scope },
                h('th', { scope: 'row' }, r.name),
                r.f
                  ? FIGURE_COLUMNS.map((c) => h('td', { class: 'num', 'data-figure': c.key, title: figureTitle(r.f!, c.key) }, figureText(r.f!, c.key)))
                  : h('td', { colspan: FIGURE_COLUMNS.length, class: 'hint' }, sectionMessage(errorsAt(errors, 'statistics', r.path))),
              ),
            ),
          ),
        ),
      ),
      s.townships === null ? h('p', { class: 'hint' }, `各乡镇：${sectionMessage(errorsAt(errors, 'statistics', 'townships'))}`) : null,
      h('p', { class: 'hint' }, '即办件占比、承诺件占比＝即办件、承诺件/受理；办结率＝办结/受理；承诺件办结率＝承诺件办结/承诺件；按时办结率＝按期办结/办结；提前办结率＝承诺件提前办结/承诺件办结；待办占比＝待办/受理；网上申报占比＝网上申报并已受理的件数/受理；满意率＝满意及非常满意评价/评价总数；特事特办为受理中标记特事特办的件数。比率四舍五入保留一位小数，无分母时显示“—”。'),
    );

    const days = s.network?.daily ?? [];
    show(
      trend,
      h('h2', {}, '每日受理、办结与超期（全网）'),
      s.network ? h('div', { class: 'chart', id: 'trend-chart' }) : failure('趋势', errorsAt(errors, 'statistics', 'network')),
      s.network
        ? dataTable(
            'trend-data',
            ['日期', '受理', '办结', '超期'],
            days.map((d) => [d.date, d.accepted, d.completed, d.overdue]),
          )
        : null,
    );
    if (s.network) drawTrend(trend.querySelector<HTMLElement>('#trend-chart')!, days);

    const bars = (s.departments ?? []).map((d) => ({ name: d.department.shortName, ...d.statistics.figures }));
    show(
      departments,
      h('h2', {}, '县级部门办件情况'),
      s.departments ? h('div', { class: 'chart', id: 'departments-chart' }) : failure('部门统计', errorsAt(errors, 'statistics', 'departments')),
      s.departments
        ? dataTable(
            'department-data',
            ['部门', '受理', '办结', '待办', '超期'],
            bars.map((b) => [b.name, b.accepted, b.completed, b.pending, b.overdueNow]),
          )
        : null,
    );
    if (s.departments) drawDepartments(departments.querySelector<HTMLElement>('#departments-chart')!, bars);
  }

  private renderStatus(a: StatusAnswer | null, errors: GraphQLErrorItem[]): void {
    const el = this.sections.status;
    if (!a?.townships) return show(el, h('h2', {}, '乡镇运行状态'), failure('乡镇状态', a ? errorsAt(errors, 'townships') : errors));
    const limit = a.countySettings?.forwardingLimitMinutes ?? DEFAULT_FORWARDING_LIMIT;
    const now = serverNow();
    show(
      el,
      h('h2', {}, '乡镇运行状态'),
      h(
        'div',
        { class: 'status-grid' },
        a.townships.map((t) => {
          const s = t.status;
          const { light, reasons } = townshipLight(s, limit, now);
          return h(
            'article',
            { class: `township ${light}`, 'data-township': t.id, 'data-light': light },
            h('h3', {}, h('span', { class: `light ${light}`, title: reasons.join('；') }), t.name, s ? h('span', { class: `tag ${s.open ? 'closed' : ''}` }, s.open ? '办公中' : '休息') : null),
            s
              ? h(
                  'dl',
                  {},
                  stat('今日受理', s.todayIntake, 'todayIntake'),
                  stat('积压', s.backlog, 'backlog'),
                  stat('超期', s.overdue, 'overdue'),
                  stat('待转报', s.waitingForward ? `${s.waitingForward}（最久${duration(s.oldestWaitingSeconds)}）` : '0', 'waitingForward'),
                  stat('最近联系', s.lastCountyContactAt ? beijingDateTime(s.lastCountyContactAt).slice(5) : '—', 'lastContact'),
                )
              : h('p', { class: 'hint' }, sectionMessage(errors.filter((e) => e.path?.[0] === 'townships'))),
            h('p', { class: 'reasons' }, reasons.join('；')),
          );
        }),
      ),
      h('p', { class: 'hint' }, `红灯：有超期办件，或有办件等待转报超过${limit}分钟；黄灯：有待转报办件，或超过1小时未与县中心联系；绿灯：运行正常。`),
      a.countySettings ? null : h('p', { class: 'hint', id: 'settings-missing' }, `转报时限按默认${DEFAULT_FORWARDING_LIMIT}分钟判断（${sectionMessage(errorsAt(errors, 'countySettings'))}）。`),
    );
  }

  private renderWarnings(a: WarningsAnswer | null, errors: GraphQLErrorItem[]): void {
    const el = this.sections.warnings;
    // A part resolved by the other tier may be missing on its own (that tier down): it says so.
    const gap = (...path: (string | number)[]) => {
      const at = errorsAt(errors, ...path);
      return at.length ? messageForError(at[0]) : null;
    };
    const county = (a?.countyCases?.nodes ?? []).map((c, i) => {
      const originGap = gap('countyCases', 'nodes', i, 'originTownship');
      return {
        ...common(c, 'COUNTY', gap('countyCases', 'nodes', i, 'supervision')),
        unitName: c.department.shortName,
        origin: c.originTownship ? `${c.originTownship.name}代收` : originGap ? `乡镇代收，${originGap}` : null,
      };
    });
    const township = (a?.townshipCases?.nodes ?? []).map((c, i) => ({
      ...common(c, 'TOWNSHIP', gap('townshipCases', 'nodes', i, 'supervision')),
      unitName: c.township.name,
      origin: null,
    }));
    // The query asks for yellow and red cases only; the schema's type allows any level, and no other is listed as if it were one.
    const cases = sortWarnings([...county, ...township].filter(isWarning));
    const total = (a?.countyCases?.total ?? 0) + (a?.townshipCases?.total ?? 0);
    const missing = [
      a?.countyCases ? null : `县级办件：${sectionMessage(errorsAt(errors, 'countyCases'))}`,
      a?.townshipCases ? null : `乡镇办件：${sectionMessage(errorsAt(errors, 'townshipCases'))}`,
    ].filter(Boolean);
    show(
      el,
      h('div', { class: 'card-head' }, h('h2', {}, `预警办件（黄灯、红灯）　共 ${total} 件`), this.ctx.warningActions ?? null),
      missing.length ? h('p', { class: 'error-box' }, missing.join('；')) : null,
      cases.length
        ? h(
            'div',
            { class: 'scroll warnings-scroll' },
            h(
              'table',
              {},
              h('thead', {}, h('tr', {}, ['预警', '办件编号', '事项', '责任单位', '状态', '承诺办结', '剩余工作日', '督办'].map((t) => h('th', {}, t)))),
              h(
                'tbody',
                {},
                cases.map((c) =>
                  h(
                    'tr',
                    { 'data-number': c.number, 'data-level': c.level },
                    h('td', {}, h('span', { class: `light ${c.level}` }), c.level === 'RED' ? '红灯' : '黄灯'),
                    h('td', {}, c.number),
                    h('td', { class: 'item' }, c.itemName),
                    h('td', {}, c.unitName, c.origin ? h('span', { class: 'hint' }, `（${c.origin}）`) : null),
                    h('td', {}, c.statusLabel),
                    h('td', {}, c.dueDate ?? '—'),
                    h('td', { class: 'num' }, c.workingDaysLeft === null ? '—' : String(c.workingDaysLeft)),
                    !this.seesSupervision
                      ? h('td', { class: 'hint', 'data-supervision': 'HIDDEN' }, '—')
                      : c.supervisionGap
                        ? h('td', { class: 'hint', 'data-supervision': 'UNAVAILABLE' }, c.supervisionGap)
                        : h('td', { 'data-supervision': c.supervision?.status ?? 'NONE' }, h('span', { class: `tag ${c.supervision?.status === 'OPEN' ? 'open' : c.supervision ? 'closed' : ''}` }, supervisionText(c.supervision))),
                  ),
                ),
              ),
            ),
          )
        : missing.length
          ? null
          : h('p', { class: 'empty' }, '当前没有黄灯、红灯办件。'),
      total > cases.length ? h('p', { class: 'hint' }, `只列出最先到期的 ${cases.length} 件。`) : null,
    );
  }
}

type Listed = Omit<WarningCase, 'level'> & { level: WarningLevel | null };
const isWarning = (c: Listed): c is WarningCase => c.level === 'YELLOW' || c.level === 'RED';

function common(c: CaseNode, tier: WarningCase['tier'], supervisionGap: string | null): Omit<Listed, 'unitName' | 'origin'> {
  return {
    supervisionGap,
    number: c.number,
    tier,
    itemName: c.item.name,
    statusLabel: c.statusLabel,
    level: c.deadline.warningLevel,
    dueDate: c.deadline.dueDate,
    workingDaysLeft: c.deadline.workingDaysLeft,
    supervision: c.supervision,
  };
}

function kpi(label: string, value: string, unit: string, key: string, cls = ''): HTMLElement {
  return h('div', { class: `kpi ${cls}`, 'data-kpi': key }, h('div', { class: 'label' }, label), h('div', { class: 'value' }, value, unit ? h('small', {}, unit) : null));
}

function stat(label: string, value: string | number, key: string): Child[] {
  return [h('dt', {}, label), h('dd', { 'data-status': key }, String(value))];
}

function dataTable(id: string, head: string[], rows: (string | number)[][]): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, '查看数据'),
    h('div', { class: 'scroll' }, h('table', { id }, h('thead', {}, h('tr', {}, head.map((t) => h('th', {}, t)))), h('tbody', {}, rows.map((r) => h('tr', {}, r.map((v) => h('td', {}, String(v)))))))),
  );
}

/** Why a part of the page is empty, in the clerk's words. */
function sectionMessage(errors: GraphQLErrorItem[]): string {
  return errors.length ? messageForError(errors[0]) : '暂无数据';
}

function failure(what: string, errors: GraphQLErrorItem[]): HTMLElement {
  return h('p', { class: 'error-box', 'data-error': codeOf(errors[0]) }, `${what}无法显示：${sectionMessage(errors)}`);
}
