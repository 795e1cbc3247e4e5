/** Draws the work board: the township's status strip and the four work lists as tabs. */
import { h, type Child } from '../shared/dom';
import { beijingDateTime, duration } from '../shared/format';
import { LISTS, STAGE_LABELS, listCounts, resultOf, sortRows, statusFacts, type IntakeRow, type ListKey, type WorkList } from './model';

export interface BoardOptions {
  /** Only the township's own clerks may act; everyone else reads. */
  canAct: boolean;
  activeTab: ListKey;
  onTab(key: ListKey): void;
  onHandover(row: IntakeRow): void;
  onSupplement(row: IntakeRow): void;
  onRefresh(): void;
  /** When the answer was received (the browser's clock), shown beside the title. */
  loadedAt: Date;
}

interface Column {
  title: string;
  cell(row: IntakeRow): Child;
  className?: string;
}

const text = (s: string | null | undefined) => s || '—';

function statusCard(w: WorkList, o: BoardOptions): HTMLElement {
  const s = w.township.status;
  const facts = s
    ? h(
        'dl',
        { class: 'facts' },
        statusFacts(s).map((f) =>
          h('div', { class: `fact ${f.tone}`, 'data-fact': f.key }, h('dt', {}, f.label), h('dd', {}, h('span', { class: 'value' }, f.value), f.detail ? h('span', { class: 'detail' }, f.detail) : null)),
        ),
      )
    : h('p', { class: 'hint' }, '本乡镇的服务状态暂时无法获取。');
  const loaded = o.loadedAt.toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' });
  return h(
    'section',
    { class: 'card status-card', id: 'township-status', 'aria-label': '乡镇服务状态' },
    h(
      'div',
      { class: 'card-head' },
      h('h2', { id: 'township-name' }, `${w.township.name}便民服务中心`),
      h('span', { class: 'hint', id: 'loaded-at' }, `数据更新于 ${loaded}`),
      h('button', { type: 'button', id: 'refresh', onclick: () => o.onRefresh() }, '刷新'),
    ),
    facts,
  );
}

const numberCell = (r: IntakeRow) => h('span', { class: 'mono' }, r.number);

function commonColumns(overdueIds: Set<string>): Column[] {
  return [
    { title: '办件编号', cell: numberCell },
    { title: '事项名称', cell: (r) => r.itemName, className: 'wrap item' },
    // Shown exactly as the graph returns it: masked for roles that do not handle the intake.
    { title: '申请人', cell: (r) => r.applicant.name },
    { title: '受理时间', cell: (r) => beijingDateTime(r.acceptedAt), className: 'num' },
    {
      title: '办结期限',
      cell: (r) => (overdueIds.has(r.id) ? h('span', { class: 'late' }, text(r.dueDate), h('span', { class: 'tag red' }, '超期')) : text(r.dueDate)),
      className: 'num',
    },
    { title: '首问责任人', cell: (r) => r.clerkName },
  ];
}

/** Read-only users get no action column at all: a note above the list says who acts. */
function actionColumn(o: BoardOptions, label: string, id: string, onClick: (row: IntakeRow) => void): Column[] {
  if (!o.canAct) return [];
  return [{ title: '操作', className: 'ops', cell: (r) => h('button', { type: 'button', class: 'act', 'data-action': id, onclick: () => onClick(r) }, label) }];
}

function specificColumns(key: ListKey, o: BoardOptions): Column[] {
  switch (key) {
    case 'waitingForward':
      return [
        { title: '已等待', cell: (r) => duration(r.waitingSeconds), className: 'num' },
        { title: '转报次数', cell: (r) => String(r.forwardAttempts), className: 'num' },
        {
          title: '转报情况',
          className: 'wrap',
          // The raw delivery error is for the county's IT staff; the clerk reads the line above it.
          cell: (r) => [
            h(
              'div',
              {},
              r.forwardingWarning ? h('span', { class: 'tag red' }, '超过转报时限') : null,
              h('span', { class: r.forwardingError ? 'error-text' : 'hint' }, r.forwardingError ? '转报未成功，系统自动重试中' : '等待县级部门确认接收'),
            ),
            r.forwardingError ? h('div', { class: 'hint raw-error', title: r.forwardingError }, `错误信息：${r.forwardingError}`) : null,
          ],
        },
      ];
    case 'supplementsToCollect':
      return [
        { title: '需补正材料', cell: (r) => (r.missingMaterials.length ? r.missingMaterials.join('、') : '—'), className: 'wrap materials' },
        ...actionColumn(o, '补正材料', 'supplement', o.onSupplement),
      ];
    case 'readyForHandover':
      return [
        {
          title: '办理结果',
          cell: (r) => {
            const res = resultOf(r);
            return h('span', { class: `tag ${res.approved ? 'approved' : 'rejected'}` }, res.label);
          },
        },
        { title: '结果文号 / 不予许可理由', cell: (r) => resultOf(r).text, className: 'wrap result' },
        ...actionColumn(o, '登记送达', 'handover', o.onHandover),
      ];
    case 'overdue':
      return [
        { title: '当前环节', cell: (r) => STAGE_LABELS[r.stage] },
        { title: '县级办理状态', cell: (r) => r.countyStatusLabel ?? '未转报' },
        { title: '县级办件编号', cell: (r) => (r.countyCaseNumber ? h('span', { class: 'mono' }, r.countyCaseNumber) : '—') },
      ];
  }
}

function listTable(key: ListKey, rows: IntakeRow[], overdueIds: Set<string>, o: BoardOptions): HTMLElement {
  const cols = [...commonColumns(overdueIds), ...specificColumns(key, o)];
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { class: 'work-table', 'data-list': key },
      h('thead', {}, h('tr', {}, cols.map((c) => h('th', { class: c.className ?? null, scope: 'col' }, c.title)))),
      h(
        'tbody',
        {},
        sortRows(key, rows).map((r) =>
          h(
            'tr',
            { 'data-number': r.number, 'data-id': r.id, 'data-stage': r.stage, class: r.forwardingWarning && key === 'waitingForward' ? 'warning' : null },
            cols.map((c) => h('td', { class: c.className ?? null }, c.cell(r))),
          ),
        ),
      ),
    ),
  );
}

function workCard(w: WorkList, o: BoardOptions): HTMLElement {
  const counts = listCounts(w);
  const overdueIds = new Set(w.overdue.map((r) => r.id));
  const tabs: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  let current = o.activeTab;
  const select = (key: ListKey, focus = false) => {
    current = key;
    LISTS.forEach((l, i) => {
      const on = l.key === key;
      tabs[i]!.setAttribute('aria-selected', String(on));
      tabs[i]!.tabIndex = on ? 0 : -1;
      panels[i]!.hidden = !on;
      if (on && focus) tabs[i]!.focus();
    });
    o.onTab(key);
  };
  for (const l of LISTS) {
    const n = counts[l.key];
    tabs.push(
      h(
        'button',
        { type: 'button', role: 'tab', id: `tab-${l.key}`, 'aria-controls': `list-${l.key}`, 'data-tab': l.key, class: l.key === 'overdue' && n > 0 ? 'urgent' : null, onclick: () => select(l.key) },
        l.label,
        h('span', { class: `count${n ? '' : ' zero'}`, 'data-count': l.key }, String(n)),
      ),
    );
    panels.push(
      h(
        'div',
        { role: 'tabpanel', id: `list-${l.key}`, 'aria-labelledby': `tab-${l.key}`, 'data-panel': l.key, class: 'panel' },
        h('p', { class: 'hint list-hint' }, l.hint),
        n ? listTable(l.key, w[l.key], overdueIds, o) : h('p', { class: 'empty', 'data-empty': l.key }, l.empty),
      ),
    );
  }
  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': '委托受理工作清单' }, tabs);
  // Arrow keys move between tabs, as in any tab widget.
  tablist.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const i = LISTS.findIndex((l) => l.key === current);
    const next = LISTS[(i + (e.key === 'ArrowRight' ? 1 : LISTS.length - 1)) % LISTS.length]!;
    select(next.key, true);
  });
  const card = h(
    'section',
    { class: 'card work-card', id: 'work-lists', 'aria-label': '委托受理工作清单' },
    tablist,
    o.canAct ? null : h('p', { class: 'read-only', id: 'read-only-note' }, '当前身份仅可查看。登记送达、补正材料由本乡镇窗口人员办理。'),
    panels,
  );
  select(o.activeTab);
  return card;
}

/** The whole board for one work list. */
export function renderBoard(w: WorkList, o: BoardOptions): HTMLElement[] {
  return [statusCard(w, o), workCard(w, o)];
}
