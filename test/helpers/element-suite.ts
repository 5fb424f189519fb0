// The checks every yiwang element inherits: call `elementSuite({...})` from the
// element's test file and it gets loading / empty / error / success states
// (each checked with axe), the error state's retry by keyboard, the SDK error
// mapping, locale switching, elder mode measured in pixels and contrast,
// theming through tokens and ::part, no style leaks either way, the dark
// scheme, a narrow viewport, and use without <yw-config>. Faults come from the
// @yiwang/mock fault helpers behind msw, never from patching the SDK.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { HttpHandler } from 'msw';
import type { Fault } from '@yiwang/mock';
import type { DataState, ConfigClientOptions, Locale, YwConfig, YwElement, YwErrorEvent } from '@yiwang/elements';
import { contrastRatio, expectAccessible } from './a11y.ts';
import { afterEach, describe, it } from './mocha.ts';
import { useMock } from './mock-worker.ts';
import type { BrowserMock } from './mock-worker.ts';

export interface ElementSuiteOptions {
  /** The registered tag of the element under test. */
  tag: string;
  /** Attributes the element needs besides the shared ones. */
  attributes?: Record<string, string>;
  /**
   * The contract endpoint of the element's main call, whose faults put it into
   * its error state, with msw handlers (prepended to the mock's) that make it
   * answer "nothing to show". Without one, the element shows its content with
   * no call (the address picker: its provinces are built in): the checks of the
   * loading, empty and error states and of the SDK's errors in words are left
   * to the element's own tests of the calls it makes later.
   */
  mainCall?: {
    endpoint: string;
    emptyHandlers: (mock: BrowserMock) => HttpHandler[];
  };
  /** In the success state: a selector (in the shadow root) of body text. */
  textSelector: string;
  /** In the success state: a selector of a click target. */
  targetSelector: string;
  /** In the success state: something painted with `--yw-color-primary`, and the CSS property. */
  primary: {
    selector: string;
    property: 'color' | 'background-color' | 'border-left-color';
    prepare?: (el: YwElement) => Promise<void> | void;
  };
  /** A `::part` name present in the success state. */
  part: string;
  /** Text the success state shows in each locale. */
  localeText: Record<Locale, RegExp>;
  /**
   * Tab presses from the start of the page to the error state's retry button:
   * 1 unless the element has controls before its state region (a search box).
   */
  tabsToRetry?: number;
  /**
   * For an element that needs a signed-in user: sets up each <yw-config> the
   * suite mounts (its `getToken`). Such an element has no token with its own
   * `api-base`, so the checks of the element alone are skipped.
   */
  signIn?: (config: YwConfig, mock: BrowserMock) => void | Promise<void>;
}

interface MountOptions {
  /** Attributes of <yw-config>; `null` mounts the element alone. */
  config?: Record<string, string> | null;
  /** Extra attributes of the element. */
  own?: Record<string, string>;
  clientOptions?: ConfigClientOptions;
}

const mounted: Element[] = [];

/** The state the element renders (`data-state` of the shared state region). */
export function stateOf(el: Element): DataState | undefined {
  return (el.shadowRoot?.querySelector<HTMLElement>('.yw-state')?.dataset.state as DataState | undefined) ?? undefined;
}

export async function waitForState(el: Element, state: DataState, timeout = 8000): Promise<void> {
  await waitUntil(() => stateOf(el) === state, `expected <${el.localName}> to reach "${state}", it is "${stateOf(el)}"`, { timeout });
}

/** One element in the shadow root, or a failure naming the selector. */
export function inside<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${selector} in its shadow root`);
  return found;
}

export function elementSuite(options: ElementSuiteOptions): void {
  const { tag, mainCall } = options;
  /** Defines a check of the main call's states: not for an element without one. */
  const callIt: typeof it = mainCall ? it : ((() => undefined) as unknown as typeof it);
  let mock: BrowserMock;

  async function mount({ config = {}, own = {}, clientOptions = { retry: 0 } }: MountOptions = {}): Promise<{
    el: YwElement;
    config: YwConfig | null;
  }> {
    const el = document.createElement(tag) as YwElement;
    for (const [name, value] of Object.entries({ ...options.attributes, ...own })) el.setAttribute(name, value);
    let wrapper: YwConfig | null = null;
    if (config) {
      wrapper = document.createElement('yw-config');
      wrapper.setAttribute('api-base', mock.baseUrl);
      for (const [name, value] of Object.entries(config)) wrapper.setAttribute(name, value);
      wrapper.clientOptions = clientOptions;
      await options.signIn?.(wrapper, mock);
      wrapper.append(el);
    }
    const root = wrapper ?? el;
    document.body.append(root);
    mounted.push(root);
    await el.updateComplete;
    return { el, config: wrapper };
  }

  async function mountIn(state: 'complete' | 'error' | 'empty', mountOptions: MountOptions = {}) {
    if (state === 'error') mock.api.faults.add({ endpoint: mainCall!.endpoint, status: 500 });
    if (state === 'empty') mock.worker.use(...mainCall!.emptyHandlers(mock));
    const result = await mount(mountOptions);
    await waitForState(result.el, state);
    return result;
  }

  async function errorFor(fault: Fault, clientOptions: ConfigClientOptions = { retry: 0 }) {
    mock.api.faults.add({ endpoint: mainCall!.endpoint, ...fault });
    const { el } = await mount({ clientOptions });
    await waitForState(el, 'error');
    return inside(el, '[part~="error"]');
  }

  describe(`<${tag}>: shared element suite`, () => {
    useMock(mounted, (started) => (mock = started));
    afterEach(async () => {
      document.documentElement.removeAttribute('style');
      document.body.removeAttribute('style');
      document.querySelectorAll('style[data-suite]').forEach((s) => s.remove());
      await setViewport({ width: 800, height: 600 });
    });

    describe('states', () => {
      callIt('shows a loading skeleton, busy for assistive technology, while the call runs', async () => {
        mock.api.faults.add({ endpoint: mainCall!.endpoint, latencyMs: 30_000 });
        const { el } = await mount();
        await waitForState(el, 'pending');
        expect(inside(el, '.yw-state').getAttribute('aria-busy')).to.equal('true');
        expect(inside(el, '[part~="skeleton"]').getBoundingClientRect().height).to.be.greaterThan(0);
        await expectAccessible(el, 'loading state');
      });

      it('renders the success state from the mock server, accessibly', async () => {
        const { el } = await mountIn('complete');
        expect(inside(el, '.yw-state').getAttribute('aria-busy')).to.equal('false');
        await expectAccessible(el, 'success state');
      });

      callIt('renders the empty state accessibly', async () => {
        const { el } = await mountIn('empty');
        expect(inside(el, '[part~="empty"]').textContent?.trim()).to.not.equal('');
        await expectAccessible(el, 'empty state');
      });

      callIt('renders an error with a request id and a retry button, accessibly, and fires yw-error', async () => {
        const events: YwErrorEvent[] = [];
        const listener = (event: YwErrorEvent) => events.push(event);
        document.addEventListener('yw-error', listener);
        try {
          const { el } = await mountIn('error');
          const error = inside(el, '[part~="error"]');
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent).to.include('服务暂时不可用');
          expect(error.textContent).to.include('mock-fault');
          inside(el, '[part~="retry-button"]');
          await expectAccessible(el, 'error state');
          expect(events.map((e) => e.detail.kind)).to.deep.equal(['server']);
          expect(events[0]!.detail.endpoint).to.equal(mainCall!.endpoint);
          expect(events[0]!.composed && events[0]!.bubbles).to.equal(true);
        } finally {
          document.removeEventListener('yw-error', listener);
        }
      });

      callIt('retries from the keyboard: Tab to the retry button, Enter, and the data loads', async () => {
        const { el } = await mountIn('error');
        mock.api.faults.clear();
        (document.activeElement as HTMLElement | null)?.blur();
        for (let tab = 0; tab < (options.tabsToRetry ?? 1); tab++) await sendKeys({ press: 'Tab' });
        const retry = inside(el, '[part~="retry-button"]');
        expect(el.shadowRoot!.activeElement, 'Tab reaches the retry button').to.equal(retry);
        await sendKeys({ press: 'Enter' });
        await waitForState(el, 'complete');
        // Focus stays in the element instead of falling back to <body>.
        expect(el.shadowRoot!.activeElement).to.not.equal(null);
      });

      callIt('a failed retry moves focus to the new retry button (Space activates it too)', async () => {
        const { el } = await mountIn('error');
        inside(el, '[part~="retry-button"]').focus();
        await sendKeys({ press: 'Space' });
        await waitForState(el, 'error');
        await waitUntil(
          () => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part~="retry-button"]'),
          'focus on the new retry button',
        );
      });
    });

    describe('SDK errors in words', () => {
      callIt('rate limited (429 with Retry-After): "请 N 秒后再试"', async () => {
        const error = await errorFor({ status: 429, retryAfter: 37 });
        expect(error.textContent).to.include('请 37 秒后再试');
      });

      callIt('dropped connection: a network message', async () => {
        const error = await errorFor({ drop: true });
        expect(error.textContent).to.include('网络连接失败');
      });

      callIt('no answer in time: a timeout message', async () => {
        const error = await errorFor({ latencyMs: 2000 }, { retry: 0, timeoutMs: 200 });
        expect(error.textContent).to.include('超时');
      });

      callIt('malformed JSON and a body that breaks the contract: a contract message', async () => {
        expect((await errorFor({ malformedJson: true })).textContent).to.include('数据有误');
        for (const node of mounted.splice(0)) node.remove();
        mock.api.faults.clear();
        expect((await errorFor({ violateContract: true })).textContent).to.include('数据有误');
      });

      it('neither api-base nor <yw-config>: a configuration message and no retry button', async () => {
        const { el } = await mount({ config: null });
        await waitForState(el, 'error');
        expect(inside(el, '[part~="error"]').textContent).to.include('api-base');
        expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
      });
    });

    describe('configuration', () => {
      it('works alone with its own api-base', async function () {
        if (options.signIn) this.skip(); // no token outside <yw-config>
        const { el } = await mount({ config: null, own: { 'api-base': mock.baseUrl } });
        await waitForState(el, 'complete');
      });

      it('switches locale when <yw-config locale> changes, and marks its language', async () => {
        const { el, config } = await mountIn('complete');
        expect(el.shadowRoot!.textContent).to.match(options.localeText['zh-CN']);
        expect(el.getAttribute('lang')).to.equal('zh-CN');
        config!.setAttribute('locale', 'en');
        await waitUntil(() => options.localeText.en.test(el.shadowRoot!.textContent ?? ''), 'English text');
        expect(el.shadowRoot!.textContent).to.not.match(options.localeText['zh-CN']);
        expect(el.getAttribute('lang')).to.equal('en');
        await expectAccessible(el, 'success state in English');
      });

      it('its own locale attribute wins over <yw-config>', async () => {
        const { el } = await mountIn('complete', { config: { locale: 'en' }, own: { locale: 'zh-CN' } });
        expect(el.shadowRoot!.textContent).to.match(options.localeText['zh-CN']);
      });
    });

    describe('elder mode (适老化)', () => {
      const measure = (el: YwElement) => {
        const text = inside(el, options.textSelector);
        const target = inside(el, options.targetSelector).getBoundingClientRect();
        return {
          fontSize: parseFloat(getComputedStyle(text).fontSize),
          width: target.width,
          height: target.height,
          color: getComputedStyle(text).color,
        };
      };

      it('raises type to at least 18px and targets to at least 44×44px, from <yw-config elder>', async () => {
        const { el, config } = await mountIn('complete');
        const normal = measure(el);
        config!.setAttribute('elder', '');
        await config!.updateComplete;
        await el.updateComplete;
        expect(el.hasAttribute('data-yw-elder')).to.equal(true);
        const elder = measure(el);
        expect(elder.fontSize).to.be.at.least(18);
        expect(elder.fontSize).to.be.greaterThan(normal.fontSize);
        expect(elder.height).to.be.at.least(44);
        expect(elder.width).to.be.at.least(44);
        expect(elder.height).to.be.greaterThan(normal.height);
      });

      it('meets 7:1 text contrast (axe color-contrast-enhanced) and stays accessible', async () => {
        const { el } = await mountIn('complete', { config: { elder: '' } });
        await expectAccessible(el, 'elder success state', { enhancedContrast: true });
        const surface = getComputedStyle(el).getPropertyValue('--_yw-color-surface');
        expect(contrastRatio(measure(el).color, surface)).to.be.at.least(7);
      });

      it('its link-styled buttons and listbox options are 44×44px targets too (shared styles)', async function () {
        const { el } = await mountIn('complete', { config: { elder: '' } });
        const targets = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.yw-link-button, [role="option"]') ?? [])].filter(
          (target) => target.getClientRects().length > 0,
        );
        // Elements whose success state shows neither have nothing to measure here.
        if (targets.length === 0) this.skip();
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `${target.localName}.${target.className} “${target.textContent?.trim()}”`).to.be.at.least(
            44,
          );
        }
      });

      callIt('its error state meets 7:1 too, with a 44px retry button', async () => {
        const { el } = await mountIn('error', { config: { elder: '' } });
        await expectAccessible(el, 'elder error state', { enhancedContrast: true });
        const retry = inside(el, '[part~="retry-button"]').getBoundingClientRect();
        expect(Math.min(retry.width, retry.height)).to.be.at.least(44);
      });

      it('elder on the element alone, and elder="false" inside an elder <yw-config>', async function () {
        if (options.signIn) this.skip(); // no token outside <yw-config>
        const alone = await mountIn('complete', { config: null, own: { 'api-base': mock.baseUrl, elder: '' } });
        expect(measure(alone.el).fontSize).to.be.at.least(18);
        const optedOut = await mountIn('complete', { config: { elder: '' }, own: { elder: 'false' } });
        expect(optedOut.el.hasAttribute('data-yw-elder')).to.equal(false);
        expect(measure(optedOut.el).fontSize).to.be.lessThan(18);
      });
    });

    describe('theming and encapsulation', () => {
      it('takes --yw-color-primary from the host page', async () => {
        document.documentElement.style.setProperty('--yw-color-primary', 'rgb(0, 102, 51)');
        const { el } = await mountIn('complete');
        await options.primary.prepare?.(el);
        const painted = getComputedStyle(inside(el, options.primary.selector)).getPropertyValue(options.primary.property);
        expect(painted).to.equal('rgb(0, 102, 51)');
      });

      it(`is restyled through ::part(${options.part})`, async () => {
        const style = Object.assign(document.createElement('style'), {
          textContent: `${tag}::part(${options.part}) { color: rgb(1, 2, 3); text-decoration: underline; }`,
        });
        style.dataset.suite = '';
        document.head.append(style);
        const { el } = await mountIn('complete');
        const part = inside(el, `[part~="${options.part}"]`);
        expect(getComputedStyle(part).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(part).textDecorationLine).to.equal('underline');
      });

      it('page styles do not leak in: neither element selectors nor inherited text styles', async () => {
        const style = Object.assign(document.createElement('style'), {
          textContent: `p, ul, li, span, div, button { border: 5px solid rgb(255, 0, 0) !important; padding: 31px !important; }
            body { color: rgb(255, 0, 0); font-size: 40px; font-family: serif; }`,
        });
        style.dataset.suite = '';
        document.head.append(style);
        const { el } = await mountIn('complete');
        for (const node of el.shadowRoot!.querySelectorAll('p, ul, li, span, div, button')) {
          const css = getComputedStyle(node);
          expect(css.paddingTop, `${node.localName}.${node.className}`).to.not.equal('31px');
          expect(css.borderTopColor).to.not.equal('rgb(255, 0, 0)');
        }
        const text = getComputedStyle(inside(el, options.textSelector));
        expect(text.color).to.not.equal('rgb(255, 0, 0)');
        expect(parseFloat(text.fontSize)).to.be.lessThan(40);
        expect(text.fontFamily).to.not.equal('serif');
      });

      it('its styles do not leak out to the page', async () => {
        const page = document.createElement('div');
        page.innerHTML =
          '<p class="yw-error-message summary">p</p><span class="yw-sr-only">s</span><button class="yw-button row">b</button><div class="yw-error yw-skeleton">d</div>';
        document.body.append(page);
        mounted.push(page);
        await mountIn('complete');
        expect(getComputedStyle(page.querySelector('.yw-sr-only')!).position).to.equal('static');
        expect(getComputedStyle(page.querySelector('.yw-button')!).minHeight).to.be.oneOf(['auto', '0px']);
        expect(getComputedStyle(page.querySelector('.yw-error')!).display).to.equal('block');
        expect(getComputedStyle(page.querySelector('.yw-error-message')!, '::before').content).to.be.oneOf(['none', 'normal']);
      });

      it('renders the dark scheme on a dark page with AA contrast, accessibly', async () => {
        document.body.style.background = '#000';
        const { el } = await mountIn('complete', { config: { theme: 'dark' } });
        expect(el.getAttribute('data-yw-theme')).to.equal('dark');
        const text = getComputedStyle(inside(el, options.textSelector)).color;
        const surface = getComputedStyle(el).getPropertyValue('--_yw-color-surface');
        expect(contrastRatio(text, surface)).to.be.at.least(4.5);
        expect(contrastRatio(text, '#ffffff')).to.be.lessThan(4.5, 'dark scheme text is light');
        await expectAccessible(el, 'dark success state');
      });

      it('fits a narrow (360px) phone screen without horizontal scrolling', async () => {
        await setViewport({ width: 360, height: 720 });
        const { el } = await mountIn('complete', { config: { elder: '' } });
        expect(el.getBoundingClientRect().width).to.be.at.most(360);
        expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(360);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (node.clientWidth === 0) continue; // inline boxes have no scroll area
          expect(node.scrollWidth, `${node.localName}.${node.className} overflows`).to.be.at.most(node.clientWidth + 1);
        }
        await expectAccessible(el, 'narrow elder success state');
      });
    });
  });
}
