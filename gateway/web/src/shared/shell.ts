import { h, show, type Child } from './dom';
import { request } from './graphql';
import { currentToken, isExpired, readClaims, ROLE_LABELS, saveToken, signOut, type Claims, type Role } from './session';

export interface StaffPage {
  title: string;
  /** Roles offered as demo identities on this page (the graph still decides what each may see). */
  demoRoles: Role[];
  start(ctx: PageContext): Promise<void> | void;
}

export interface PageContext {
  claims: Claims;
  main: HTMLElement;
  /** Shows a short message under the header (role="status"); errors stay until the next one. */
  notify(message: string, kind?: 'ok' | 'error'): void;
  /** The token was refused: sign out and ask for a new one with this message. */
  signInAgain(message: string): void;
  /** Puts controls (period picker, township picker) into the header bar. */
  toolbar(...children: Child[]): void;
}

/** Header, sign-in and notices for a staff page; the page itself only fills `main`. */
export function mountStaffPage(page: StaffPage): void {
  document.title = `${page.title} · 联动`;
  const app = document.getElementById('app')!;
  const tools = h('div', { class: 'toolbar' });
  const who = h('div', { class: 'who' });
  const notice = h('div', { class: 'notice', role: 'status', id: 'notice' });
  const main = h('main', { id: 'main' });
  show(app, h('header', { class: 'bar' }, h('div', { class: 'brand' }, h('span', { class: 'logo' }, '联动'), h('h1', {}, page.title)), tools, who), notice, main);

  const notify = (message: string, kind: 'ok' | 'error' = 'ok') => {
    notice.className = `notice ${kind}`;
    notice.textContent = message;
    if (kind === 'ok') setTimeout(() => notice.textContent === message && (notice.textContent = ''), 6000);
  };
  const signInAgain = (message: string) => {
    signOut();
    begin(message);
  };
  const begin = (message = '') => {
    show(tools);
    show(who);
    notice.textContent = '';
    const token = currentToken();
    const claims = token ? readClaims(token) : null;
    if (!claims || isExpired(claims)) {
      if (token) signOut();
      const why = !token ? message : !claims ? '令牌无效，请重新登录。' : '登录已过期，请重新登录。';
      return signInPanel(main, page, why, () => begin());
    }
    show(
      who,
      h('span', { class: 'user', id: 'user' }, `${claims.name} · ${ROLE_LABELS[claims.role]}`),
      h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: () => (signOut(), begin('已退出登录。')) }, '退出'),
    );
    show(main, h('p', { class: 'loading' }, '正在加载…'));
    void Promise.resolve(page.start({ claims, main, notify, signInAgain, toolbar: (...c) => show(tools, ...c) }));
  };
  begin();
}

/** Paste a token, or (demo mode only) take a demo identity from the gateway's development endpoint. */
function signInPanel(main: HTMLElement, page: StaffPage, message: string, done: () => void): void {
  const alert = h('p', { class: 'alert', role: 'alert', id: 'sign-in-message' }, message);
  const input = h('textarea', { id: 'token-input', rows: 4, placeholder: 'eyJhbGciOi…', 'aria-label': '访问令牌' });
  const accept = (token: string) => {
    const claims = readClaims(token.trim());
    if (!claims) return void (alert.textContent = '令牌格式不正确：请粘贴完整的访问令牌。');
    if (isExpired(claims)) return void (alert.textContent = '该令牌已过期，请向管理员重新申领。');
    saveToken(token);
    done();
  };
  const demo = h('div', { id: 'demo-sign-in' });
  show(
    main,
    h(
      'section',
      { class: 'card sign-in' },
      h('h2', {}, '登录'),
      alert,
      h('label', { for: 'token-input' }, '访问令牌（由系统管理员签发）'),
      input,
      h('button', { type: 'button', id: 'sign-in', class: 'primary', onclick: () => accept(input.value) }, '登录'),
      demo,
    ),
  );
  void offerDemoIdentities(demo, page.demoRoles, accept);
}

async function offerDemoIdentities(box: HTMLElement, roles: Role[], accept: (token: string) => void): Promise<void> {
  const enabled = await fetch('/dev/token/enabled').then((r) => r.ok, () => false);
  if (!enabled) return;
  const { data } = await request<{ townships: { id: string; name: string }[]; departments: { id: string; name: string }[] }>(
    '{ townships { id name } departments { id name } }',
    {},
    { anonymous: true },
  );
  const role = h('select', { id: 'demo-role' }, roles.map((r) => h('option', { value: r }, ROLE_LABELS[r])));
  const township = h('select', { id: 'demo-township' }, (data?.townships ?? []).map((t) => h('option', { value: t.id }, t.name)));
  const department = h('select', { id: 'demo-department' }, (data?.departments ?? []).map((d) => h('option', { value: d.id }, d.name)));
  const sync = () => {
    township.parentElement!.hidden = role.value !== 'TOWNSHIP_CLERK';
    department.parentElement!.hidden = role.value !== 'COUNTY_CLERK';
  };
  role.addEventListener('change', sync);
  const go = async () => {
    const q = new URLSearchParams({ role: role.value });
    if (role.value === 'TOWNSHIP_CLERK') q.set('township', township.value);
    if (role.value === 'COUNTY_CLERK') q.set('department', department.value);
    const res = await fetch(`/dev/token?${q}`);
    const body = (await res.json()) as { token?: string; error?: string };
    if (body.token) accept(body.token);
  };
  show(
    box,
    h(
      'fieldset',
      { class: 'demo' },
      h('legend', {}, '演示身份（仅演示环境提供，生产环境无此入口）'),
      h('label', {}, '身份 ', role),
      h('label', {}, '乡镇 ', township),
      h('label', {}, '部门 ', department),
      h('button', { type: 'button', id: 'demo-sign-in-button', onclick: () => void go() }, '以演示身份登录'),
    ),
  );
  sync();
}
