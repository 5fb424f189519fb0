// Vue renders the elements as native custom elements (vite.config.ts tells
// the template compiler that `yw-*` tags are not Vue components).
import { createApp } from 'vue';
import '@yiwang/elements/all.js';
import App from './App.vue';

createApp(App).mount('#app');
