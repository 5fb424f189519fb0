// <yw-item-search> in each of its states, against the mock server (the
// reference server's seed catalog of 198 items). The toolbar's locale / theme /
// elder apply to every story; the stories below pin them where the state is
// the point.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { PAGING_MODES } from '@yiwang/elements';
import type { YwItemSearch } from '@yiwang/elements';
import { errorStates } from './error-states.ts';

type Args = Pick<YwItemSearch, 'q' | 'paging' | 'pageSize' | 'syncUrl'> & { department?: string; audience?: string; selected?: string };

const meta: Meta<Args> = {
  title: 'Elements/yw-item-search',
  component: 'yw-item-search',
  args: { q: '', paging: 'pages', pageSize: 10, syncUrl: false },
  argTypes: {
    // Types from the const array: the same list drives the type, the guard and this control.
    paging: { control: 'inline-radio', options: [...PAGING_MODES] },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    department: { control: 'select', options: [undefined, 'scjg', 'rsj', 'bdc', 'gjj', 'xzsp'] },
    audience: { control: 'inline-radio', options: [undefined, 'person', 'enterprise'] },
  },
  render: (args) =>
    html`<yw-item-search
      q=${args.q}
      paging=${args.paging}
      page-size=${args.pageSize}
      ?sync-url=${args.syncUrl}
      department=${ifDefined(args.department)}
      audience=${ifDefined(args.audience)}
      selected=${ifDefined(args.selected)}
    ></yw-item-search>`,
  parameters: { actions: { handles: ['yw-select', 'yw-results', 'yw-apply', 'yw-agency-request', 'yw-error'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole seed catalog, with facets; type to search (Chinese, pinyin or initials). */
export const Success: Story = {};

/** A Chinese query: matches in names, departments and keywords are highlighted. */
export const ChineseQuery: Story = { args: { q: '营业执照' } };

/** Full pinyin, as typed without an input method. */
export const PinyinQuery: Story = { args: { q: 'gongjijin' } };

/** Pinyin initials. */
export const InitialsQuery: Story = { args: { q: 'yyzz' } };

/** "Load more" instead of page buttons. */
export const LoadMore: Story = { args: { paging: 'more', pageSize: 5 } };

/** Scoped to one department, as on that department's own site (no department facet). */
export const DepartmentSite: Story = { args: { department: 'rsj' } };

/** For enterprises only (法人). */
export const EnterprisesOnly: Story = { args: { audience: 'enterprise', q: '许可' } };

/** A result chosen: its service guide in the panel, with "在线申请". */
export const GuideOpen: Story = { args: { q: '个体工商户', selected: 'scjg-001' } };

/**
 * The suggestion popup (a listbox) while typing 公积金: matching items, highlighted. Try ↓ ↑ Enter
 * Escape; an empty box offers recent searches and popular items instead.
 */
export const SuggestionsOpen: Story = {
  args: { q: '公积金' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-item-search')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = '公积金';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: '公积金' }));
  },
};

/** While the search runs: a skeleton, `aria-busy` on the state region. */
export const Loading: Story = {
  parameters: { yiwang: { faults: [{ endpoint: 'items.search', latencyMs: 1_000_000_000 }] } },
};

/** Nothing matches: broader queries and popular items are offered. */
export const Empty: Story = { args: { q: '营业执照 火星' } };

const errors = errorStates('items.search');

/** The server fails (503, three times: the SDK's two retries and the first call); "重试" then succeeds. */
export const ServerError: Story = errors.ServerError;

/** 429 with `Retry-After: 30`: the message says how long to wait. */
export const RateLimited: Story = errors.RateLimited;

/** The connection drops: the network message. */
export const NetworkError: Story = errors.NetworkError;

/** The answer does not match the contract. */
export const ContractError: Story = errors.ContractError;

/** Server strings that look like HTML are shown as text. */
export const HostileData: Story = {
  args: { q: '营业执照' },
  parameters: {
    msw: [
      http.get('*/api/v1/items', () =>
        HttpResponse.json({
          items: [
            {
              item: {
                id: 'xss-1',
                code: 'X',
                name: '<img src=x onerror=alert(1)>营业执照',
                departmentId: 'scjg',
                departmentName: '<script>alert(1)</script>',
                audiences: ['person'],
                type: 'licensing',
                channels: ['online'],
                visitsRequired: 0,
                onlineDepth: 4,
                legalLimitDays: 3,
                promisedLimitDays: 1,
                agencyAvailable: false,
                formId: null,
                keywords: [],
              },
              score: 1,
              highlights: [{ field: 'name', start: 28, end: 32 }],
            },
          ],
          total: 1,
          page: 1,
          pageSize: 10,
          facets: { department: [], audience: [], type: [], channel: [], zeroVisit: 1 },
        }),
      ),
    ],
  },
};

/** Elder mode: 20px type, 7:1 contrast, 48px targets. */
export const Elder: Story = { args: { q: '社保卡' }, globals: { elder: 'on' } };

/** English interface (the catalog's own texts stay Chinese). */
export const English: Story = { args: { q: 'shebaoka' }, globals: { locale: 'en' } };

/** Dark scheme on a dark page. */
export const Dark: Story = { args: { q: '公积金' }, globals: { theme: 'dark' } };

/** A 360px phone screen, in elder mode. */
export const NarrowPhone: Story = { args: { q: '身份证' }, globals: { viewport: { value: 'phone360', isRotated: false }, elder: 'on' } };

/** Restyled from the host page: tokens and `::part`. */
export const Themed: Story = {
  render: () => html`<style>
      .blue-site {
        --yw-color-primary: #0b5cad;
        --yw-radius-m: 0;
        --yw-item-search-mark-background: #d6ecff;
      }
      .blue-site yw-item-search::part(total) {
        font-size: 20px;
      }
    </style>
    <div class="blue-site"><yw-item-search q="营业执照"></yw-item-search></div>`,
};

/** Without <yw-config>: the element's own `api-base`. */
export const Standalone: Story = {
  parameters: { yiwangConfig: false },
  render: () => html`<yw-item-search api-base="/api/v1" q="护照"></yw-item-search>`,
};
