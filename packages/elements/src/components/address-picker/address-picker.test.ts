// <yw-address-picker> against the mock server (the reference server over
// PGlite, with the real division data): the shared element suite, the cascade
// for a province, a municipality, a province-administered county and a city
// without counties, search by pinyin and initials, smart paste, EMS coverage,
// keyboard-only use, layouts and accessibility in each state. The native-form
// and address-book behaviour is in address-picker.form.test.ts.
import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import '../../define/yw-config.ts';
import '../../define/yw-address-picker.ts';
import { YwAddressPicker } from './address-picker.ts';
import { PROVINCES } from './provinces.ts';
import type { YwAddressChangeEvent, YwErrorEvent } from '../../base/events/index.ts';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { elementSuite, inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { afterEach, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { choose, chosenNames, levelInput, levelOptions, openList, openPaste, until } from '@yiwang/test/helpers/address-picker-kit';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

elementSuite({
  tag: 'yw-address-picker',
  // No main call: the provinces are built in. The calls it makes later (a
  // level's list, search, coverage, smart paste) have their states tested below.
  textSelector: '[part~="label"]',
  targetSelector: '[part~="paste-toggle"]',
  primary: { selector: '[part~="paste-toggle"]', property: 'color' },
  part: 'label',
  localeText: { 'zh-CN': /所在地区/, en: /Area/ },
});

describe('<yw-address-picker>', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  async function mount(attributes: Record<string, string> = {}): Promise<YwAddressPicker> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    const el = document.createElement('yw-address-picker');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    return el;
  }

  describe('cascade', () => {
    it('picks 河南省 → 新乡市 → 红旗区 → a township, one level loaded at a time', async () => {
      const requests: string[] = [];
      const listener = ({ request }: { request: Request }) => {
        if (new URL(request.url).pathname.endsWith('/divisions')) requests.push(new URL(request.url).searchParams.get('parent') ?? '');
      };
      mock.worker.events.on('request:start', listener);
      try {
        const el = await mount();
        expect(levelInput(el, 1).disabled, 'the city level waits for a province').to.equal(true);
        mock.api.faults.add({ endpoint: 'divisions.children', latencyMs: 300, times: 1 });
        await choose(el, 0, '河南省');
        await el.updateComplete;
        expect(levelInput(el, 1).placeholder, 'the city level says its list is on its way').to.equal('正在加载…');
        await choose(el, 1, '新乡市');
        await choose(el, 2, '红旗区');
        await choose(el, 3, '东街街道');
        expect(chosenNames(el)).to.deep.equal(['河南省', '新乡市', '红旗区', '东街街道']);
        expect(el.value!.divisionCode).to.equal('410702002');
        expect(el.value!.divisionPath.map((d) => d.level)).to.deep.equal(['province', 'city', 'county', 'township']);
        // The provinces are built in; one request per level below, each for the children of the level above.
        expect(requests).to.deep.equal(['410000', '410700', '410702']);
        await expectAccessible(el, 'a full pick');
      } finally {
        mock.worker.events.removeListener('request:start', listener);
      }
    });

    it('changing a level clears the levels below it', async () => {
      const el = await mount();
      await choose(el, 0, '河南省');
      await choose(el, 1, '新乡市');
      await choose(el, 2, '红旗区');
      await choose(el, 1, '郑州市');
      expect(chosenNames(el)).to.deep.equal(['河南省', '郑州市']);
      expect(levelInput(el, 2).value).to.equal('');
      await openList(el, 2);
      expect(levelOptions(el, 2)[0]!.textContent!.trim()).to.equal('中原区');
      expect(levelInput(el, 3).disabled).to.equal(true);
      expect(el.value!.divisionCode).to.equal('410100');
    });

    it('a municipality: 北京市 → (北京市, chosen at once) → 东城区 → 东华门街道', async () => {
      const el = await mount();
      await choose(el, 0, '北京市');
      await until(() => levelInput(el, 1).value === '北京市', 'the only city level is chosen at once');
      await choose(el, 2, '东城区');
      await choose(el, 3, '东华门街道');
      expect(el.value!.divisionPath.map((d) => d.code)).to.deep.equal(['110000', '110100', '110101', '110101001']);
    });

    it('after a municipality, another province gets its own cities (no list of the one before)', async () => {
      const el = await mount();
      await choose(el, 0, '北京市');
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 2), 'on to the districts of 北京');
      await choose(el, 0, '河南省');
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 1), 'on to the cities of 河南');
      expect(chosenNames(el)).to.deep.equal(['河南省']);
      await openList(el, 1);
      expect(levelOptions(el, 1)).to.have.length(18);
    });

    it('a province-administered county: 河南省 → 省直辖县级行政区划 → 济源市 → a township', async () => {
      const el = await mount();
      await choose(el, 0, '河南省');
      await choose(el, 1, '省直辖县级行政区划');
      await until(() => levelInput(el, 2).value === '济源市', '济源市 is the only county there');
      await choose(el, 3, '济源市沁园街道');
      expect(el.value!.divisionPath.map((d) => d.code)).to.deep.equal(['410000', '419000', '419001', '419001001']);
      expect(el.validationMessage).to.not.include('继续选择');
    });

    it('a city without counties: 广东省 → 东莞市 → its townships at the third level', async () => {
      const el = await mount();
      await choose(el, 0, '广东省');
      await choose(el, 1, '东莞市');
      // The third level is labelled by what it holds, and there is no fourth.
      await until(() => inside(el, 'label[for="level-2-input"]').textContent === '乡镇/街道', 'the townships of 东莞市');
      expect(el.shadowRoot!.querySelector('#level-3-input')).to.equal(null);
      await choose(el, 2, '东城街道');
      expect(el.value!.divisionPath.map((d) => d.level)).to.deep.equal(['province', 'city', 'township']);
      expect(el.value!.divisionCode).to.equal('441900003');
    });

    it('filters a level by Chinese, full pinyin and initials', async () => {
      const el = await mount();
      const input = levelInput(el, 0);
      input.focus();
      for (const typed of ['河南', 'henan', 'hn']) {
        input.value = typed;
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        expect(levelOptions(el, 0).map((o) => o.textContent!.trim())[0], typed).to.equal('河南省');
      }
      input.value = 'zzzzz';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(levelOptions(el, 0)).to.have.length(0);
      expect(inside(el, '#level-0-input ~ .popup .list-status').textContent).to.include('没有匹配');
    });

    it("its built-in provinces are exactly the server's list, all 34 offered", async () => {
      const served = (await (await fetch(`${mock.baseUrl}/divisions`)).json()) as { items: unknown[] };
      expect(PROVINCES).to.deep.equal(served.items);
      const el = await mount();
      await openList(el, 0);
      expect(levelOptions(el, 0).map((o) => o.textContent?.trim())).to.deep.equal(PROVINCES.map((p) => p.name));
    });

    it('shows a failed level with a retry button and fires yw-error; retry loads it', async () => {
      const el = await mount();
      const events: YwErrorEvent[] = [];
      el.addEventListener('yw-error', (event) => events.push(event));
      mock.api.faults.add({ endpoint: 'divisions.children', status: 503, times: 1 });
      await choose(el, 0, '河南省');
      levelInput(el, 1).click();
      await until(() => el.shadowRoot!.querySelector('.level [part~="retry-button"]'), 'a retry button at the city level');
      expect(events.map((e) => [e.detail.kind, e.detail.endpoint])).to.deep.equal([['server', 'divisions.children']]);
      expect(inside(el, '#level-1-error').textContent).to.equal('城市列表加载失败：服务暂时不可用，请稍后重试。');
      expect(levelInput(el, 1).getAttribute('aria-describedby')).to.include('level-1-error');
      expect(inside(el, '#level-1-input ~ .popup').textContent).to.include('服务暂时不可用');
      await expectAccessible(el, 'a level that failed');
      inside(el, '.level [part~="retry-button"]').click();
      await until(() => levelOptions(el, 1).length === 18, 'cities after retry');
    });
  });

  describe('search across levels', () => {
    for (const typed of ['xinxiang', 'xx', '新乡']) {
      it(`typing "${typed}" offers 新乡市 with its province, and picks it`, async () => {
        const el = await mount();
        const search = inside<HTMLInputElement>(el, '#search-input');
        search.focus();
        await sendKeys({ type: typed });
        await until(() => searchHits(el).some((h) => h.startsWith('新乡市')), `新乡市 among ${JSON.stringify(searchHits(el))}`);
        expect(searchHits(el).find((h) => h.startsWith('新乡市'))).to.equal('新乡市 河南省');
        await expectAccessible(el, 'search results');
        const index = searchHits(el).findIndex((h) => h.startsWith('新乡市'));
        for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
        if (index > 0) await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
        await until(() => chosenNames(el).join() === '河南省,新乡市', `chosen ${chosenNames(el).join()}`);
        // Focus moves on to the next level, whose list is loaded.
        await until(() => el.shadowRoot!.activeElement === levelInput(el, 2), 'focus on the county level');
      });
    }
  });

  describe('smart paste', () => {
    it('fills every field from a pasted line and says what to check', async () => {
      const el = await mount();
      const changes: YwAddressChangeEvent[] = [];
      el.addEventListener('yw-change', (e) => changes.push(e));
      await openPaste(el, '河南省新乡市红旗区人民路12号 张三 13800000000');
      await until(() => inside(el, '.paste-result').textContent!.includes('已识别'), 'the parse result');
      await until(() => levelInput(el, 2).value === '红旗区');
      expect(chosenNames(el)).to.deep.equal(['河南省', '新乡市', '红旗区']);
      expect(inside<HTMLInputElement>(el, '#detail').value).to.equal('人民路12号');
      expect(inside<HTMLInputElement>(el, '#recipient').value).to.equal('张三');
      expect(inside<HTMLInputElement>(el, '#mobile').value).to.equal('13800000000');
      const message = inside(el, '.paste-result').textContent!.replace(/\s+/g, ' ');
      expect(message).to.include('已识别并填写：所在地区、详细地址、收件人、手机号码');
      // The township is still to choose: said, and the address is not yet valid.
      expect(message).to.include('请继续选择');
      expect(el.checkValidity()).to.equal(false);
      expect(changes.at(-1)!.detail.value).to.deep.include({
        recipient: '张三',
        mobile: '13800000000',
        divisionCode: '410702',
        detail: '人民路12号',
      });
      await expectAccessible(el, 'after smart paste');
    });

    it('says what could not be parsed, and leaves those fields for the applicant', async () => {
      const el = await mount();
      await openPaste(el, '随便写点什么 13800000000');
      await until(() => inside(el, '.paste-result').textContent!.includes('未能识别'), 'the parse result');
      const message = inside(el, '.paste-result').textContent!;
      expect(message).to.include('已识别并填写：手机号码');
      expect(message).to.include('未能识别：所在地区、详细地址、收件人');
      expect(message).to.include('随便写点什么');
      expect(inside<HTMLInputElement>(el, '#mobile').value).to.equal('13800000000');
    });

    it('renders a parse answer with markup in it as text', async () => {
      const xss = '<img src=x onerror="window.__xss=1">';
      mock.worker.use(
        http.post(`${mock.baseUrl}/addresses/parse`, () =>
          HttpResponse.json({ divisionPath: [], detail: xss, recipient: xss, mobile: null, postcode: null, unparsed: [xss] }),
        ),
      );
      const el = await mount();
      await openPaste(el, 'anything');
      await until(() => inside(el, '.paste-result').textContent!.includes(xss), 'the unparsed text, as text');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(inside<HTMLInputElement>(el, '#recipient').value).to.equal(xss);
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('is fetched when about to open, with a placeholder meanwhile; a failed fetch says so and offers to try again', async () => {
      const original = YwAddressPicker.loadSmartPaste;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const load = flakyLoad(original, { hold: held });
      YwAddressPicker.loadSmartPaste = load;
      try {
        const el = await mount();
        expect(el.shadowRoot!.querySelector('#paste-text'), 'not before it is asked for').to.equal(null);
        const toggle = inside(el, '[part~="paste-toggle"]');
        toggle.dispatchEvent(new PointerEvent('pointerenter'));
        expect(load.calls, 'fetched when the pointer comes over its button').to.equal(1);
        await el.updateComplete;
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(inside(el, '#paste-panel [role="alert"]').textContent).to.include('这部分内容未能加载');
        await expectAccessible(el, 'smart paste could not be fetched');
        inside(el, '#paste-panel [part~="retry-button"]').click();
        await until(() => el.shadowRoot!.querySelector('#paste-panel [part~="skeleton"]'), 'the placeholder while it is fetched again');
        expect(load.calls).to.equal(2);
        release();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('#paste-panel [part~="skeleton"]')).to.equal(null);
        // Its styles came with it.
        expect(getComputedStyle(inside(el, '.paste-panel .yw-button')).marginTop).to.not.equal('0px');
      } finally {
        YwAddressPicker.loadSmartPaste = original;
      }
    });

    it('a failed parse shows the error in words and fires yw-error', async () => {
      const el = await mount();
      const errors: string[] = [];
      el.addEventListener('yw-error', (e) => errors.push(e.detail.endpoint));
      mock.api.faults.add({ endpoint: 'addresses.parse', status: 500 });
      await openPaste(el, '河南省新乡市');
      await until(() => inside(el, '.paste-result').textContent!.includes('服务暂时不可用'), 'the error');
      expect(errors).to.deep.equal(['addresses.parse']);
    });
  });

  describe('EMS coverage', () => {
    it('shows that EMS delivers and in how many days once the area is complete', async () => {
      const el = await mount();
      await choose(el, 0, '河南省');
      await choose(el, 1, '新乡市');
      await choose(el, 2, '红旗区');
      expect(inside(el, '[part~="coverage"]').textContent!.trim()).to.equal('');
      await choose(el, 3, '东街街道');
      await until(() => inside(el, '[part~="coverage"]').textContent!.includes('可送达'), 'coverage');
      expect(inside(el, '[part~="coverage"]').textContent).to.include('预计 1–2 天送达');
    });

    it('its line is fetched with the first choice; a failed fetch says so and offers to try again, the check still blocks', async () => {
      const original = YwAddressPicker.loadCoverage;
      const load = flakyLoad(original);
      YwAddressPicker.loadCoverage = load;
      try {
        const el = await mount();
        expect(load.calls, 'not before an area is being chosen').to.equal(0);
        await choose(el, 0, '香港特别行政区');
        await el.updateComplete;
        expect(load.calls).to.equal(1);
        expect(inside(el, '[part~="coverage"] [role="alert"]').textContent).to.include('这部分内容未能加载');
        // Validation does not wait for the words: not deliverable is not deliverable.
        await until(() => el.validationMessage.includes('EMS 快递无法送达'), 'the check answered');
        expect(el.validity.customError).to.equal(true);
        await expectAccessible(el, 'the coverage line could not be fetched');
        inside(el, '[part~="coverage"] [part~="retry-button"]').click();
        await el.updateComplete;
        expect(load.calls).to.equal(2);
        expect(inside(el, '[part~="coverage"]').textContent).to.include('✗ EMS 快递无法送达所选地区');
        expect(getComputedStyle(inside(el, '.blocked')).fontWeight, 'its styles came with it').to.equal('700');
      } finally {
        YwAddressPicker.loadCoverage = original;
      }
    });

    it('blocks 香港 (810000) with a clear message, and the address stays invalid', async () => {
      const el = await mount();
      await choose(el, 0, '香港特别行政区');
      await until(() => inside(el, '[part~="coverage"]').textContent!.includes('无法送达'), 'the block');
      const coverage = inside(el, '[part~="coverage"]').textContent!;
      expect(coverage).to.include('✗ EMS 快递无法送达所选地区');
      // The server's reason: results for 港澳台 are collected in person.
      expect(coverage).to.include('窗口领取');
      expect(levelInput(el, 0).getAttribute('aria-invalid')).to.equal('true');
      expect(levelInput(el, 0).getAttribute('aria-describedby')).to.include('coverage-message');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.include('EMS 快递无法送达');
      // Even with every other field filled, it cannot be submitted.
      el.value = { ...el.value!, detail: '弥敦道1号', recipient: '陈大文', mobile: '13800000000' };
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(false);
      await expectAccessible(el, 'blocked by coverage');
    });

    it('a location (no-recipient) neither checks nor blocks coverage, and has no recipient or mobile', async () => {
      const el = await mount({ 'no-recipient': '' });
      expect(el.shadowRoot!.querySelector('#recipient')).to.equal(null);
      expect(el.shadowRoot!.querySelector('#mobile')).to.equal(null);
      await choose(el, 0, '香港特别行政区');
      inside<HTMLInputElement>(el, '#detail').value = '弥敦道1号';
      inside(el, '#detail').dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(inside(el, '[part~="coverage"]').textContent!.trim()).to.equal('');
      expect(el.checkValidity()).to.equal(true);
      expect(el.value).to.deep.equal({
        recipient: '',
        mobile: '',
        divisionCode: '810000',
        divisionPath: [{ code: '810000', name: '香港特别行政区', level: 'province' }],
        detail: '弥敦道1号',
        postcode: null,
      });
    });
  });

  describe('keyboard and assistive technology', () => {
    it('focus() while waiting for <yw-config>: the busy state at once, the first level once it is there (unless focus moved on)', async () => {
      // A picker inside a <yw-config> that is not defined yet (the loader still fetching it) waits,
      // busy; this stand-in waits until released.
      class WaitingPicker extends YwAddressPicker {
        waiting = true;
        override get loadsOnHold(): boolean {
          return this.waiting || super.loadsOnHold;
        }
        release(): void {
          this.waiting = false;
          this.requestUpdate();
        }
      }
      if (!customElements.get('yw-address-picker-waiting')) customElements.define('yw-address-picker-waiting', WaitingPicker);
      const mountWaiting = async () => {
        const config = document.createElement('yw-config');
        config.setAttribute('api-base', mock.baseUrl);
        const el = document.createElement('yw-address-picker-waiting') as WaitingPicker;
        config.append(el);
        document.body.append(config);
        mounted.push(config);
        await waitForState(el, 'pending');
        return el;
      };
      const first = await mountWaiting();
      const second = await mountWaiting();
      first.focus();
      expect(first.shadowRoot!.activeElement === inside(first, '[part~="state"]'), 'the busy state region has focus').to.equal(true);
      first.release();
      await until(() => first.shadowRoot!.activeElement === levelInput(first, 0), 'the province level once it is there');
      // Focus that has moved on by then stays where it went.
      second.focus();
      expect(second.shadowRoot!.activeElement === inside(second, '[part~="state"]'), 'the busy state region has focus').to.equal(true);
      first.focus();
      second.release();
      await waitForState(second, 'complete');
      await second.updateComplete;
      expect(second.shadowRoot!.activeElement === null, 'focus left alone').to.equal(true);
      expect(first.shadowRoot!.activeElement === levelInput(first, 0), 'focus still on the province level').to.equal(true);
    });

    it('is used with the keyboard alone: levels by typing pinyin, fields by Tab; change fires once per commit', async () => {
      const el = await mount();
      const events: Array<{ type: string; code: string }> = [];
      el.addEventListener('change', () => events.push({ type: 'change', code: el.value?.divisionCode ?? '' }));
      el.addEventListener('yw-change', (e) => events.push({ type: 'yw-change', code: e.detail.value?.divisionCode ?? '' }));
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' }); // smart paste
      await sendKeys({ press: 'Tab' }); // search
      await sendKeys({ press: 'Tab' }); // province
      expect(el.shadowRoot!.activeElement).to.equal(levelInput(el, 0));
      await sendKeys({ type: 'henan' });
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 1), 'focus moves on to the city');
      await sendKeys({ type: 'xx' });
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 2), 'then to the county');
      await sendKeys({ type: 'hq' });
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 3), 'then to the township');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(chosenNames(el)).to.deep.equal(['河南省', '新乡市', '红旗区', '东街街道']);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('detail');
      await sendKeys({ type: '人民路12号' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '张三' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '138 0000 0000' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.value).to.deep.include({ detail: '人民路12号', recipient: '张三', mobile: '13800000000', divisionCode: '410702002' });
      expect(el.checkValidity()).to.equal(true);
      // change / yw-change in pairs: per choice (the auto-chosen levels included) and per committed field, not per keystroke.
      const types = events.map((e) => e.type);
      expect(types.filter((t) => t === 'change').length).to.equal(types.filter((t) => t === 'yw-change').length);
      expect(events.filter((e) => e.type === 'change').map((e) => e.code)).to.deep.equal([
        '410000',
        '410700',
        '410702',
        '410702002',
        '410702002',
        '410702002',
        '410702002',
      ]);
    });

    it('Escape closes a list, then clears what was typed; Tab leaves without choosing', async () => {
      const el = await mount();
      levelInput(el, 0).focus();
      await sendKeys({ type: 'he' });
      expect(levelInput(el, 0).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      expect(levelInput(el, 0).getAttribute('aria-expanded')).to.equal('false');
      expect(levelInput(el, 0).value).to.equal('he');
      await sendKeys({ press: 'Escape' });
      expect(levelInput(el, 0).value).to.equal('');
      await sendKeys({ type: 'he' });
      await sendKeys({ press: 'Tab' });
      expect(el.value).to.equal(null);
    });

    it('Alt+Down opens a list without moving into it, Alt+Up closes it (APG)', async () => {
      const el = await mount();
      levelInput(el, 0).focus();
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(levelInput(el, 0).getAttribute('aria-expanded')).to.equal('true');
      expect(levelInput(el, 0).hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(levelInput(el, 0).getAttribute('aria-expanded')).to.equal('false');
      expect(el.value).to.equal(null);
    });

    it('reopening a level starts at the chosen option, and typing replaces the chosen name', async () => {
      const el = await mount();
      await choose(el, 0, '河南省');
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 1), 'focus moved on to the cities');
      levelInput(el, 0).focus();
      expect(levelInput(el, 0).selectionStart, 'the chosen name is selected').to.equal(0);
      expect(levelInput(el, 0).selectionEnd).to.equal(3);
      await sendKeys({ press: 'ArrowDown' });
      expect(levelInput(el, 0).getAttribute('aria-activedescendant')).to.equal('level-0-o-410000');
      await sendKeys({ type: 'sd' });
      expect(levelInput(el, 0).value).to.equal('sd');
      expect(levelOptions(el, 0)[0]!.textContent!.trim()).to.equal('山东省');
      await sendKeys({ press: 'Enter' });
      await until(() => chosenNames(el).join() === '山东省');
    });

    it('names each level for assistive technology, with the active option', async () => {
      const el = await mount();
      el.id = 'picker-under-test';
      await choose(el, 0, '河南省');
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 1), 'the cities are loaded and focused');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const tree = (await a11ySnapshot({ selector: '#picker-under-test' })) as unknown as A11yNode;
      const province = findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'combobox' && n.name === '省/直辖市/自治区');
      expect(province, 'the province combobox').to.not.equal(null);
      expect(province!.value).to.equal('河南省');
      const city = findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'combobox' && n.name === '城市');
      expect(city!.expanded).to.equal(true);
      expect(findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'combobox' && n.name === '区/县')!.disabled).to.equal(true);
      expect(
        findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'listbox' && n.name === '城市'),
        'the city list',
      ).to.not.equal(null);
      // Chromium's pruned snapshot leaves the options out: the active one is named by aria-activedescendant.
      expect(levelInput(el, 1).getAttribute('aria-activedescendant')).to.equal('level-1-o-410100');
      const active = inside(el, '#level-1-o-410100');
      expect(active.getAttribute('role')).to.equal('option');
      expect(active.getAttribute('aria-selected')).to.equal('true');
      expect(active.textContent!.trim()).to.equal('郑州市');
      await expectAccessible(el, 'an open list');
    });
  });

  describe('layouts', () => {
    it('inline comboboxes on a wide screen', async () => {
      const el = await mount();
      expect(el.getAttribute('data-layout')).to.equal('inline');
      const tops = [0, 1, 2, 3].map((slot) => Math.round(levelInput(el, slot).getBoundingClientRect().top));
      expect(new Set(tops).size, 'the four levels in one row').to.equal(1);
    });

    it('a bottom sheet at 360px: a tab and a column per level, modal, keyboard-usable, accessible', async () => {
      await setViewport({ width: 360, height: 720 });
      const el = await mount({ elder: '' });
      await until(() => el.getAttribute('data-layout') === 'sheet', 'sheet layout');
      expect(el.shadowRoot!.querySelector('#level-0-input'), 'no inline levels').to.equal(null);
      const trigger = inside(el, '[part~="sheet-trigger"]');
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('[part~="sheet"]'), 'the sheet');
      const sheet = inside(el, '[part~="sheet"]');
      expect(sheet.getAttribute('role')).to.equal('dialog');
      expect(sheet.getAttribute('aria-modal')).to.equal('true');
      const box = sheet.getBoundingClientRect();
      expect(box.left).to.equal(0);
      expect(Math.round(box.right)).to.equal(360);
      expect(Math.round(box.bottom)).to.equal(720);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 0), 'focus in the province column');
      await expectAccessible(el, 'the open sheet (elder)', { enhancedContrast: true });
      await sendKeys({ type: 'bj' });
      await sendKeys({ press: 'Enter' });
      // 北京市 has one city level (chosen at once): the sheet moves on to the districts.
      await until(() => inside(el, '[role="tab"][aria-selected="true"]').id === 'tab-2', 'the district tab');
      const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim());
      // A tab for each level chosen, and one for the level to choose next.
      expect(tabs).to.deep.equal(['北京市', '北京市', '请选择']);
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 2), 'focus in the district column');
      await sendKeys({ type: 'dc' });
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 3), 'focus in the township column');
      // Tab stays inside the sheet.
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
      expect(sheet.contains(el.shadowRoot!.activeElement)).to.equal(true);
      levelInput(el, 3).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      // The township is the last level: the sheet closes and focus returns to the button.
      await until(() => !el.shadowRoot!.querySelector('[part~="sheet"]'), 'the sheet closes');
      await until(() => el.shadowRoot!.activeElement === inside(el, '[part~="sheet-trigger"]'), 'focus back on the button');
      expect(trigger.textContent!.replace(/\s+/g, ' ')).to.include('北京市 北京市 东城区 东华门街道');
      expect(el.value!.divisionCode).to.equal('110101001');
    });

    it('Escape closes the sheet and returns focus', async () => {
      const el = await mount({ layout: 'sheet' });
      inside(el, '[part~="sheet-trigger"]').click();
      await until(() => el.shadowRoot!.activeElement === levelInput(el, 0));
      await sendKeys({ press: 'Escape' });
      await until(() => !el.shadowRoot!.querySelector('[part~="sheet"]'));
      expect(el.shadowRoot!.activeElement).to.equal(inside(el, '[part~="sheet-trigger"]'));
    });
  });
});

function searchHits(el: YwAddressPicker): string[] {
  return [...el.shadowRoot!.querySelectorAll('#search-list [role="option"]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
}

interface A11yNode {
  role: string;
  name: string;
  value?: string;
  expanded?: boolean;
  disabled?: boolean;
  selected?: boolean;
  children: A11yNode[];
}
