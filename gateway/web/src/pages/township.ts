/**
 * /township — the township window's work board for delegated intakes (委托受理, SPEC §4.4): what to
 * forward, supplements to collect, results to hand over, what is overdue, and the two actions a
 * clerk takes here. Township clerks see their own township; county administrators and supervisors
 * pick one. Every figure comes from the gateway in one query.
 */
import { h, show } from '../shared/dom';
import { codeOf, messageFor, messageForError, request, type GraphQLErrorItem } from '../shared/graphql';
import { mountStaffPage, type PageContext } from '../shared/shell';
import { renderBoard } from '../township/board';
import { openHandoverDialog, openSupplementDialog, type DialogHooks } from '../township/dialogs';
import { TOWNSHIPS_QUERY, WORK_LIST_QUERY, firstTabWithWork, pickTownship, searchWithTownship, townshipFromSearch, type ListKey, type WorkList } from '../township/model';

mountStaffPage({ title: '乡镇便民服务中心工作台', demoRoles: ['TOWNSHIP_CLERK', 'COUNTY_ADMIN', 'SUPERVISOR'], start });

/** One line per distinct problem, in the page's language (an unreachable tier by name); the English detail stays out of sight. */
function problems(errors: GraphQLErrorItem[]): string[] {
  return [...new Set(errors.map((e) => messageForError(e)))];
}

function failureCard(errors: GraphQLErrorItem[], retry: () => void): HTMLElement {
  const forbidden = errors.some((e) => codeOf(e) === 'FORBIDDEN');
  return h(
    'section',
    { class: 'card failure', id: 'load-failure' },
    h('h2', {}, '工作清单暂时无法显示'),
    h('div', { class: 'error-box', role: 'alert', id: 'load-error', 'data-code': codeOf(errors[0]) }, problems(errors).join(' ')),
    forbidden
      ? h('p', { class: 'hint' }, '本页面供乡镇窗口人员、县中心管理员和效能督查人员使用，请以相应身份重新登录。')
      : h('p', {}, h('button', { type: 'button', id: 'retry', onclick: retry }, '重新加载')),
  );
}

async function start(ctx: PageContext): Promise<void> {
  // Only the township's own clerks may act; the graph refuses anyone else, so others get no buttons.
  const isClerk = ctx.claims.role === 'TOWNSHIP_CLERK';
  const board = h('div', { class: 'board', id: 'township-board', 'data-state': 'loading' }, h('p', { class: 'loading' }, '正在加载…'));
  show(ctx.main, board);

  let townshipId: string | null = null;
  let activeTab: ListKey | null = null;
  let sequence = 0;

  if (!isClerk) {
    const r = await request<{ townships: { id: string; name: string }[] | null }>(TOWNSHIPS_QUERY);
    if (r.errors.some((e) => codeOf(e) === 'UNAUTHENTICATED')) return ctx.signInAgain(messageFor('UNAUTHENTICATED'));
    const townships = r.data?.townships ?? [];
    if (r.errors.length || !r.data?.townships) {
      board.dataset.state = 'error';
      return show(board, failureCard(r.errors.length ? r.errors : [{ message: 'no data' }], () => void start(ctx)));
    }
    townshipId = pickTownship(townships, townshipFromSearch(location.search));
    if (!townshipId) {
      board.dataset.state = 'empty';
      return show(board, h('section', { class: 'card' }, h('p', { class: 'empty' }, '暂无乡镇便民服务中心：请先在县中心维护乡镇名录。')));
    }
    // The address names the township, so a reload or a bookmark opens the same one.
    history.replaceState(null, '', searchWithTownship(location.search, townshipId));
    const picker = h(
      'select',
      { id: 'township-picker', 'aria-label': '选择乡镇' },
      townships.map((t) => h('option', { value: t.id, selected: t.id === townshipId }, t.name)),
    );
    picker.addEventListener('change', () => {
      townshipId = picker.value;
      activeTab = null;
      history.replaceState(null, '', searchWithTownship(location.search, townshipId));
      void load();
    });
    ctx.toolbar(h('label', { class: 'township-picker' }, '查看乡镇', picker));
  }

  const load = async (): Promise<WorkList | null> => {
    const mine = ++sequence;
    board.dataset.state = 'loading';
    board.setAttribute('aria-busy', 'true');
    const r = await request<{ townshipWorkList: WorkList | null }>(WORK_LIST_QUERY, isClerk ? {} : { townshipId });
    // A newer load (another township picked meanwhile) owns the board now.
    if (mine !== sequence) return null;
    board.removeAttribute('aria-busy');
    if (r.errors.some((e) => codeOf(e) === 'UNAUTHENTICATED')) {
      ctx.signInAgain(messageFor('UNAUTHENTICATED'));
      return null;
    }
    const w = r.data?.townshipWorkList;
    if (!w) {
      board.dataset.state = 'error';
      show(board, failureCard(r.errors.length ? r.errors : [{ message: 'no data' }], () => void load()));
      return null;
    }
    activeTab ??= firstTabWithWork(w);
    board.dataset.state = 'ready';
    board.dataset.townshipId = w.township.id;
    show(
      board,
      // A partial answer still shows what came; the missing part is named, not hidden.
      r.errors.length ? h('div', { class: 'error-box', role: 'alert', id: 'partial-error' }, `部分内容暂时无法获取：${problems(r.errors).join(' ')}`) : null,
      ...renderBoard(w, {
        canAct: isClerk,
        activeTab,
        loadedAt: new Date(),
        onTab: (key) => (activeTab = key),
        onRefresh: () => void load(),
        onHandover: (row) => openHandoverDialog(row, hooks('readyForHandover')),
        onSupplement: (row) => openSupplementDialog(row, hooks('supplementsToCollect')),
      }),
    );
    return w;
  };

  const hooks = (list: ListKey): DialogHooks => ({
    done: (message) => {
      ctx.notify(message);
      void load();
    },
    reload: async (id) => (await load())?.[list].find((row) => row.id === id) ?? null,
    signInAgain: ctx.signInAgain,
  });

  await load();
}
