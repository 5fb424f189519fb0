// <yw-form-designer> in each of its states: empty, a full form, a field selected,
// the condition builder open, the JSON view with problems, and saving / saved /
// a failed save / a save refused for the role / a save refused with the
// server's problems, through a story backend (the element's default backend,
// the SDK, needs a server).
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { FormSchema } from '@yiwang/contract';
import type { FormDesignerBackend, YwFormDesigner } from '@yiwang/elements';

/** A 个体工商户 form with every kind of field, two steps and a condition. */
const FULL: FormSchema = {
  id: 'form-story',
  itemId: 'scjg-001',
  title: '个体工商户设立登记',
  version: 2,
  steps: [
    {
      id: 'step-1',
      title: '经营者信息',
      sections: [
        {
          id: 'section-1',
          title: '经营者',
          fields: [
            { type: 'text', name: 'name', label: '姓名', required: true, prefill: { source: 'profile', field: 'name' }, readonly: true },
            { type: 'idCard', name: 'idCard', label: '身份证号码', required: true, prefill: { source: 'profile', field: 'idCard' } },
            { type: 'mobile', name: 'mobile', label: '手机号码', required: true },
            { type: 'email', name: 'email', label: '电子邮箱' },
            {
              type: 'radio',
              name: 'applicant',
              label: '办理人',
              required: true,
              options: [
                { value: 'self', label: '本人办理' },
                { value: 'agent', label: '委托代理人办理' },
              ],
            },
            {
              type: 'file',
              name: 'authorisation',
              label: '授权委托书',
              required: true,
              visibleWhen: { field: 'applicant', op: 'eq', value: 'agent' },
            },
          ],
        },
      ],
    },
    {
      id: 'step-2',
      title: '经营信息',
      sections: [
        {
          id: 'section-2',
          title: '经营场所与范围',
          fields: [
            { type: 'text', name: 'shopName', label: '个体工商户名称', maxLength: 50 },
            { type: 'address', name: 'premises', label: '经营场所', required: true },
            { type: 'number', name: 'capital', label: '资金数额', unit: '万元', min: 0 },
            { type: 'date', name: 'start', label: '开业日期', min: 'today' },
            {
              type: 'select',
              name: 'form',
              label: '组成形式',
              options: [
                { value: 'person', label: '个人经营' },
                { value: 'family', label: '家庭经营' },
              ],
            },
            {
              type: 'checkbox',
              name: 'scope',
              label: '经营范围',
              options: [
                { value: 'retail', label: '零售' },
                { value: 'food', label: '餐饮' },
              ],
            },
            { type: 'textarea', name: 'note', label: '备注', maxLength: 200 },
            { type: 'uscc', name: 'uscc', label: '统一社会信用代码' },
            { type: 'license', name: 'idLicense', label: '居民身份证', licenseType: 'id_card' },
            {
              type: 'group',
              name: 'members',
              label: '家庭成员',
              repeat: { min: 0, max: 5 },
              itemLabel: '成员',
              fields: [{ type: 'text', name: 'memberName', label: '姓名' }],
            },
          ],
        },
      ],
    },
  ],
  delivery: { express: true, pickup: true },
  offlineAllowed: true,
};

type Args = { form?: FormSchema; backend?: 'none' | 'slow' | 'ok' | 'fails' | 'forbidden' | 'invalid' };

/** An error as the SDK throws it. */
const apiError = (status: number, code: string, details: Array<{ path: string; message: string }> = []) =>
  Object.assign(new Error(code), { name: 'ApiError', status, code, details });

/**
 * A story backend: `slow` never answers (saving), `ok` gives version 3, `fails` is offline, `forbidden` is
 * another department's staff (403), `invalid` the server's problems with the guide (422).
 */
function backendFor(kind: Args['backend']): FormDesignerBackend | null {
  if (!kind || kind === 'none') return null;
  return {
    starter: async () => FULL,
    publish: () =>
      kind === 'ok'
        ? Promise.resolve({ version: 3 })
        : kind === 'fails'
          ? Promise.reject(Object.assign(new TypeError('Failed to fetch'), { name: 'NetworkError' }))
          : kind === 'forbidden'
            ? Promise.reject(apiError(403, 'OTHER_DEPARTMENT'))
            : kind === 'invalid'
              ? Promise.reject(
                  apiError(422, 'VALIDATION_FAILED', [
                    { path: 'body.steps.1.sections.0.fields.0.materialId', message: '办事指南中没有材料“lease”' },
                    { path: 'body.steps.0.sections.0.fields.2.options.1.value', message: '“agent”不是情形“办理方式”的选项' },
                  ]),
                )
              : new Promise<never>(() => {}),
  };
}

function designer(canvas: HTMLElement): YwFormDesigner {
  return canvas.querySelector('yw-form-designer')!;
}

async function click(el: YwFormDesigner, selector: string): Promise<void> {
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Elements/yw-form-designer',
  component: 'yw-form-designer',
  args: { backend: 'none' },
  parameters: { actions: { handles: ['yw-form-publish', 'yw-error'] }, layout: 'fullscreen' },
  render: (args) => html`<yw-form-designer item-id="scjg-001" .form=${args.form} .backend=${backendFor(args.backend)}></yw-form-designer>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A new form: one step, one section, no fields yet. */
export const Empty: Story = { tags: ['state:complete'] };

/** A full form: every field type, two steps, a condition; the preview beside it. */
export const FullForm: Story = { args: { form: FULL } };

/** A field selected: its properties, with the move, duplicate and delete buttons on its row. */
export const FieldSelected: Story = {
  args: { form: FULL },
  play: async ({ canvasElement }) => click(designer(canvasElement), '[data-field="applicant"]'),
};

/** The condition builder open on the upload shown only for an agent. */
export const ConditionOpen: Story = {
  args: { form: FULL },
  play: async ({ canvasElement }) => {
    const el = designer(canvasElement);
    await click(el, '[data-field="authorisation"]');
    await click(el, '[part~="condition-toggle"]');
  },
};

/** The JSON view with an edit that is refused: the problems with their paths, the text kept. */
export const JsonErrors: Story = {
  args: { form: FULL },
  play: async ({ canvasElement }) => {
    const el = designer(canvasElement);
    await click(el, '[part~="view-json"]');
    const text = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#json-text')!;
    text.value = text.value.replace('"name": "idCard"', '"name": "2idCard"').replace('"type": "mobile"', '"type": "phone"');
    text.dispatchEvent(new Event('input'));
    await click(el, '[part~="json-apply"]');
  },
};

/** Saving a new version (the story backend never answers). */
export const Saving: Story = {
  args: { form: FULL, backend: 'slow' },
  play: async ({ canvasElement }) => click(designer(canvasElement), '[part~="publish"]'),
};

/** Saved as version 3. */
export const Saved: Story = {
  args: { form: FULL, backend: 'ok' },
  play: async ({ canvasElement }) => {
    const el = designer(canvasElement);
    await el.publish();
  },
};

/** The save failed: said in words, the changes kept. */
export const SaveError: Story = {
  args: { form: FULL, backend: 'fails' },
  play: async ({ canvasElement }) => {
    const el = designer(canvasElement);
    await el.publish();
    await el.updateComplete;
  },
};

/** Refused for the role (403): who may publish. */
export const SaveForbidden: Story = {
  args: { form: FULL, backend: 'forbidden' },
  play: async ({ canvasElement }) => {
    const el = designer(canvasElement);
    await el.publish();
    await el.updateComplete;
  },
};

/** Refused by the server's checks against the guide: its problems at the designer's paths. */
export const SaveRefused: Story = {
  args: { form: FULL, backend: 'invalid' },
  play: async ({ canvasElement }) => {
    const el = designer(canvasElement);
    await el.publish();
    await el.updateComplete;
  },
};

/** Elder mode. */
export const Elder: Story = { args: { form: FULL }, globals: { elder: 'on' } };

/** In English. */
export const English: Story = { args: { form: FULL }, globals: { locale: 'en' } };
