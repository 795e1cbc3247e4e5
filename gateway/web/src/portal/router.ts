/** The portal's views by hash address (/guide#/items/county/<id>, /guide#/complaint): every page can be bookmarked and shared. */
import { createRouter, createWebHashHistory } from 'vue-router';

export function createPortalRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', component: () => import('./views/GuideListView.vue') },
      { path: '/items/:tier(county|township)/:id', component: () => import('./views/GuideItemView.vue'), props: true },
      { path: '/apply/:tier(county|township)/:id', component: () => import('./views/ApplyView.vue'), props: true },
      { path: '/complaint', component: () => import('./views/ComplaintView.vue') },
      { path: '/complaint-status', component: () => import('./views/ComplaintStatusView.vue') },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
}
