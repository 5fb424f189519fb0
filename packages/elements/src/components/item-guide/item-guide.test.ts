import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { ItemDetail } from '@yiwang/contract';
import '../../define/yw-config.ts';
import '../../define/yw-item-guide.ts';
import type { YwItemGuide } from './item-guide.ts';
import { materialsFor } from './situations.ts';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { elementSuite, inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { itemDetail } from '@yiwang/test/helpers/fixtures';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

/** An item listed in the catalog whose guide is not published yet. */
const UNPUBLISHED: ItemDetail = { ...itemDetail, guide: { ...itemDetail.guide, materials: [], steps: [], conditions: [] } };

elementSuite({
  tag: 'yw-item-guide',
  attributes: { 'item-id': 'scjg-001' },
  mainCall: {
    endpoint: 'items.get',
    emptyHandlers: (mock) => [http.get(`${mock.baseUrl}/items/:id`, () => HttpResponse.json(UNPUBLISHED))],
  },
  textSelector: '[part~="material-name"]',
  targetSelector: '[part~="apply-button"]',
  primary: { selector: '[part~="apply-button"]', property: 'background-color' },
  part: 'title',
  localeText: { 'zh-CN': /情形引导/, en: /Which applies to you/ },
});

describe('<yw-item-guide>', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  async function mount(
    itemId: string | null,
    attributes: Record<string, string> = {},
    state: 'complete' | 'empty' | 'error' = 'complete',
  ): Promise<YwItemGuide> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    const el = document.createElement('yw-item-guide');
    if (itemId) el.setAttribute('item-id', itemId);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, state);
    return el;
  }

  const texts = (el: Element, selector: string) =>
    [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
  const seeded = (id: string) => mock.api.services.catalog.index.get(id)!;

  it('shows the seeded guide: name, department, facts, and the materials that always apply', async () => {
    const el = await mount('scjg-001');
    const item = seeded('scjg-001');
    expect(inside(el, '[part~="title"]').textContent).to.equal(item.name);
    expect(inside(el, '[part~="department"]').textContent).to.equal(item.departmentName);
    expect(inside(el, '[part~="facts"]').textContent).to.include('承诺办结时限').and.include(`${item.promisedLimitDays} 个工作日`);
    const always = item.guide.materials.filter((m) => !m.conditional).map((m) => m.name);
    expect(texts(el, '[part~="material-name"]')).to.deep.equal(always);
    const pending = item.guide.materials.filter((m) => m.conditional).length;
    expect(inside(el, '[part~="material-count"]').textContent).to.equal(
      `共 ${always.length} 项材料；另有 ${pending} 项视情形提交，请先回答“情形引导”中的问题。`,
    );
    expect(el.shadowRoot!.textContent).to.include('不收费');
    expect(inside(el, '[part~="facts"]').textContent, 'no real-name requirement here').to.not.include('实名认证等级');
  });

  it('shows the 实名认证等级 an item asks of online applicants', async () => {
    const el = await mount('jfj-001');
    expect(seeded('jfj-001').minRealNameLevel).to.equal('L3');
    expect(inside(el, '[part~="facts"]').textContent).to.include('实名认证等级').and.include('网上申请需 L3 及以上');
  });

  it("narrows the materials by the applicant's answers, chosen with the keyboard (多情形)", async () => {
    const el = await mount('scjg-001');
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')];
    // First question (经营场所): focus the first answer, arrow to the second (租赁).
    radios[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    let names = texts(el, '[part~="material-name"]');
    expect(names).to.include('经营场所租赁合同（或无偿使用证明）及出租方产权证明');
    expect(names).to.not.include('不动产权证书（或房屋所有权证、土地使用权证）');
    expect(el.shadowRoot!.textContent).to.include('因您选择了“租赁或借用他人房产”');
    // Third question (食品): 餐饮服务 adds three materials, two of them 容缺.
    const food = [...el.shadowRoot!.querySelectorAll('fieldset')][2]!;
    food.querySelectorAll('input')[2]!.click();
    await el.updateComplete;
    names = texts(el, '[part~="material-name"]');
    expect(names).to.include('食品经营许可申请书');
    const expected = materialsFor(seeded('scjg-001').guide, { premises: ['lease'], food: ['food'] });
    expect(names).to.deep.equal(expected.applicable.map((a) => a.material.name));
    expect(inside(el, '[part~="material-count"]').textContent).to.include(`共 ${expected.applicable.length} 项材料`);
    expect(texts(el, '.tag').filter((t) => t.startsWith('容缺'))).to.have.length(2);
    // "重新选择" clears the answers.
    (el.shadowRoot!.querySelector('.reset') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(texts(el, '[part~="material-name"]')).to.not.include('食品经营许可申请书');
  });

  it('marks materials an e-license replaces, in words', async () => {
    const el = await mount('scjg-001');
    const idCard = [...el.shadowRoot!.querySelectorAll('[part~="material"]')].find((m) => m.textContent!.includes('经营者居民身份证'))!;
    expect(idCard.querySelector('[part~="e-license"]')!.textContent!.trim()).to.equal('✓ 免提交：可调用电子证照（居民身份证）');
    const application = [...el.shadowRoot!.querySelectorAll('[part~="material"]')].find((m) => m.textContent!.includes('申请书'))!;
    expect(application.querySelector('[part~="e-license"]')).to.equal(null);
  });

  it('fires yw-apply with the item and form ids, from the keyboard', async () => {
    const el = await mount('scjg-001');
    inside(el, '[part~="apply-button"]').focus();
    const event = oneEvent(document, 'yw-apply');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ itemId: 'scjg-001', formId: 'form-scjg-001', itemName: '个体工商户设立登记' });
  });

  it('links 在线申请 to the platform of an item with an applyUrl and no form, saying where it leads', async () => {
    const el = await mount('gjj-001');
    const item = seeded('gjj-001');
    expect(item.formId).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="apply-button"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.include('本事项暂不支持在线申请');
    const link = inside<HTMLAnchorElement>(el, 'a[part~="apply-link"]');
    expect(link.href).to.equal(new URL(item.applyUrl!).href);
    // Same tab: the application is the next step, and Back returns to the guide.
    expect(link.hasAttribute('target')).to.equal(false);
    const destination = inside(el, '[part~="apply-destination"]');
    expect(link.getAttribute('aria-describedby')).to.equal(destination.id);
    expect(destination.textContent!.trim()).to.equal(`将离开本网站，前往 ${new URL(item.applyUrl!).host} 在线申请。`);
    await expectAccessible(el, 'with an apply link');
  });

  it('fires a cancelable yw-apply-external before following the link, from the keyboard; cancelling it keeps the page', async () => {
    const el = await mount('gjj-001');
    const item = seeded('gjj-001');
    const seen: Array<{ detail: unknown; cancelable: boolean }> = [];
    let cancel = true;
    const onExternal = (e: Event) => {
      seen.push({ detail: (e as CustomEvent).detail, cancelable: e.cancelable });
      if (cancel) e.preventDefault();
    };
    // Outside the guide: whether the guide left the link's navigation on; then this test page stays put either way.
    const followed: boolean[] = [];
    const stay = (e: Event) => {
      followed.push(!e.defaultPrevented);
      e.preventDefault();
    };
    document.addEventListener('yw-apply-external', onExternal);
    el.parentElement!.addEventListener('click', stay);
    try {
      inside<HTMLAnchorElement>(el, '[part~="apply-link"]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => followed.length === 1, 'the link was activated');
      expect(seen).to.deep.equal([
        { detail: { itemId: 'gjj-001', itemName: item.name, url: new URL(item.applyUrl!).href }, cancelable: true },
      ]);
      expect(followed).to.deep.equal([false]);
      cancel = false;
      inside(el, '[part~="apply-link"]').click();
      expect(seen).to.have.length(2);
      expect(followed).to.deep.equal([false, true]);
    } finally {
      document.removeEventListener('yw-apply-external', onExternal);
      el.parentElement!.removeEventListener('click', stay);
    }
  });

  it('never links an applyUrl that is not http(s)', async () => {
    mock.worker.use(
      http.get(`${mock.baseUrl}/items/:id`, () => HttpResponse.json({ ...itemDetail, formId: null, applyUrl: 'javascript:alert(1)' })),
    );
    const el = await mount('scjg-001');
    expect(el.shadowRoot!.querySelector('[part~="apply-link"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include('本事项暂不支持在线申请');
  });

  it('says in which batch of the catalog (分批公布) an imported item was published, and nothing for seeded items', async () => {
    const seededEl = await mount('scjg-001');
    expect(seededEl.shadowRoot!.querySelector('[part~="published"]')).to.equal(null);
    const published = { version: 3, batch: '第三批', publishedAt: '2026-12-01T10:00:00.000+08:00' };
    mock.worker.use(http.get(`${mock.baseUrl}/items/:id`, () => HttpResponse.json({ ...itemDetail, published })));
    const el = await mount('scjg-001');
    expect(inside(el, '[part~="published"]').textContent!.trim()).to.equal('列入事项清单（第三批），2026年12月1日公布');
    await expectAccessible(el, 'with the batch line');
    const en = await mount('scjg-001', { locale: 'en' });
    expect(inside(en, '[part~="published"]').textContent!.trim()).to.equal(
      'Listed in the service catalog (第三批), published December 1, 2026',
    );
  });

  it('offers 帮办代办 where the item has it, and fires yw-agency-request', async () => {
    const el = await mount('xzsp-001');
    const event = oneEvent(document, 'yw-agency-request');
    inside(el, '[part~="agency-button"]').click();
    expect((await event).detail).to.deep.equal({
      itemId: 'xzsp-001',
      itemName: seeded('xzsp-001').name,
      departmentName: seeded('xzsp-001').departmentName,
    });
    const without = await mount('scjg-001');
    expect(without.shadowRoot!.querySelector('[part~="agency-button"]')).to.equal(null);
  });

  it('says when an item cannot be applied for online (it needs a visit), lists fees, and special procedures outside the limit', async () => {
    // 离婚登记 needs both parties at the registry: no online path.
    const offline = await mount('mzj-005');
    expect(offline.shadowRoot!.querySelector('[part~="apply-button"]')).to.equal(null);
    expect(offline.shadowRoot!.textContent).to.include('本事项暂不支持在线申请');
    // Every zero-visit item has a form (made by hand or generated from its guide).
    const el = await mount('bdc-001');
    expect(el.shadowRoot!.querySelector('[part~="apply-button"]')).to.not.equal(null);
    expect(el.shadowRoot!.textContent).not.to.include('本事项暂不支持在线申请');
    const guide = seeded('bdc-001').guide;
    expect(el.shadowRoot!.textContent).to.include(guide.fees[0]!.standard);
    expect(el.shadowRoot!.textContent).to.include('以下特别程序所需时间不计入办结时限');
    expect(el.shadowRoot!.textContent).to.include(guide.specialProcedures[0]!.name);
    const phone = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.match(/^tel:[\d+]+$/);
  });

  it('exposes the name as a heading, the answers as radio buttons with their state, and the actions as buttons', async () => {
    const el = await mount('scjg-001');
    el.id = 'guide-under-test';
    const tree = (await a11ySnapshot({ selector: '#guide-under-test' })) as unknown as A11yNode;
    const heading = findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'heading' && n.name === '个体工商户设立登记');
    expect(heading?.level).to.equal(2);
    expect(findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'button' && n.name === '在线申请')).to.not.equal(null);
    const radio = findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'radio' && n.name === '租赁或借用他人房产');
    expect(radio?.checked).to.equal(false);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')[1]!.click();
    await el.updateComplete;
    const after = (await a11ySnapshot({ selector: '#guide-under-test' })) as unknown as A11yNode;
    expect(findAccessibilityNode<A11yNode>(after, (n) => n.role === 'radio' && n.name === '租赁或借用他人房产')?.checked).to.equal(true);
    // Chromium's pruned snapshot leaves groups out; the question names its fieldset.
    expect(inside(el, 'fieldset legend').textContent).to.equal('经营场所是自有房产还是租赁（借用）的？');
  });

  it('an imported item whose guide is still to be written says so (办事指南待完善) and gives the phone', async () => {
    const imported = {
      ...seeded('scjg-001'),
      formId: null,
      guide: { ...seeded('scjg-001').guide, materials: [], steps: [], situations: [], conditions: ['已有的条件'], incomplete: true },
    };
    mock.worker.use(http.get(`${mock.baseUrl}/items/:id`, () => HttpResponse.json(imported)));
    const el = await mount('scjg-001', {}, 'empty');
    expect(inside(el, '[part~="empty"]').textContent).to.include('办事指南待完善');
    expect(inside(el, '[part~="title"]').textContent).to.equal(imported.name);
    expect(el.shadowRoot!.querySelector('.phones')?.textContent).to.include(imported.guide.consultPhone);
    await expectAccessible(el, 'guide still to be written');
  });

  it('renders server strings as text and links only http(s) form URLs', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const evil: ItemDetail = {
      ...itemDetail,
      name: `${xss}营业执照`,
      guide: {
        ...itemDetail.guide,
        conditions: [xss],
        materials: [
          {
            ...itemDetail.guide.materials[0]!,
            name: `${xss}材料`,
            notes: xss,
            blankFormUrl: 'javascript:alert(1)',
            sampleUrl: 'https://zwfw.example.gov.cn/sample.pdf',
          },
        ],
        situations: [{ id: 's1', question: xss, multiple: true, options: [{ id: 'o1', label: xss, materialIds: [] }] }],
      },
    };
    mock.worker.use(http.get(`${mock.baseUrl}/items/:id`, () => HttpResponse.json(evil)));
    const el = await mount('scjg-001');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(inside(el, '[part~="title"]').textContent).to.equal(`${xss}营业执照`);
    expect(inside(el, '[part~="material-name"]').textContent).to.equal(`${xss}材料`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://zwfw.example.gov.cn/sample.pdf']);
  });

  it('asks for an item when it has none, and says so when the item does not exist', async () => {
    const none = await mount(null, {}, 'empty');
    expect(inside(none, '[part~="empty"]').textContent).to.include('请选择一个事项');
    const missing = await mount('no-such-item', {}, 'error');
    expect(inside(missing, '[part~="error"]').textContent).to.include('没有找到');
    expect(missing.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
  });

  it('loads the next item when item-id changes and forgets the answers', async () => {
    const el = await mount('scjg-001');
    el.shadowRoot!.querySelector<HTMLInputElement>('fieldset input')!.click();
    await el.updateComplete;
    el.itemId = 'wjw-001';
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]')?.textContent === seeded('wjw-001').name, 'the new guide');
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')].some((i) => i.checked)).to.equal(false);
  });

  it('fetches the guide body before the item is in and shows the guide with it, styles included; a failed fetch offers a retry', async () => {
    // A class of its own whose body module fails once, noting each fetch and request in order.
    const order: string[] = [];
    const Guide = customElements.get('yw-item-guide') as typeof YwItemGuide;
    class FlakyBody extends Guide {
      static override loadGuideBody = flakyLoad(() => Guide.loadGuideBody(), { onCall: () => order.push('body') });
    }
    FlakyBody.define('yw-item-guide-flaky-body');
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0, onRequest: (request) => void order.push(new URL(request.url).pathname.replace(/.*\/items\//, '')) };
    const el = document.createElement('yw-item-guide-flaky-body') as YwItemGuide;
    el.setAttribute('item-id', 'scjg-001');
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    await el.updateComplete;
    // Started with the request, not after its answer: no round trip added.
    expect(order).to.deep.equal(['body', 'scjg-001']);
    expect(inside(el, '[part~="title"]').textContent, 'the header stays').to.equal(seeded('scjg-001').name);
    expect(el.shadowRoot!.querySelector('[part~="materials"]'), 'no body without its module').to.equal(null);
    expect(inside(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
    await expectAccessible(el, 'guide body not fetched');
    el.requestUpdate();
    await el.updateComplete;
    expect(order, 'a render does not fetch again by itself').to.deep.equal(['body', 'scjg-001']);
    inside(el, '[part~="retry-button"]').click();
    await el.updateComplete;
    expect(order).to.deep.equal(['body', 'scjg-001', 'body']);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'no placeholder left').to.equal(null);
    expect(texts(el, '[part~="material-name"]').length).to.be.greaterThan(0);
    expect(getComputedStyle(inside(el, '[part~="material"]')).position, 'its styles').to.equal('relative');
  });
});

interface A11yNode {
  role: string;
  name: string;
  level?: number;
  checked?: boolean | 'mixed';
  children: A11yNode[];
}
