/** The staff console (/console): Vue 3 + Element Plus, one sign-in, the views of the clerk's role. */
import { createApp } from 'vue';
import urql from '@urql/vue';
import 'element-plus/theme-chalk/base.css';
import App from '../console/App.vue';
import { createConsoleRouter } from '../console/router';
import { createGraphClient } from '../console/client';

createApp(App).use(createConsoleRouter()).use(urql, createGraphClient()).mount('#app');
