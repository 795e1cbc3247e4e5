/**
 * The public portal (/guide): the service guides of every county and township item, mobile-first.
 * No sign-in: it calls the gateway as the public. Vue 3 + Element Plus, as the staff console.
 */
import { createApp } from 'vue';
import urql from '@urql/vue';
import 'element-plus/theme-chalk/base.css';
import App from '../portal/App.vue';
import { createPortalRouter } from '../portal/router';
import { createPortalClient } from '../portal/client';

createApp(App).use(createPortalRouter()).use(urql, createPortalClient()).mount('#app');
