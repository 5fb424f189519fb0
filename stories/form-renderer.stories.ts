// <yw-form-renderer> against the mock server's seeded forms (个体工商户设立登记
// form-scjg-001, 企业投资项目备案 form-jfj-001, 不动产转移登记 form-bdc-002,
// 预审代办 form-xzsp-001, 生育登记 form-wjw-001), anonymous or signed in as a
// demo user, in each of its states: steps, prefill, e-licenses, the error
// summary, an upload that failed, the review step, a failed submission, the
// receipt, a draft to restore. The toolbar's locale / theme / elder apply to every story.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { createClient } from '@yiwang/sdk';
import type { YwFormRenderer } from '@yiwang/elements';
import { errorStates } from './error-states.ts';
import { until } from './play.ts';
import { HONGQI_COUNTY } from '@yiwang/test/fixtures/addresses';

interface Args {
  formId: string;
  step?: number;
  data?: Record<string, unknown>;
  noLocalDraft?: boolean;
}
type DemoUser = 'demo-person' | 'demo-enterprise';

const renderer = (args: Args) =>
  html`<yw-form-renderer
    form-id=${args.formId}
    .step=${args.step ?? 0}
    .data=${args.data ?? {}}
    ?no-local-draft=${args.noLocalDraft ?? false}
  ></yw-form-renderer>`;

/** 红旗区, 新乡市. */
const HONGQI = HONGQI_COUNTY;

/** What demo-person enters in 个体工商户设立登记 besides what is prefilled. */
const GETIHU = {
  composition: 'individual',
  submitter: 'self',
  shopName: '新乡经济技术开发区张记面馆',
  industry: 'catering',
  businessScope: ['daily-goods', 'prepack-food'],
  employees: '3',
  capital: '10',
  premisesAddress: HONGQI,
  premisesType: 'own',
  foodType: 'none',
  declaration: ['true'],
  $channel: 'online',
  $delivery: 'pickup',
};

/**
 * Signed in as a demo user of the mock: `getToken` signs in on first use (the
 * mock is running by then) and keeps the token in memory only.
 */
function signedIn(user: DemoUser, inner: (args: Args) => TemplateResult = renderer): Pick<Story, 'parameters' | 'render'> {
  let token: Promise<string> | undefined;
  const getToken = () =>
    (token ??= createClient({ baseUrl: '/api/v1' })
      .auth.demoSignIn({ userId: user })
      .then((s) => s.token));
  return {
    parameters: { yiwangConfig: false },
    render: (args, { globals }) => {
      const theme = (globals.theme as string) ?? 'light';
      document.body.style.background = theme === 'dark' ? '#121212' : '';
      return html`<yw-config api-base="/api/v1" locale=${(globals.locale as string) ?? 'zh-CN'} theme=${theme} ?elder=${globals.elder === 'on'} .getToken=${getToken}>
        ${inner(args)}
      </yw-config>`;
    },
  };
}

/** The element once its session and drafts are loaded. */
async function settled(canvas: HTMLElement): Promise<YwFormRenderer> {
  const el = canvas.querySelector('yw-form-renderer')!;
  await until(() => el.settled);
  await el.updateComplete;
  return el;
}

const button = (el: YwFormRenderer, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

const meta: Meta<Args> = {
  title: 'Elements/yw-form-renderer',
  component: 'yw-form-renderer',
  args: { formId: 'form-scjg-001' },
  argTypes: {
    formId: { control: 'select', options: ['form-scjg-001', 'form-jfj-001', 'form-bdc-002', 'form-xzsp-001', 'form-wjw-001'] },
    step: { control: { type: 'number', min: 0, max: 7 } },
    noLocalDraft: { control: 'boolean' },
  },
  render: renderer,
  parameters: { actions: { handles: ['yw-submit', 'yw-error'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** 个体工商户设立登记, not signed in: the first step; drafts stay on this device. */
export const Success: Story = {};

/** 企业投资项目备案, signed in as the demo enterprise: the unit's name, USCC and legal person from its 电子营业执照, contacts from its profile. */
export const PrefilledFromLicense: Story = { ...signedIn('demo-enterprise'), args: { formId: 'form-jfj-001' } };

/** A material an e-license can replace (不动产权证书 for 自有房产): "使用我的电子证照", showing which one. */
export const ELicenseMaterial: Story = {
  ...signedIn('demo-person'),
  args: { formId: 'form-scjg-001', step: 1, data: { premisesType: 'own' } },
};

/** 下一步 with nothing entered: the error summary (focused), each problem a link to its field. */
export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    button(el, 'next-button').click();
  },
};

/** An upload that failed (the server answered 500): the file is kept for "重试", or can be removed. */
export const UploadFailed: Story = {
  ...signedIn('demo-person'),
  args: { formId: 'form-scjg-001', step: 1, data: { premisesType: 'lease' }, noLocalDraft: true },
  parameters: { yiwangConfig: false, yiwang: { faults: [{ endpoint: 'files.upload', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#f-premisesLease')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4\n'], '租赁合同.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

/** 不动产转移登记: a repeatable group of transferors, conditions by the reason for the transfer. */
export const RealEstateTransfer: Story = {
  ...signedIn('demo-person'),
  args: {
    formId: 'form-bdc-002',
    step: 1,
    data: { reason: 'sale', shareMode: 'shares', transferors: [{ transferorIdType: 'id' }, { transferorIdType: 'uscc' }] },
  },
};

/** 预审代办: the free pre-review agency request, itself a form this element renders. */
export const AgencyRequest: Story = { ...signedIn('demo-enterprise'), args: { formId: 'form-xzsp-001' } };

/**
 * Materials the service guide requires and the form does not ask for (预审代办 of an enterprise): its
 * 营业执照 is used as an e-license, the contact's identity card is uploaded.
 */
export const OtherMaterials: Story = { ...signedIn('demo-enterprise'), args: { formId: 'form-xzsp-001', step: 2 } };

/** How to apply (online, or a visit to the hall) and how to receive the result (EMS to an address, or at the window). */
export const Delivery: Story = {
  ...signedIn('demo-person'),
  args: { formId: 'form-scjg-001', step: 4, data: { ...GETIHU, $channel: 'online', $delivery: 'express' } },
};

/** "Check your answers": every answer by step, with a change link back to each (`step` past the end is the last step). */
export const Review: Story = { ...signedIn('demo-person'), args: { formId: 'form-scjg-001', step: 99, data: GETIHU } };

/** The submission failed (the connection dropped): everything is kept, and "重新提交" uses the same idempotency key. */
export const SubmitFailed: Story = {
  ...signedIn('demo-person'),
  args: { formId: 'form-scjg-001', step: 99, data: GETIHU },
  parameters: { yiwangConfig: false, yiwang: { faults: [{ endpoint: 'applications.create', drop: true }] } },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    button(el, 'submit-button').click();
  },
};

/** Submitted: the application number and the query code (shown once, with a copy button). */
export const Receipt: Story = {
  ...signedIn('demo-person'),
  args: { formId: 'form-scjg-001', step: 99, data: GETIHU, noLocalDraft: true },
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement);
    button(el, 'submit-button').click();
  },
};

/** Reopened with a draft on this device: the offer to restore it (生育登记). */
export const DraftOffer: Story = {
  args: { formId: 'form-wjw-001' },
  render: (args) => {
    localStorage.setItem(
      'yiwang:form:draft:form-wjw-001:anonymous',
      JSON.stringify({
        v: 1,
        formVersion: 1,
        savedAt: '2026-11-28T09:30:00+08:00',
        step: 1,
        data: { applicantMobile: '13800000000', residence: 'local' },
      }),
    );
    return renderer(args);
  },
};

/** While the schema loads: a skeleton, `aria-busy` on the state region. */
export const Loading: Story = {
  parameters: { yiwang: { faults: [{ endpoint: 'forms.get', latencyMs: 1_000_000_000 }] } },
};

/** A schema with nothing to fill in. */
export const Empty: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/forms/:id', () =>
        HttpResponse.json({
          id: 'form-empty',
          itemId: 'item-empty',
          title: '空表单',
          version: 1,
          steps: [],
          delivery: { express: false, pickup: true },
          offlineAllowed: false,
        }),
      ),
    ],
  },
};

const errors = errorStates('forms.get');

/** The server fails (503, three times: the SDK's two retries and the first call); "重试" then succeeds. */
export const ServerError: Story = errors.ServerError;

/** 429 with `Retry-After: 30`: the message says how long to wait. */
export const RateLimited: Story = errors.RateLimited;

/** The connection drops: the network message. */
export const NetworkError: Story = errors.NetworkError;

/** The answer does not match the contract. */
export const ContractError: Story = errors.ContractError;

/** Elder mode: 20px type, 7:1 contrast, 48px targets. */
export const Elder: Story = { globals: { elder: 'on' } };

/** English (the schema's own labels stay as the department wrote them). */
export const English: Story = { globals: { locale: 'en' } };

/** Dark scheme on a dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A 360px phone screen, in elder mode. */
export const NarrowPhone: Story = { globals: { viewport: { value: 'phone360', isRotated: false }, elder: 'on' } };

/** Restyled from the host page: tokens, the element's own properties and `::part`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .blue-site {
        --yw-color-primary: #0b5cad;
        --yw-radius-l: 0;
        --yw-form-renderer-max-width: 40rem;
      }
      .blue-site yw-form-renderer::part(title) {
        font-weight: 400;
      }
    </style>
    <div class="blue-site">${renderer(args)}</div>`,
};

/** Without <yw-config>: the element's own `api-base`. */
export const Standalone: Story = {
  parameters: { yiwangConfig: false },
  render: (args) => html`<yw-form-renderer api-base="/api/v1" form-id=${args.formId ?? nothing}></yw-form-renderer>`,
};
