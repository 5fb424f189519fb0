// <yw-form-designer>: a form built by keyboard alone (text, 身份证, a select with
// its options, an upload, a condition on the select), fields reordered by
// keyboard with the move announced, undo and redo by keys, the JSON view's
// problems with their paths (nothing applied, the text kept), the export equal
// to the model and valid against the contract's FormSchema, the preview (the real
// renderer, its 身份证 check), the backend's save states, English, elder mode,
// a tablet width without sideways scrolling, and axe. One designer is built
// once and the later tests work on it.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { FormSchema } from '@yiwang/contract';
import '../../define/yw-form-designer.ts';
import type { YwFormDesigner } from './form-designer.ts';
import type { FormDesignerBackend } from './backend.ts';
import type { YwFormRenderer } from '../form-renderer/form-renderer.ts';
import { inside } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { after, before, describe, it } from '@yiwang/test/helpers/mocha';
import { addByKeyboard, designedFields, focus, press, retype } from '@yiwang/test/helpers/form-designer-kit';

const root = (el: Element) => el.shadowRoot!;
const fields = designedFields;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const announced = (el: YwFormDesigner) => inside(el, '[part~="announcer"]').textContent!.trim();

describe('<yw-form-designer>', () => {
  let el: YwFormDesigner;

  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    el = document.createElement('yw-form-designer');
    el.itemId = 'scjg-001';
    document.body.append(el);
    await el.updateComplete;
  });

  after(() => el.remove());

  it('builds a form by keyboard alone: text, 身份证, a select with options, an upload shown on a condition', async () => {
    await addByKeyboard(el, 'text', '姓名');
    await addByKeyboard(el, 'idCard', '身份证号码');
    await addByKeyboard(el, 'select', '办理方式');
    // The select's options, by keyboard: rename both, add a third.
    await focus(el, '#opt-label-0');
    await retype('本人办理');
    await focus(el, '#opt-label-1');
    await retype('委托代理人办理');
    await focus(el, '[part~="add-option"]');
    await press('Enter');
    await el.updateComplete;
    await addByKeyboard(el, 'file', '授权委托书');
    await press('Tab');
    await press('Tab');
    await sendKeys({ type: 'power' });
    // The upload is required, and shown only when an agent applies.
    await focus(el, '#prop-required');
    await press('Space');
    await focus(el, '[part~="condition-toggle"]');
    await press('Enter');
    await el.updateComplete;
    await focus(el, '[part~="condition-add"]');
    await press('Enter');
    await el.updateComplete;
    // Only earlier fields are offered; the newest earlier one (the select) comes first.
    const fieldChoice = inside<HTMLSelectElement>(el, '#prop-cond-0-field');
    expect([...fieldChoice.options].map((o) => o.textContent!.trim())).to.deep.equal(['姓名', '身份证号码', '办理方式']);
    expect(fieldChoice.value).to.equal('field3');
    // A select's operators, and its options as the value.
    expect([...inside<HTMLSelectElement>(el, '#prop-cond-0-op').options].map((o) => o.value)).to.deep.equal([
      'eq',
      'neq',
      'in',
      'notIn',
      'empty',
      'notEmpty',
    ]);
    await focus(el, '#prop-cond-0-value');
    await press('ArrowDown');
    await el.updateComplete;

    const built = fields(el);
    expect(built.map((f) => [f.type, f.label])).to.deep.equal([
      ['text', '姓名'],
      ['idCard', '身份证号码'],
      ['select', '办理方式'],
      ['file', '授权委托书'],
    ]);
    expect(built[2]).to.include({ name: 'field3' });
    expect((built[2] as { options: unknown[] }).options).to.deep.equal([
      { value: 'option1', label: '本人办理' },
      { value: 'option2', label: '委托代理人办理' },
      { value: 'option3', label: '选项 3' },
    ]);
    expect(built[3]).to.deep.include({ required: true, hint: 'power', visibleWhen: { field: 'field3', op: 'eq', value: 'option2' } });
    expect(el.problems).to.deep.equal([]);
    expect(el.dirty).to.equal(true);
  });

  it('reorders by keyboard, announcing each move, and undoes and redoes by keys', async () => {
    await focus(el, '[data-field="field1"]');
    await press('Alt+ArrowDown');
    await el.updateComplete;
    expect(fields(el).map((f) => f.label)).to.deep.equal(['身份证号码', '姓名', '办理方式', '授权委托书']);
    expect(announced(el)).to.equal('已将“姓名”移到第 2 位');
    // Focus stays on the moved field: moving again needs no Tab.
    expect(root(el).activeElement?.getAttribute('data-field')).to.equal('field1');
    await press('Alt+ArrowDown');
    await el.updateComplete;
    expect(announced(el)).to.equal('已将“姓名”移到第 3 位');
    expect(fields(el).map((f) => f.label)).to.deep.equal(['身份证号码', '办理方式', '姓名', '授权委托书']);

    await press('Control+z');
    await el.updateComplete;
    expect(fields(el).map((f) => f.label)).to.deep.equal(['身份证号码', '姓名', '办理方式', '授权委托书']);
    expect(announced(el)).to.match(/^已撤销：移动/);
    await press('Control+z');
    await el.updateComplete;
    expect(fields(el).map((f) => f.label)).to.deep.equal(['姓名', '身份证号码', '办理方式', '授权委托书']);
    await press('Control+Shift+z');
    await el.updateComplete;
    expect(fields(el).map((f) => f.label)).to.deep.equal(['身份证号码', '姓名', '办理方式', '授权委托书']);
    await press('Control+y');
    await el.updateComplete;
    expect(fields(el).map((f) => f.label)).to.deep.equal(['身份证号码', '办理方式', '姓名', '授权委托书']);
    // Back to the built order for the next tests, by the toolbar's button this time.
    inside(el, '[part~="undo"]').click();
    inside(el, '[part~="undo"]').click();
    await el.updateComplete;
    expect(fields(el).map((f) => f.label)).to.deep.equal(['姓名', '身份证号码', '办理方式', '授权委托书']);
  });

  it('moving a field above the one its condition names is reported with the path, and deleting that field removes the reference', async () => {
    el.moveField('field4', -1);
    await el.updateComplete;
    expect(announced(el)).to.equal('已将“授权委托书”移到第 3 位');
    expect(el.problems.map((p) => [p.path, p.code])).to.deep.equal([['steps[0].sections[0].fields[2].visibleWhen', 'condition-order']]);
    el.undo();
    expect(el.problems).to.deep.equal([]);
  });

  it('a change made by a script leaves the focus where the person went meanwhile', async () => {
    const renderer = inside<YwFormRenderer>(el, 'yw-form-renderer');
    await waitUntil(() => root(renderer).querySelector('input[data-path="field1"]'), 'the preview shows the name field');
    const input = root(renderer).querySelector<HTMLInputElement>('input[data-path="field1"]')!;
    // The move would focus the moved field in the next frame; the person is in the preview by then.
    el.moveField('field4', -1);
    input.focus();
    await el.updateComplete;
    await frames(2);
    expect(root(renderer).activeElement).to.equal(input);
    el.undo();
    await el.updateComplete;
    await frames(2);
  });

  it('exports the model as JSON that is a valid FormSchema', async () => {
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    // The download itself is the browser's; the test reads the file it was given.
    const click = HTMLAnchorElement.prototype.click;
    let downloaded = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      inside(el, '[part~="export"]').click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).to.equal('form-scjg-001-v1.json');
    const exported = JSON.parse(await created[0]!.text()) as unknown;
    expect(exported).to.deep.equal(el.form);
    expect(FormSchema.safeParse(exported).success).to.equal(true);
  });

  it('previews with the real renderer: the field, its condition and its 身份证 check', async () => {
    const renderer = inside<YwFormRenderer>(el, 'yw-form-renderer');
    const shadow = () => root(renderer);
    await waitUntil(() => shadow().querySelector('[data-path="field2"]'), 'the preview shows the 身份证 field');
    // The upload waits for its condition.
    expect(shadow().textContent).not.to.include('授权委托书');
    const id = shadow().querySelector<HTMLInputElement>('input[data-path="field2"]')!;
    id.focus();
    await sendKeys({ type: '110101199003071235' });
    await press('Tab');
    await waitUntil(() => shadow().querySelector('#field2-error, [part~="field-error"]'), 'the renderer shows the 身份证 problem');
    expect(shadow().querySelector('[part~="field-error"]')!.textContent).to.match(/身份证/);
    // An edit in the designer shows at once, and what was typed in the preview stays.
    const select = shadow().querySelector<HTMLSelectElement>('select[data-path="field3"]')!;
    select.value = 'option2';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shadow().textContent!.includes('授权委托书'), 'the upload appears when an agent applies');
    inside(el, '[data-field="field1"]').click();
    await el.updateComplete;
    inside<HTMLInputElement>(el, '#prop-label').value = '申请人姓名';
    inside(el, '#prop-label').dispatchEvent(new Event('input'));
    await waitUntil(() => shadow().textContent!.includes('申请人姓名'), 'the preview follows the edit');
    expect(shadow().querySelector<HTMLInputElement>('input[data-path="field2"]')!.value).to.equal('110101199003071235');
    el.undo();
  });

  it('the JSON view lists schema problems by path and applies nothing, keeping the text', async () => {
    const before = el.form;
    inside(el, '[part~="view-json"]').click();
    await el.updateComplete;
    const text = inside<HTMLTextAreaElement>(el, '#json-text');
    expect(JSON.parse(text.value)).to.deep.equal(before);
    const broken = JSON.parse(text.value) as { steps: Array<{ sections: Array<{ fields: Array<Record<string, unknown>> }> }> };
    broken.steps[0]!.sections[0]!.fields[0]!.name = '1st';
    delete broken.steps[0]!.sections[0]!.fields[1]!.label;
    const brokenText = JSON.stringify(broken, null, 2);
    text.value = brokenText;
    text.dispatchEvent(new Event('input'));
    inside(el, '[part~="json-apply"]').click();
    await el.updateComplete;
    const paths = [...root(el).querySelectorAll('[part~="problem"]')].map((li) => li.getAttribute('data-path'));
    expect(paths).to.include('steps[0].sections[0].fields[0].name');
    expect(paths).to.include('steps[0].sections[0].fields[1].label');
    expect(inside(el, '[part~="json-status"]').textContent).to.match(/未应用/);
    expect(el.form).to.equal(before);
    expect(inside<HTMLTextAreaElement>(el, '#json-text').value).to.equal(brokenText);

    text.value = '{ "steps": [';
    text.dispatchEvent(new Event('input'));
    inside(el, '[part~="json-apply"]').click();
    await el.updateComplete;
    expect(inside(el, '[part~="json-syntax"]').textContent).to.match(/不是有效的 JSON/);
    expect(el.form).to.equal(before);

    // A valid edit applies, as one undo step.
    const retitled = { ...before, title: '委托办理申请表' };
    text.value = JSON.stringify(retitled);
    text.dispatchEvent(new Event('input'));
    inside(el, '[part~="json-apply"]').click();
    await el.updateComplete;
    expect(el.form.title).to.equal('委托办理申请表');
    el.undo();
    expect(el.form).to.equal(before);
    inside(el, '[part~="view-design"]').click();
    await el.updateComplete;
  });

  it('saves through its backend: saving, saved with the version, and a failure that keeps the changes', async () => {
    expect(root(el).querySelector('[part~="publish"]'), 'no backend, no save button').to.equal(null);
    let release: (v: { version: number }) => void = () => {};
    let fail: Error | null = null;
    const backend: FormDesignerBackend = {
      starter: async () => ({ ...el.form, title: '从办事指南生成' }),
      publish: () =>
        fail
          ? Promise.reject(fail)
          : new Promise((resolve) => {
              release = resolve;
            }),
    };
    el.backend = backend;
    await el.updateComplete;
    inside(el, '[part~="publish"]').click();
    await el.updateComplete;
    expect(inside(el, '[part~="status"]').dataset.status).to.equal('saving');
    release({ version: 3 });
    await waitUntil(() => inside(el, '[part~="status"]').dataset.status === 'saved', 'saved');
    expect(inside(el, '[part~="status"]').textContent).to.match(/已保存为第 3 版/);
    expect(el.form.version).to.equal(3);
    expect(el.dirty).to.equal(false);

    fail = Object.assign(new Error('offline'), { name: 'NetworkError' });
    el.addField('text');
    inside(el, '[part~="publish"]').click();
    await waitUntil(() => inside(el, '[part~="status"]').dataset.status === 'saveFailed', 'save failed');
    expect(el.dirty).to.equal(true);
    expect(fields(el)).to.have.length(5);
    expect(root(el).querySelector('[part~="save-role"]'), 'a network failure is no question of roles').to.equal(null);

    // The server's problems, shown as text at the designer's paths; a 403 says who may publish.
    fail = Object.assign(new Error('invalid'), {
      name: 'ApiError',
      status: 422,
      code: 'VALIDATION_FAILED',
      details: [{ path: 'body.steps.0.sections.0.fields.3.materialId', message: '办事指南中没有材料“<b>x</b>”' }],
    });
    inside(el, '[part~="publish"]').click();
    await waitUntil(() => root(el).querySelector('[part~="save-problem"]'), 'the server’s problems');
    const problem = inside(el, '[part~="save-problem"]');
    expect(problem.dataset.path).to.equal('steps[0].sections[0].fields[3].materialId');
    expect(problem.textContent).to.include('办事指南中没有材料“<b>x</b>”');
    expect(problem.querySelector('b')).to.equal(null);
    fail = Object.assign(new Error('forbidden'), { name: 'ApiError', status: 403, code: 'OTHER_DEPARTMENT', details: [] });
    inside(el, '[part~="publish"]').click();
    await waitUntil(() => root(el).querySelector('[part~="save-role"]'), 'the role needed');
    expect(inside(el, '[part~="save-role"]').textContent).to.include('该事项所属部门的工作人员或平台管理员');
    expect(root(el).querySelector('[part~="save-problem"]')).to.equal(null);
    el.undo();
    el.backend = null;
    await el.updateComplete;
  });

  it('is accessible (axe), speaks English, and fits a tablet without sideways scrolling', async () => {
    inside(el, '[data-field="field4"]').click();
    await el.updateComplete;
    inside(el, '[part~="condition-toggle"]').click();
    await el.updateComplete;
    await expectAccessible(el, 'designer with a field and its condition open');
    el.locale = 'en';
    await el.updateComplete;
    expect(inside(el, '[part~="palette-item"][data-type="idCard"]').textContent!.trim()).to.equal('ID card number');
    expect(inside(el, '[part~="condition-toggle"]').textContent).to.match(/Edit when shown \(1 conditions\)/);
    el.locale = 'zh-CN';
    await setViewport({ width: 768, height: 1024 });
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(768);
    await setViewport({ width: 1280, height: 900 });
  });

  it('elder mode: targets of at least 44 px and larger type', async () => {
    el.elder = true;
    await el.updateComplete;
    const item = inside(el, '[part~="palette-item"]').getBoundingClientRect();
    expect(item.height).to.be.at.least(44);
    expect(parseFloat(getComputedStyle(inside(el, '.hint')).fontSize)).to.be.at.least(18);
    await expectAccessible(el, 'designer in elder mode');
    el.elder = undefined;
  });
});
