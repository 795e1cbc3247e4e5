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
  { path: '/:rest(.*)*', redirect: '/home' },
];

export function createConsoleRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes });
  router.beforeEach((to) => {
    const who = claims.value;
    if (to.meta.public) return who ? '/home' : true;
    if (!who) return '/sign-in';
    if (to.path === '/home') {
      const home = homeFor(who.role);
      return home.external ? true : home.path;
    }
    return mayOpen(who.role, to.path) ? true : '/home';
  });
  return router;
}
