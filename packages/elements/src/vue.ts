// Types only (the module is empty at run time). Types of the elements for Vue templates: `import '@yiwang/elements/vue'` in
// an env.d.ts gives vue-tsc and editors the properties and `yw-*` events of
// each tag. (Register the tags with `@yiwang/elements/all.js` and tell Vue's
// compiler `isCustomElement: (tag) => tag.startsWith('yw-')`.)
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { YwCatalogStats, YwConfig, YwDepartmentSelectEvent, YwErrorEvent } from './index.ts';

/** Public properties of an element that a template may bind. */
type Props<E, K extends keyof E> = Partial<Pick<E, K>>;
/** `onYw…` handlers of the element's events. */
type Handlers<Events> = { [N in keyof Events as N extends `yw-${infer Rest}` ? `onYw${Capitalize<CamelCase<Rest>>}` : never]?: (event: Events[N]) => void };
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

type Element<E, K extends keyof E, Events> = DefineComponent<HTMLAttributes & Props<E, K> & Handlers<Events> & { 'api-base'?: string }>;

type SharedProps = 'apiBase' | 'locale' | 'elder' | 'theme';

declare module 'vue' {
  interface GlobalComponents {
    'yw-config': Element<YwConfig, SharedProps | 'getToken' | 'clientOptions', { 'yw-error': YwErrorEvent }>;
    'yw-catalog-stats': Element<YwCatalogStats, SharedProps | 'sort' | 'target' | 'selected', { 'yw-department-select': YwDepartmentSelectEvent; 'yw-error': YwErrorEvent }>;
  }
}

export {};
