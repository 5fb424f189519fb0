// The elements' properties and `yw-*` events in Vue templates (GlobalComponents), for vue-tsc and editors.
import '@yiwang/elements/vue';
