// <yw-address-picker> in each of its states, against the mock server (the
// reference server with the real division data). The toolbar's locale / theme /
// elder apply to every story; the stories below pin them where the state is
// the point. Try: type `xinxiang` or `xx` in 搜索地区; paste
// `河南省新乡市红旗区人民路12号 张三 13800000000`; choose 香港特别行政区.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { createClient } from '@yiwang/sdk';
import { PICKER_LAYOUTS } from '@yiwang/elements';
import type { AddressValue, YwAddressPicker } from '@yiwang/elements';
import { HONGQI_TOWNSHIP } from '@yiwang/test/fixtures/addresses';
import { until } from './play.ts';

type Args = Pick<YwAddressPicker, 'name' | 'required' | 'disabled' | 'noRecipient' | 'layout'> & { value?: AddressValue | null };

/** 河南省新乡市红旗区东街街道: deliverable, EMS 1–2 days from 新乡. */
const HONGQI: AddressValue = { ...HONGQI_TOWNSHIP, postcode: '453000' };

const picker = (args: Args): TemplateResult =>
  html`<yw-address-picker
    name=${args.name || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?no-recipient=${args.noRecipient}
    layout=${args.layout}
    .value=${args.value ?? null}
  ></yw-address-picker>`;

const meta: Meta<Args> = {
  title: 'Elements/yw-address-picker',
  component: 'yw-address-picker',
  args: { name: 'delivery', required: true, disabled: false, noRecipient: false, layout: 'auto' },
  argTypes: {
    layout: { control: 'inline-radio', options: [...PICKER_LAYOUTS] },
    value: { control: 'object' },
  },
  render: picker,
  parameters: { actions: { handles: ['change', 'yw-change', 'yw-error'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** Empty and required: the provinces are built in (no request); each level below loads when the one above is chosen. */
export const Success: Story = {};

/** 河南省 chosen, its cities still loading: the city level says so (正在加载…); the provinces never wait, they are built in. */
export const LevelLoading: Story = {
  args: { value: { ...HONGQI, divisionCode: '410000', divisionPath: HONGQI.divisionPath.slice(0, 1), detail: '', postcode: null } },
  parameters: { yiwang: { faults: [{ endpoint: 'divisions.children', latencyMs: 1_000_000_000 }] } },
};

/** A complete address: every level chosen, EMS delivers (1–2 days), the form value is valid. */
export const Filled: Story = { args: { value: HONGQI } };

/** A municipality: 北京市 → 北京市 (its only city level, chosen at once) → 东城区 → 东华门街道. */
export const Municipality: Story = {
  args: {
    value: {
      ...HONGQI,
      divisionCode: '110101001',
      divisionPath: [
        { code: '110000', name: '北京市', level: 'province' },
        { code: '110100', name: '北京市', level: 'city' },
        { code: '110101', name: '东城区', level: 'county' },
        { code: '110101001', name: '东华门街道', level: 'township' },
      ],
      detail: '景山前街4号',
      postcode: null,
    },
  },
};

/** A city without counties: 东莞市's townships are its third level. */
export const CityWithoutCounties: Story = {
  args: {
    value: {
      ...HONGQI,
      divisionCode: '441900003',
      divisionPath: [
        { code: '440000', name: '广东省', level: 'province' },
        { code: '441900', name: '东莞市', level: 'city' },
        { code: '441900003', name: '东城街道', level: 'township' },
      ],
      detail: '东城大道1号',
      postcode: null,
    },
  },
};

/** 香港: EMS does not deliver results there; the choice is refused with a message and the form cannot be submitted. */
export const NotCovered: Story = {
  args: {
    value: {
      ...HONGQI,
      divisionCode: '810000',
      divisionPath: [{ code: '810000', name: '香港特别行政区', level: 'province' }],
      detail: '弥敦道1号',
      postcode: null,
    },
  },
};

/** The county list fails to load (the city is chosen): the level says so, with a retry button. */
export const LevelError: Story = {
  args: { value: { ...HONGQI, divisionCode: '410700', divisionPath: HONGQI.divisionPath.slice(0, 2), detail: '', postcode: null } },
  parameters: {
    msw: [
      http.get('*/api/v1/divisions', ({ request }) =>
        new URL(request.url).searchParams.get('parent') === '410700'
          ? HttpResponse.json({ error: { code: 'INTERNAL', message: 'down', requestId: 'story-level' } }, { status: 503 })
          : undefined,
      ),
    ],
  },
  // Shown once the SDK's retries are spent and the level says why (until then it reads 正在加载…).
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('yw-address-picker')!;
    await until(() => el.shadowRoot?.querySelector('#level-2-error'));
  },
};

/** A location rather than a delivery address (`no-recipient`): area and street only, no EMS check. */
export const Location: Story = { args: { noRecipient: true, name: 'location' } };

/** Disabled: nothing can be changed, nothing is submitted. */
export const Disabled: Story = { args: { value: HONGQI, disabled: true } };

let savedToken: Promise<string> | undefined;
/** Signs in as the mock's demo user once per tab, with two saved addresses (one the default). */
function demoToken(): Promise<string> {
  savedToken ??= (async () => {
    const { token } = await createClient({ baseUrl: '/api/v1' }).auth.demoSignIn({ userId: 'demo-person' });
    const client = createClient({ baseUrl: '/api/v1', getToken: () => token });
    if ((await client.addresses.list()).items.length === 0) {
      await client.addresses.create({
        recipient: '张三',
        mobile: '13800000000',
        divisionCode: '410702002',
        detail: '人民路12号',
        isDefault: true,
      });
      await client.addresses.create({ recipient: '李四', mobile: '13912345678', divisionCode: '110101001', detail: '景山前街4号' });
    }
    return token;
  })();
  return savedToken;
}

/** Signed in: the address book (use, edit, delete, make default) and "保存到地址簿". */
export const SavedAddresses: Story = {
  parameters: { yiwangConfig: false },
  loaders: [async () => ({ token: await demoToken() })],
  render: (args, { globals, loaded }) => {
    const theme = (globals.theme as string) ?? 'light';
    document.body.style.background = theme === 'dark' ? '#121212' : '';
    const token = loaded.token as string;
    return html`<yw-config api-base="/api/v1" locale=${(globals.locale as string) ?? 'zh-CN'} theme=${theme} ?elder=${globals.elder === 'on'} .getToken=${() => token}>
      ${picker(args)}
    </yw-config>`;
  },
};

/** Inside a native <form>: `required` blocks 提交 with the browser's message; a valid address is submitted as JSON. */
export const InNativeForm: Story = {
  render: (args) => {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.textContent = String(new FormData(form).get('delivery'));
    };
    return html`<form @submit=${submit}>
      ${picker(args)}
      <p><button type="submit">提交</button> <button type="reset">重置</button></p>
      <p>FormData: <output>–</output></p>
    </form>`;
  },
};

/** The bottom sheet layout on a wide screen (`layout="sheet"`): one button, a sheet with a tab and a column per level. */
export const SheetLayout: Story = { args: { layout: 'sheet', value: HONGQI } };

/** Elder mode: 20px type, 7:1 contrast, 48px targets. */
export const Elder: Story = { args: { value: HONGQI }, globals: { elder: 'on' } };

/** English. */
export const English: Story = { args: { value: HONGQI }, globals: { locale: 'en' } };

/** Dark scheme on a dark page. */
export const Dark: Story = { args: { value: HONGQI }, globals: { theme: 'dark' } };

/** A 360px phone screen, in elder mode: the bottom sheet layout. */
export const NarrowPhone: Story = { globals: { viewport: { value: 'phone360', isRotated: false }, elder: 'on' } };

/** Restyled from the host page: tokens and `::part`. */
export const Themed: Story = {
  render: (args) => html`<style>
      .blue-site {
        --yw-color-primary: #0b5cad;
        --yw-radius-m: 0;
        --yw-radius-l: 0;
      }
      .blue-site yw-address-picker::part(label) {
        font-weight: 400;
      }
    </style>
    <div class="blue-site">${picker({ ...args, value: HONGQI })}</div>`,
};

/** Without <yw-config>: the element's own `api-base`. */
export const Standalone: Story = {
  parameters: { yiwangConfig: false },
  render: (args) => html`<yw-address-picker api-base="/api/v1" name=${args.name} ?required=${args.required}></yw-address-picker>`,
};
