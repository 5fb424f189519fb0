// Never ask twice, and materials: prefill from the profile and an e-license,
// "use my e-license" instead of an upload (showing which), and uploads with a
// progress bar, checks before sending, a retry after a failure, remove and replace.
import { expect, waitUntil } from '@open-wc/testing';
import type { FormSchema } from '@yiwang/contract';
import '../../define/yw-config.ts';
import '../../define/yw-form-renderer.ts';
import type { YwFormRenderer } from './form-renderer.ts';
import { inside } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { chooseFiles, clientFor, control, fill, mount, next, pdf, type, unmountAll } from '@yiwang/test/helpers/form-renderer-kit';

const MATERIALS: FormSchema = {
  id: 'form-materials',
  itemId: 'item-materials',
  title: '材料',
  version: 1,
  delivery: { express: false, pickup: true },
  offlineAllowed: false,
  steps: [
    {
      id: 'one',
      title: '上传材料',
      sections: [
        {
          id: 'a',
          title: '材料',
          fields: [
            { type: 'file', name: 'plans', label: '设计图纸', required: true, accept: ['application/pdf'], maxSizeMb: 1, maxFiles: 2 },
            { type: 'file', name: 'photo', label: '现场照片', accept: ['application/pdf', 'image/png'], maxSizeMb: 1 },
          ],
        },
      ],
    },
  ],
};

const files = (el: YwFormRenderer, path: string) => (el.data[path] as { fileIds?: string[] } | undefined)?.fileIds ?? [];

describe('<yw-form-renderer>: prefill, e-licenses and materials', () => {
  let mock: BrowserMock;
  useMock(unmountAll, (started) => (mock = started));

  it('prefills from the profile and the business license, each marked with where it came from', async () => {
    const { el } = await mount(mock, { formId: 'form-jfj-001', user: 'demo-enterprise' });
    expect(control(el, 'enterpriseName').value).to.equal('新乡豫北智造装备科技有限公司');
    expect(control(el, 'uscc').value).to.equal('91410771MA9GK7E210');
    expect(control(el, 'legalPerson').value).to.equal('赵志刚');
    expect(control(el, 'contactMobile').value).to.equal('13903736618');
    const note = (path: string) => control(el, path).closest('[part~="field"]')!.querySelector('[part~="prefilled"]')?.textContent?.trim();
    expect(note('enterpriseName')).to.equal('✓ 已根据您的电子证照“营业执照”自动填写');
    expect(note('contactMobile')).to.equal('✓ 已根据您的实名信息自动填写');
    // The schema locks what came from the license.
    expect(control(el, 'enterpriseName').readOnly).to.equal(true);
    expect(control(el, 'legalPerson').readOnly).to.equal(false);
    // The e-license field: the applicant's 营业执照, chosen and shown.
    const license = control(el, 'businessLicense');
    expect(license.checked).to.equal(true);
    expect(license.closest('label')!.textContent)
      .to.include('营业执照')
      .and.include('91410771MA9GK7E210')
      .and.include('新乡经济技术开发区市场监督管理局');
    await expectAccessible(el, 'prefilled fields');
    // A changed value is the applicant's own: the mark goes.
    await type(el, 'contactMobile', '13800000000');
    expect(note('contactMobile')).to.equal(undefined);
    expect(el.submittedData).to.deep.include({
      businessLicense: 'lic-ent-business',
      enterpriseName: '新乡豫北智造装备科技有限公司',
      contactMobile: '13800000000',
    });
  });

  it('offers "use my e-license" instead of an upload, shows which license, and can switch to uploading', async () => {
    const { el, token } = await mount(mock, { formId: 'form-scjg-001', user: 'demo-person' });
    // The newest valid one is chosen (completed seed applications issued more).
    const properties = (await clientFor(mock, token!).licenses.list()).items
      .filter((l) => l.type === 'property_certificate' && l.status === 'valid')
      .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));
    expect(control(el, 'operatorIdLicense').checked, 'the e-identity card is attached').to.equal(true);
    await fill(el, { premisesType: 'own' });
    el.step = 1;
    await el.updateComplete;
    const box = () => control(el, 'premisesAddress').closest('section')!.parentElement!.querySelector<HTMLElement>('[data-type="file"]')!;
    const useLicense = box().querySelector<HTMLInputElement>('input[data-kind="file-use"][value="license"]')!;
    expect(useLicense.checked).to.equal(true);
    expect(box().textContent).to.include('不动产权证书').and.include('豫（2020）新乡县不动产权第0012458号');
    expect(el.submittedData.premisesOwn).to.deep.equal({ licenseId: properties[0]!.id });
    // Several of them: the applicant sees and may choose each.
    const choices = box().querySelectorAll<HTMLInputElement>('input[data-kind="file-license"]');
    expect(choices).to.have.length(properties.length);
    choices[choices.length - 1]!.click();
    await el.updateComplete;
    expect(el.submittedData.premisesOwn).to.deep.equal({ licenseId: properties[properties.length - 1]!.id });
    await expectAccessible(el, 'a material by e-license');
    box().querySelector<HTMLInputElement>('input[data-kind="file-use"][value="upload"]')!.click();
    await el.updateComplete;
    expect(box().querySelector('[part~="choose-button"]')!.textContent).to.include('选择文件');
    expect(el.submittedData).to.not.have.property('premisesOwn');
    await next(el);
    expect(inside(el, '[part~="error-summary"]').textContent).to.include('请填写“经营场所产权证明”');
    box().querySelector<HTMLInputElement>('input[data-kind="file-use"][value="license"]')!.click();
    await el.updateComplete;
    expect(el.submittedData.premisesOwn).to.deep.equal({ licenseId: properties[properties.length - 1]!.id });
  });

  it('checks type and size before uploading, shows progress, retries a failed upload, removes and replaces', async () => {
    const { el, token } = await mount(mock, { schema: MATERIALS, user: 'demo-person' });
    const plans = () => inside(el, '[data-type="file"]');
    await chooseFiles(el, 'plans', [new File(['hello'], '说明.txt', { type: 'text/plain' })]);
    expect(plans().querySelector('[part~="field-error"]')!.textContent).to.include('“说明.txt”的格式不支持，请上传 PDF 格式的文件');
    await chooseFiles(el, 'plans', [pdf('大图纸.pdf', 2 * 1024 * 1024)]);
    expect(plans().querySelector('[part~="field-error"]')!.textContent).to.include('“大图纸.pdf”超过 1 MB');
    expect(plans().querySelectorAll('[part~="file"]')).to.have.length(0);

    // A slow upload shows its bar; the problem goes once a good file is chosen.
    mock.api.faults.add({ endpoint: 'files.upload', latencyMs: 800, times: 1 });
    await chooseFiles(el, 'plans', [pdf('总平面图.pdf')]);
    const bar = inside(el, '[part~="progress"]');
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-label')).to.equal('“总平面图.pdf”的上传进度');
    expect(plans().querySelector('[part~="field-error"]')).to.equal(null);
    await next(el);
    expect(inside(el, '[part~="error-summary"]').textContent, 'not complete while uploading').to.include('文件正在上传，请稍候');
    await waitUntil(() => files(el, 'plans').length === 1, 'uploaded', { timeout: 5000 });
    expect(plans().querySelector('[part~="file"]')!.textContent).to.include('总平面图.pdf').and.include('已上传');

    // A failure keeps the file for "重试".
    mock.api.faults.add({ endpoint: 'files.upload', status: 500, times: 1 });
    await chooseFiles(el, 'plans', [pdf('立面图.pdf')]);
    await waitUntil(() => plans().querySelector('[data-status="failed"]'), 'failed');
    const failed = plans().querySelector<HTMLElement>('[data-status="failed"]')!;
    expect(failed.textContent).to.include('上传失败').and.include('服务暂时不可用');
    await expectAccessible(el, 'a failed upload');
    failed.querySelector<HTMLButtonElement>('[part~="upload-retry"]')!.click();
    await waitUntil(() => files(el, 'plans').length === 2, 'retried and uploaded');
    expect(control(el, 'plans').disabled, 'no more than maxFiles').to.equal(true);

    // Removing deletes the applicant's copy on the server too.
    const [first] = files(el, 'plans');
    plans().querySelector<HTMLButtonElement>('[part~="file-remove"]')!.click();
    await waitUntil(() => files(el, 'plans').length === 1);
    await waitUntil(async () => {
      try {
        await clientFor(mock, token!).files.get(first!);
        return false;
      } catch {
        return true;
      }
    }, 'the removed file is deleted');

    // One file allowed: a new choice replaces the old one.
    await chooseFiles(el, 'photo', [pdf('照片一.pdf')]);
    await waitUntil(() => files(el, 'photo').length === 1);
    const old = files(el, 'photo')[0];
    const photo = control(el, 'photo').closest('fieldset')!;
    expect(photo.querySelector('[part~="choose-button"]')!.textContent).to.include('替换文件');
    await chooseFiles(el, 'photo', [pdf('照片二.pdf')]);
    await waitUntil(() => files(el, 'photo').length === 1 && files(el, 'photo')[0] !== old, 'replaced');
    expect(photo.querySelector('[part~="file"]')!.textContent).to.include('照片二.pdf');
  });

  it('an upload still on its way lands in its own entry after an earlier entry of the group is removed', async () => {
    const schema: FormSchema = {
      ...MATERIALS,
      steps: [
        {
          id: 'one',
          title: '房屋',
          sections: [
            {
              id: 'a',
              title: '房屋',
              fields: [
                {
                  type: 'group',
                  name: 'rooms',
                  label: '房屋',
                  itemLabel: '房屋',
                  repeat: { min: 1, max: 3 },
                  fields: [
                    { type: 'text', name: 'place', label: '坐落', required: true },
                    { type: 'file', name: 'deed', label: '房产证明', accept: ['application/pdf'], maxSizeMb: 1 },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const { el } = await mount(mock, { schema, user: 'demo-person' });
    await fill(el, { rooms: [{ place: '人民路1号' }, { place: '人民路2号' }] });
    // The second entry's file is slow; the first entry is removed while it travels.
    mock.api.faults.add({ endpoint: 'files.upload', latencyMs: 800, times: 1 });
    await chooseFiles(el, 'rooms.1.deed', [pdf('二号房产证.pdf')]);
    expect(el.shadowRoot!.querySelector('[part~="progress"]'), 'on its way').to.not.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="remove-button"]')!.click();
    await el.updateComplete;
    const rooms = () => el.data.rooms as Array<{ place: string; deed?: { fileIds: string[] } }>;
    expect(rooms().map((r) => r.place)).to.deep.equal(['人民路2号']);
    await waitUntil(() => (rooms()[0]!.deed?.fileIds.length ?? 0) === 1, 'the file in the entry it was chosen for', { timeout: 5000 });
    expect(rooms()).to.have.length(1, 'no entry brought back by the late upload');
    expect(inside(el, '[part~="entry"]').textContent).to.include('二号房产证.pdf');
  });

  it("reports the browser's upload progress on the bar as the file is sent", async () => {
    // Chromium reports no upload progress for requests a service worker (msw)
    // answers, so the progress events are dispatched on the real request's
    // upload target before it is sent; everything else is the real path.
    const RealXhr = window.XMLHttpRequest;
    class ProgressXhr extends RealXhr {
      override send(body?: Document | XMLHttpRequestBodyInit | null): void {
        void (async () => {
          for (const loaded of [250, 500, 750]) {
            this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total: 1000 }));
            await new Promise((resolve) => setTimeout(resolve, 80));
          }
          super.send(body);
        })();
      }
    }
    const { el } = await mount(mock, { schema: MATERIALS, user: 'demo-person' });
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const bar = el.shadowRoot!.querySelector('[part~="progress"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value && seen[seen.length - 1] !== value) seen.push(value);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    window.XMLHttpRequest = ProgressXhr;
    try {
      await chooseFiles(el, 'plans', [pdf('图纸.pdf')]);
      await waitUntil(() => files(el, 'plans').length === 1, 'uploaded', { timeout: 5000 });
    } finally {
      window.XMLHttpRequest = RealXhr;
      observer.disconnect();
    }
    // The SDK's own last report (100%) follows when the server has answered.
    expect(seen).to.deep.equal(['0', '25', '50', '75', '100']);
  });
});
