// The views after the first step (views/later.ts) are fetched with the form:
// a placeholder stands in until they are in, a failed fetch says so with a
// retry, and once they are in the later steps show without a wait. Preview
// mode: no API is needed to render a schema.
import { expect, waitUntil } from '@open-wc/testing';
import type { FormSchema } from '@yiwang/contract';
import { YwFormRenderer } from '../../define/yw-form-renderer.ts';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { heading, next } from '@yiwang/test/helpers/form-renderer-kit';

const SCHEMA: FormSchema = {
  id: 'form-later-views',
  itemId: 'item-later-views',
  title: '分步加载',
  version: 1,
  delivery: { express: false, pickup: true },
  offlineAllowed: true,
  steps: [
    {
      id: 'one',
      title: '申请人',
      sections: [
        {
          id: 'a',
          title: '基本信息',
          fields: [
            { type: 'text', name: 'name', label: '姓名' },
            { type: 'file', name: 'photo', label: '照片', accept: ['image/jpeg'] },
          ],
        },
      ],
    },
  ],
};

const shown = (el: YwFormRenderer, selector: string) => el.shadowRoot!.querySelector(selector);

describe('<yw-form-renderer>: the views after the first step', () => {
  it('fetches them with the form, shows a placeholder meanwhile and a retry when the fetch fails, then the later steps', async () => {
    const original = YwFormRenderer.loadLater;
    let calls = 0;
    let fail!: (error: Error) => void;
    YwFormRenderer.loadLater = () => {
      calls += 1;
      return calls === 1 ? new Promise((_, reject) => (fail = reject)) : original();
    };
    const el = document.createElement('yw-form-renderer');
    try {
      el.preview = true;
      el.schema = SCHEMA;
      document.body.append(el);
      // The first step renders at once; only the file field waits, behind a placeholder.
      await waitUntil(() => shown(el, '[part~="form"] [part~="skeleton"]'), 'a placeholder for the file field');
      expect(calls, 'fetched as soon as the form is shown').to.equal(1);
      expect(shown(el, '[part~="input"]'), 'the text field is there already').to.not.equal(null);
      expect(shown(el, '[data-type="file"]')).to.equal(null);

      fail(new Error('offline'));
      await waitUntil(() => shown(el, '[part~="retry-button"]'), 'a retry after the failed fetch');
      expect(shown(el, '[part~="error"]')!.textContent).to.include('网络');
      expect(shown(el, '[part~="skeleton"]')).to.equal(null);
      await expectAccessible(el, 'the failed later views');

      (shown(el, '[part~="retry-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(calls).to.equal(2);
      expect(shown(el, '[part~="error"]')).to.equal(null);
      expect(shown(el, '[data-type="file"]'), 'the file field, once the views are in').to.not.equal(null);

      // Moving on shows the delivery step and the review with their words, without a placeholder.
      await next(el);
      expect(heading(el)).to.include('办理方式与结果送达');
      expect(shown(el, '[part~="skeleton"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.include('办理方式').and.include('到窗口领取');
      await next(el);
      expect(shown(el, '[part~="review-section"]')).to.not.equal(null);
      expect(shown(el, '[part~="change-link"]')!.textContent).to.include('修改');
      // Their styles came with them.
      expect(getComputedStyle(shown(el, '.review-row')!).display).to.equal('grid');
    } finally {
      YwFormRenderer.loadLater = original;
      el.remove();
    }
  });
});
