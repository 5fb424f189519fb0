// <yw-catalog-stats> in each of its states, against the mock server. The
// toolbar's locale / theme / elder apply to every story; the stories below
// pin them where the state is the point.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { STATS_SORTS, STATS_VIEWS } from '@yiwang/elements';
import type { YwCatalogStats } from '@yiwang/elements';
import { startMock } from '../.storybook/mock.ts';
import { EMPTY_PERFORMANCE_REPORT } from '@yiwang/test/fixtures/performance';
import { errorStates } from './error-states.ts';

type Args = Pick<YwCatalogStats, 'sort' | 'target' | 'view'>;

const meta: Meta<Args> = {
  title: 'Elements/yw-catalog-stats',
  component: 'yw-catalog-stats',
  args: { sort: 'ratio', target: 0.9, view: 'departments' },
  argTypes: {
    // Types from the const array: the same list drives the type, the guard and this control.
    sort: { control: 'inline-radio', options: [...STATS_SORTS] },
    target: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    view: { control: 'inline-radio', options: [...STATS_VIEWS] },
  },
  render: (args) => html`<yw-catalog-stats sort=${args.sort} target=${args.target} view=${args.view}></yw-catalog-stats>`,
  parameters: { actions: { handles: ['yw-department-select', 'yw-error'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** Figures from the reference server's seed catalog. */
export const Success: Story = {};

/**
 * 督查: the seed catalog declares 191 of 198 items 零跑动, but only the items with an
 * online form or an apply link count as 不见面; each department below 90 % lists the
 * items that keep it there, and why.
 */
export const Audit: Story = { args: { view: 'audit' } };

/** The 督查 view in elder mode. */
export const AuditElder: Story = { args: { view: 'audit' }, globals: { elder: 'on' } };

/** The 督查 view in English. */
export const AuditEnglish: Story = { args: { view: 'audit' }, globals: { locale: 'en' } };

/**
 * 绩效考核 / 全程公开: each department's cases received and completed, the share decided
 * within the promised working days, days used against the promise, 好差评, and the 差评
 * awaiting 整改, open 补正 and overdue cases now (the mock server's seed, last 30 days).
 */
export const Performance: Story = { args: { view: 'performance' } };

/** The performance view in elder mode: the table scrolls inside its box, never the page. */
export const PerformanceElder: Story = { args: { view: 'performance' }, globals: { elder: 'on' } };

/** The performance view in English. */
export const PerformanceEnglish: Story = { args: { view: 'performance' }, globals: { locale: 'en' } };

/** The performance view of a platform with no departments to report. */
export const PerformanceEmpty: Story = {
  args: { view: 'performance' },
  tags: ['state:empty'],
  parameters: {
    msw: [http.get('*/api/v1/catalog/performance', () => HttpResponse.json(EMPTY_PERFORMANCE_REPORT))],
  },
};

/** The performance view while its call runs. */
export const PerformanceLoading: Story = {
  args: { view: 'performance' },
  tags: ['state:pending'],
  parameters: { yiwang: { faults: [{ endpoint: 'catalog.performance', latencyMs: 1_000_000_000 }] } },
};

/**
 * After a department imported its 事项清单 as 第三批: "事项清单（第三批）2026年12月1日公布"
 * under the summary. The mock server's own figures, with the version in force an
 * import would give them.
 */
export const Published: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/catalog/stats', async () => {
        const { api } = await startMock();
        return HttpResponse.json({
          ...api.services.catalog.index.stats(),
          published: { version: 3, batch: '第三批', publishedAt: '2026-12-01T10:00:00.000+08:00' },
        });
      }),
    ],
  },
};

/** While the call is running: a skeleton, `aria-busy` on the state region. */
export const Loading: Story = {
  parameters: { yiwang: { faults: [{ endpoint: 'catalog.stats', latencyMs: 1_000_000_000 }] } },
};

/** A catalog with nothing published yet. */
export const Empty: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/catalog/stats', () => HttpResponse.json({ departments: [], total: { items: 0, zeroVisitItems: 0, ratio: 0 } })),
    ],
  },
};

const errors = errorStates('catalog.stats');

/**
 * The server fails (503, three times: the SDK's two retries and the first
 * call), so the error state shows; "重试" then succeeds.
 */
export const ServerError: Story = errors.ServerError;

/** 429 with `Retry-After: 30`: the message says how long to wait. */
export const RateLimited: Story = errors.RateLimited;

/** The connection drops: the network message. */
export const NetworkError: Story = errors.NetworkError;

/** The answer does not match the contract. */
export const ContractError: Story = errors.ContractError;

/** Elder mode: 20px type, 7:1 contrast, 48px targets. */
export const Elder: Story = { globals: { elder: 'on' } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** Dark scheme on a dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A 360px phone screen, in elder mode. */
export const NarrowPhone: Story = { globals: { viewport: { value: 'phone360', isRotated: false }, elder: 'on' } };

/** Restyled from the host page: tokens and `::part`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .blue-site {
        --yw-color-primary: #0b5cad;
        --yw-radius-l: 0;
        --yw-catalog-stats-bar-height: 4px;
      }
      .blue-site yw-catalog-stats::part(summary) {
        font-weight: 700;
      }
    </style>
    <div class="blue-site"><yw-catalog-stats sort=${args.sort} target=${args.target}></yw-catalog-stats></div>`,
};

/** Without <yw-config>: the element's own `api-base`. */
export const Standalone: Story = {
  parameters: { yiwangConfig: false },
  render: (args) => html`<yw-catalog-stats api-base="/api/v1" sort=${args.sort} target=${args.target}></yw-catalog-stats>`,
};
