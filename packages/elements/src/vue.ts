// Types only (the module is empty at run time). Types of the elements for Vue templates: `import '@yiwang/elements/vue'` in
// an env.d.ts gives vue-tsc and editors the properties and `yw-*` events of
// each tag. (Register the tags with `@yiwang/elements/all.js` and tell Vue's
// compiler `isCustomElement: (tag) => tag.startsWith('yw-')`.)
import type { DefineComponent, HTMLAttributes } from 'vue';
import type {
  YwAccountSwitch,
  YwActingChangeEvent,
  YwAddressChangeEvent,
  YwAddressPicker,
  YwAgencyActionEvent,
  YwAgencyRequestEvent,
  YwApplyEvent,
  YwCaseActionEvent,
  YwCaseDesk,
  YwCatalogStats,
  YwConfig,
  YwDepartmentSelectEvent,
  YwErrorEvent,
  YwEvaluateEvent,
  YwFormDesigner,
  YwFormPublishEvent,
  YwFormRenderer,
  YwItemGuide,
  YwItemSearch,
  YwProgressTracker,
  YwResultsEvent,
  YwSelectEvent,
  YwSubmitEvent,
} from './index.ts';

/** Public properties of an element that a template may bind. */
type Props<E, K extends keyof E> = Partial<Pick<E, K>>;
/** `onYw…` handlers of the element's events. */
type Handlers<Events> = {
  [N in keyof Events as N extends `yw-${infer Rest}` ? `onYw${Capitalize<CamelCase<Rest>>}` : never]?: (event: Events[N]) => void;
};
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

type Element<E, K extends keyof E, Events> = DefineComponent<HTMLAttributes & Props<E, K> & Handlers<Events> & { 'api-base'?: string }>;

type SharedProps = 'apiBase' | 'locale' | 'elder' | 'theme';

declare module 'vue' {
  interface GlobalComponents {
    'yw-form-renderer': Element<
      YwFormRenderer,
      SharedProps | 'formId' | 'schema' | 'name' | 'noLocalDraft' | 'disabled' | 'step' | 'data',
      { 'yw-submit': YwSubmitEvent; 'yw-error': YwErrorEvent }
    > & { 'form-id'?: string; 'no-local-draft'?: boolean };
    'yw-item-search': Element<
      YwItemSearch,
      | SharedProps
      | 'q'
      | 'department'
      | 'audience'
      | 'filters'
      | 'sort'
      | 'page'
      | 'pageSize'
      | 'paging'
      | 'syncUrl'
      | 'debounce'
      | 'recentLimit'
      | 'selected',
      {
        'yw-select': YwSelectEvent;
        'yw-results': YwResultsEvent;
        'yw-apply': YwApplyEvent;
        'yw-agency-request': YwAgencyRequestEvent;
        'yw-error': YwErrorEvent;
      }
    > & { 'page-size'?: number; 'sync-url'?: boolean; 'recent-limit'?: number };
    'yw-item-guide': Element<
      YwItemGuide,
      SharedProps | 'itemId',
      { 'yw-apply': YwApplyEvent; 'yw-agency-request': YwAgencyRequestEvent; 'yw-error': YwErrorEvent }
    > & { 'item-id'?: string };
    'yw-config': Element<YwConfig, SharedProps | 'getToken' | 'clientOptions' | 'actingFor', { 'yw-error': YwErrorEvent }> & {
      'acting-for'?: string;
    };
    'yw-account-switch': Element<YwAccountSwitch, SharedProps, { 'yw-acting-change': YwActingChangeEvent; 'yw-error': YwErrorEvent }>;
    'yw-catalog-stats': Element<
      YwCatalogStats,
      SharedProps | 'sort' | 'target' | 'selected',
      { 'yw-department-select': YwDepartmentSelectEvent; 'yw-error': YwErrorEvent }
    >;
    'yw-progress-tracker': Element<
      YwProgressTracker,
      SharedProps | 'number' | 'queryCode' | 'refreshInterval',
      { 'yw-evaluate': YwEvaluateEvent; 'yw-error': YwErrorEvent }
    >;
    'yw-address-picker': Element<
      YwAddressPicker,
      SharedProps | 'name' | 'required' | 'disabled' | 'noRecipient' | 'layout' | 'value',
      { 'yw-change': YwAddressChangeEvent; 'yw-error': YwErrorEvent }
    >;
    'yw-case-desk': Element<
      YwCaseDesk,
      | SharedProps
      | 'number'
      | 'status'
      | 'itemId'
      | 'overdue'
      | 'page'
      | 'pageSize'
      | 'view'
      | 'request'
      | 'needsAppointment'
      | 'agencyStatus',
      { 'yw-case-action': YwCaseActionEvent; 'yw-agency-action': YwAgencyActionEvent; 'yw-error': YwErrorEvent }
    > & { 'item-id'?: string; 'page-size'?: number; 'needs-appointment'?: string; 'agency-status'?: string };
    'yw-form-designer': Element<
      YwFormDesigner,
      SharedProps | 'itemId' | 'view' | 'form' | 'backend',
      { 'yw-form-publish': YwFormPublishEvent; 'yw-error': YwErrorEvent }
    > & { 'item-id'?: string };
  }
}

export {};
