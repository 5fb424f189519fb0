// Compile-time checks of the Vue typings (tsc -p examples/vue): the
// GlobalComponents entries accept the elements' props and typed handlers and
// reject wrong ones. Never bundled.
import type { GlobalComponents } from 'vue';

type PropsOf<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;
type StatsProps = PropsOf<GlobalComponents['yw-catalog-stats']>;
type ConfigProps = PropsOf<GlobalComponents['yw-config']>;

export const stats: StatsProps = { sort: 'items', target: 0.9, onYwDepartmentSelect: (e) => e.detail.departmentName.trim() };
export const config: ConfigProps = { apiBase: '/api/v1', locale: 'en', elder: true, onYwError: (e) => e.detail.kind };
// @ts-expect-error: sort is one of STATS_SORTS
export const badSort: StatsProps = { sort: 'random' };
// @ts-expect-error: the event detail has no `items`
export const badEvent: StatsProps = { onYwDepartmentSelect: (e) => e.detail.items };
