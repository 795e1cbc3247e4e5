/**
 * The console's views, by hash address (/console#/queue): the gateway serves one page and every
 * view is reachable by a bookmark. A role opens only its own views (rules/navigation.ts).
 */
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import { claims } from './session-state';
import { homeFor, mayOpen } from './rules/navigation';

const routes: RouteRecordRaw[] = [
  { path: '/sign-in', component: () => import('./views/SignInView.vue'), meta: { public: true } },
  { path: '/home', component: () => import('./views/HomeView.vue') },
  { path: '/queue', component: () => import('./views/QueueView.vue'), props: { tier: 'county' } },
  { path: '/receive', component: () => import('./views/ReceiveView.vue'), props: { tier: 'county' } },
  { path: '/cases/:id', component: () => import('./views/CaseView.vue'), props: (r) => ({ id: r.params.id, tier: 'county' }) },
  // The township's own items (乡镇窗口): the same views, for the township tier.
  { path: '/township-cases', component: () => import('./views/QueueView.vue'), props: { tier: 'township' } },
  { path: '/township-receive', component: () => import('./views/ReceiveView.vue'), props: { tier: 'township' } },
  { path: '/township-cases/:id', component: () => import('./views/CaseView.vue'), props: (r) => ({ id: r.params.id, tier: 'township' }) },
  { path: '/township', component: () => import('./views/TownshipBoardView.vue') },
  { path: '/intake', component: () => import('./views/DelegatedIntakeView.vue') },
  { path: '/intakes/:id', component: () => import('./views/IntakeView.vue'), props: true },
  { path: '/overview', component: () => import('./views/DashboardView.vue') },
  // The centre's back office (工作日历, 系统设置, 操作日志).
  { path: '/admin/calendar', component: () => import('./views/AdminCalendarView.vue') },
  { path: '/admin/settings', component: () => import('./views/AdminSettingsView.vue') },
  { path: '/admin/audit', component: () => import('./views/AuditLogView.vue') },
  // Printed documents (受理通知书 …): print/rules.ts says which kinds, tiers and roles.
  { path: '/print/:kind/:tier/:id', component: () => import('./print/PrintView.vue'), props: true },
  // 中心管理: the county centre's catalog (COUNTY_ADMIN).
  { path: '/admin/departments', component: () => import('./views/admin/DepartmentsView.vue') },
  { path: '/admin/items', component: () => import('./views/admin/CountyItemsView.vue') },
  { path: '/admin/items/:id', component: () => import('./views/admin/CountyItemView.vue'), props: true },
  { path: '/admin/townships', component: () => import('./views/admin/TownshipsView.vue') },
  { path: '/admin/townships/:id', component: () => import('./views/admin/TownshipView.vue'), props: true },
  // E-supervision (电子监察): rules/supervision-nav.ts says who opens which.
  { path: '/supervision/warnings', component: () => import('./views/supervision/WarningsView.vue') },
  { path: '/supervision/records', component: () => import('./views/supervision/RecordsView.vue') },
  { path: '/supervision/complaints', component: () => import('./views/supervision/ComplaintsView.vue') },
  { path: '/supervision/reviews', component: () => import('./views/supervision/ReviewsView.vue') },
  { path: '/supervision/refusals', component: () => import('./views/supervision/RefusalsView.vue') },
  { path: '/supervision/cases/:tier/:id', component: () => import('./views/CaseView.vue'), props: (r) => ({ id: r.params.id, tier: r.params.tier, readonly: true }) },
  { path: '/my-supervision', component: () => import('./views/supervision/MySupervisionView.vue') },
  { path: '/:rest(.*)*', redirect: '/home' },
];

export function createConsoleRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes });
  router.beforeEach((to) => {
    const who = claims.value;
    if (to.meta.public) return who ? '/home' : true;
    // A bookmark (a wall screen's period, a township) opens where it points once signed in.
    if (!who) return to.path === '/home' ? '/sign-in' : { path: '/sign-in', query: { next: to.fullPath } };
    if (to.path === '/home') {
      const home = homeFor(who.role);
      return home.external ? true : home.path;
    }
    return mayOpen(who.role, to.path) ? true : '/home';
  });
  return router;
}
