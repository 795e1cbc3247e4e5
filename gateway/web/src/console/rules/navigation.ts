/**
 * Which views of the staff console a role opens. Pure, so a unit test checks it; the router and
 * the menu both read it (administration and supervision views slot in here).
 */
import type { Role } from '../../shared/roles';
import { mayPrint } from '../print/rules';
import { CLERK_SUPERVISION_VIEW, mayOpenSupervisionCase, SUPERVISION_VIEWS } from './supervision-nav';

export interface ConsoleView {
  /** Route inside the console (hash address), or an address of another page when `external`. */
  path: string;
  label: string;
  external?: boolean;
  /** The menu group it is listed under (e.g. 中心管理); ungrouped views come first. */
  group?: string;
}

const COUNTY_WINDOW: ConsoleView[] = [
  { path: '/queue', label: '我的办件' },
  { path: '/receive', label: '收件' },
];
const TOWNSHIP_WINDOW: ConsoleView[] = [
  // The township's own items (its window), delegated county items, and the delegated work list (待办).
  { path: '/township-cases', label: '乡镇窗口' },
  { path: '/township-receive', label: '收件' },
  { path: '/intake', label: '委托受理' },
  { path: '/township', label: '待办' },
];
const OVERVIEW: ConsoleView[] = [{ path: '/overview', label: '总览' }];
/** County administrators and supervisors also read any township's work board (read-only). */
const OVERVIEW_AND_TOWNSHIPS: ConsoleView[] = [...OVERVIEW, { path: '/township', label: '乡镇工作台' }];
/** The centre's back office: the administrator keeps the calendar and settings; the audit log is also the efficiency office's to read. */
const AUDIT_LOG: ConsoleView = { path: '/admin/audit', label: '操作日志' };
const ADMIN_CALENDAR_SETTINGS: ConsoleView[] = [
  { path: '/admin/calendar', label: '工作日历', group: '中心管理' },
  { path: '/admin/settings', label: '系统设置', group: '中心管理' },
];

/** 中心管理: the county centre's catalog, for its administrators only. */
const CENTRE_CATALOG: ConsoleView[] = [
  { path: '/admin/departments', label: '部门', group: '中心管理' },
  { path: '/admin/items', label: '事项目录', group: '中心管理' },
  { path: '/admin/townships', label: '乡镇与村便民服务室', group: '中心管理' },
];

export function viewsFor(role: Role): ConsoleView[] {
  switch (role) {
    // E-supervision (电子监察): the units' clerks answer in their workbench, supervisors run it.
    case 'COUNTY_CLERK':
      return [...COUNTY_WINDOW, CLERK_SUPERVISION_VIEW];
    case 'TOWNSHIP_CLERK':
      return [...TOWNSHIP_WINDOW, CLERK_SUPERVISION_VIEW];
    case 'COUNTY_ADMIN':
      return [...OVERVIEW_AND_TOWNSHIPS, ...CENTRE_CATALOG, ...ADMIN_CALENDAR_SETTINGS, { ...AUDIT_LOG, group: '中心管理' }];
    case 'SUPERVISOR':
      return [...OVERVIEW_AND_TOWNSHIPS, ...SUPERVISION_VIEWS, { ...AUDIT_LOG, group: '电子监察' }];
    default:
      return OVERVIEW;
  }
}

/** The view a role lands on after signing in: its first console view, else the first link. */
export function homeFor(role: Role): ConsoleView {
  return viewsFor(role)[0];
}

/** Whether a role may open a console route (a typed address of another role's view is refused). */
export function mayOpen(role: Role, path: string): boolean {
  if (path.startsWith('/cases/')) return role === 'COUNTY_CLERK';
  if (path.startsWith('/township-cases/')) return role === 'TOWNSHIP_CLERK';
  // An intake's detail is opened from the township board, by whoever may read that board.
  if (path.startsWith('/intakes/')) return viewsFor(role).some((v) => v.path === '/township');
  if (path.startsWith('/print/')) return mayPrint(role, path);
  // An administration view's pages (an item, a township) open for whoever has the view.
  if (path.startsWith('/admin/')) return viewsFor(role).some((v) => path === v.path || path.startsWith(`${v.path}/`));
  if (path.startsWith('/supervision/cases/')) return mayOpenSupervisionCase(role, path);
  return viewsFor(role).some((v) => !v.external && v.path === path);
}

/** The menu entry a route belongs to: the view itself, or the view whose page it is (/admin/items/… → /admin/items). */
export function menuEntryOf(role: Role, path: string): string | null {
  return viewsFor(role).find((v) => path === v.path || (path.startsWith('/admin/') && path.startsWith(`${v.path}/`)))?.path ?? null;
}

/** The menu: ungrouped views, then each group with its views, in the order the views come. */
export function menuSections(views: readonly ConsoleView[]): { group: string | null; views: ConsoleView[] }[] {
  const sections: { group: string | null; views: ConsoleView[] }[] = [];
  for (const v of views) {
    const group = v.group ?? null;
    const section = sections.find((s) => s.group === group);
    if (section) section.views.push(v);
    else sections.push({ group, views: [v] });
  }
  return sections;
}
