// <yw-item-guide> (办事指南) in each of its states, against the mock server's
// seed catalog. `<yw-item-search>` shows the same element as its guide panel.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { startMock } from '../.storybook/mock.ts';
import { errorStates } from './error-states.ts';

interface Args {
  itemId: string;
}

const meta: Meta<Args> = {
  title: 'Elements/yw-item-guide',
  component: 'yw-item-guide',
  args: { itemId: 'scjg-001' },
  argTypes: {
    itemId: {
      control: 'select',
      options: ['scjg-001', 'bdc-002', 'xzsp-001', 'jfj-001', 'bdc-001', 'gaj-001', 'wjw-001', 'mzj-001', 'gjj-001'],
    },
  },
  render: (args) => html`<yw-item-guide item-id=${args.itemId}></yw-item-guide>`,
  parameters: { actions: { handles: ['yw-apply', 'yw-apply-external', 'yw-agency-request', 'yw-error'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** 个体工商户设立登记: situational questions narrow the materials; e-licenses replace several of them. */
export const Success: Story = {};

/** 企业投资项目预审代办服务: online form and free agency help (帮办代办). */
export const AgencyOffered: Story = { args: { itemId: 'xzsp-001' } };

/** 首次登记: no online form yet, fees, and special procedures outside the time limit. */
export const FeesAndSpecialProcedures: Story = { args: { itemId: 'bdc-001' } };

/** 居民身份证办理: one visit in person. */
export const VisitRequired: Story = { args: { itemId: 'gaj-001' } };

/**
 * 住房公积金提取: no form here, applied for on the centre's own online hall. "在线申请"
 * is a link there (same tab), saying where it leads; `yw-apply-external` fires first.
 */
export const ApplyElsewhere: Story = { args: { itemId: 'gjj-001' } };

/**
 * An item a department imported with its 事项清单 (第三批): the line under the
 * department says in which batch it was first published. The mock's own item,
 * as an import would give it.
 */
export const PublishedInBatch: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/items/:id', async ({ params }) => {
        const { api } = await startMock();
        const item = api.services.catalog.item(String(params.id));
        if (!item) return undefined; // the mock server answers (404)
        return HttpResponse.json({ ...item, published: { version: 3, batch: '第三批', publishedAt: '2026-12-01T10:00:00.000+08:00' } });
      }),
    ],
  },
};

/** While the guide loads. */
export const Loading: Story = {
  parameters: { yiwang: { faults: [{ endpoint: 'items.get', latencyMs: 1_000_000_000 }] } },
};

/** An item with no guide yet, as a department's catalog may list it. */
const GUIDELESS_ITEM = {
  id: 'unpublished',
  code: 'X',
  name: '示例事项（指南待发布）',
  departmentId: 'scjg',
  departmentName: '新乡经济技术开发区市场监督管理局',
  audiences: ['person'],
  type: 'public_service',
  channels: ['offline'],
  visitsRequired: 1,
  onlineDepth: 1,
  legalLimitDays: 20,
  promisedLimitDays: 10,
  agencyAvailable: false,
  formId: null,
  keywords: [],
  guide: {
    basis: [],
    conditions: [],
    materials: [],
    situations: [],
    steps: [],
    specialProcedures: [],
    fees: [],
    places: [],
    consultPhone: '0373-3681234',
    complaintPhone: '12345',
    resultName: '',
    resultType: 'none',
    resultLicenseType: null,
    updatedAt: '2026-10-01T09:00:00+08:00',
  },
};

/** An item whose guide is not published yet. */
export const Empty: Story = {
  parameters: { msw: [http.get('*/api/v1/items/:id', () => HttpResponse.json(GUIDELESS_ITEM))] },
};

/** An item imported from the department's 事项清单 whose guide is still to be written (办事指南待完善). */
export const GuideIncomplete: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/items/:id', () =>
        HttpResponse.json({ ...GUIDELESS_ITEM, name: '烟草专卖零售许可证新办', guide: { ...GUIDELESS_ITEM.guide, incomplete: true } }),
      ),
    ],
  },
  tags: ['state:empty'],
};

/** An item id that does not exist: "没有找到", and no retry button (trying again cannot help). */
export const NotFound: Story = { args: { itemId: 'no-such-item' }, tags: ['state:error'] };

const errors = errorStates('items.get');

/** The server fails (503, three times: the SDK's two retries and the first call). */
export const ServerError: Story = errors.ServerError;

/** 429 with `Retry-After: 30`. */
export const RateLimited: Story = errors.RateLimited;

/** The connection drops. */
export const NetworkError: Story = errors.NetworkError;

/** The answer does not match the contract. */
export const ContractError: Story = errors.ContractError;

/** Elder mode: 20px type, 7:1 contrast, 48px targets. */
export const Elder: Story = { globals: { elder: 'on' } };

/** English interface (the guide's own texts stay Chinese). */
export const English: Story = { globals: { locale: 'en' } };

/** Dark scheme on a dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A 360px phone screen, in elder mode. */
export const NarrowPhone: Story = { globals: { viewport: { value: 'phone360', isRotated: false }, elder: 'on' } };

/** Restyled from the host page: tokens and `::part`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .green-site {
        --yw-color-primary: #13733a;
        --yw-item-guide-accent: #13733a;
      }
      .green-site yw-item-guide::part(title) {
        font-family: serif;
      }
    </style>
    <div class="green-site"><yw-item-guide item-id=${args.itemId}></yw-item-guide></div>`,
};

/** Without <yw-config>: the element's own `api-base`. */
export const Standalone: Story = {
  parameters: { yiwangConfig: false },
  render: (args) => html`<yw-item-guide api-base="/api/v1" item-id=${args.itemId}></yw-item-guide>`,
};
