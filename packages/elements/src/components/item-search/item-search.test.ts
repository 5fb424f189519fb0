import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { ItemSearchQuery, ItemSearchResult } from '@yiwang/contract';
import '../../define/yw-config.ts';
import '../../define/yw-item-search.ts';
import type { YwItemSearch } from './item-search.ts';
import type { YwConfig } from '../config/config.ts';
import type { YwResultsEvent, YwSelectEvent } from '../../base/events/index.ts';
import { elementSuite, inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { itemSearchResult } from '@yiwang/test/helpers/fixtures';
import { afterEach, beforeEach, describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

const EMPTY: ItemSearchResult = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 10,
  facets: { department: [], audience: [], type: [], channel: [], zeroVisit: 0 },
};

elementSuite({
  tag: 'yw-item-search',
  mainCall: {
    endpoint: 'items.search',
    emptyHandlers: (mock) => [http.get(`${mock.baseUrl}/items`, () => HttpResponse.json(EMPTY))],
  },
  textSelector: '[part~="department"]',
  targetSelector: '[part~="result-name"]',
  primary: { selector: '[part~="submit-button"]', property: 'background-color' },
  part: 'total',
  localeText: { 'zh-CN': /共 [\d,]+ 项/, en: /[\d,]+ services/ },
  // The search box and its button come before the results.
  tabsToRetry: 3,
});

describe('<yw-item-search>', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  const startUrl = location.href;

  useMock(mounted, (started) => (mock = started));
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    history.replaceState(null, '', startUrl);
  });

  async function mount(attributes: Record<string, string> = {}): Promise<YwItemSearch> {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    const el = document.createElement('yw-item-search');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    return el;
  }

  const input = (el: YwItemSearch) => inside<HTMLInputElement>(el, 'input');
  const names = (el: YwItemSearch) => [...el.shadowRoot!.querySelectorAll('[part~="result-name"]')].map((n) => n.textContent!.trim());
  const marks = (node: Element) => [...node.querySelectorAll('mark')].map((m) => m.textContent);
  const server = (query: ItemSearchQuery) => mock.api.services.catalog.index.search(query);
  /** Resolves with the next yw-results whose query is `q`. */
  const resultsFor = (el: YwItemSearch, q: string) =>
    new Promise<YwResultsEvent>((resolve) => {
      const listener = (e: YwResultsEvent) => {
        if ((e.detail.query.q ?? '') !== q) return;
        el.removeEventListener('yw-results', listener);
        resolve(e);
      };
      el.addEventListener('yw-results', listener);
    });

  /** Types `text` into the box with real key events and waits for its results. */
  async function search(el: YwItemSearch, text: string): Promise<YwResultsEvent> {
    const done = resultsFor(el, text);
    input(el).focus();
    input(el).select();
    await sendKeys({ type: text });
    return done;
  }

  /** The suggestions for `q`: the first eight hits of its search. */
  const suggested = (q: string) =>
    server({ q, page: 1, pageSize: 10 })
      .items.slice(0, 8)
      .map((h) => ({ itemId: h.item.id }));

  /** Records the `q` of every search and suggest request the mock receives. */
  function recordRequests() {
    const seen: string[] = [];
    const record =
      (kind: string) =>
      ({ request }: { request: Request }) => {
        seen.push(`${kind}:${new URL(request.url).searchParams.get('q') ?? ''}`);
        return undefined; // fall through to the mock server
      };
    mock.worker.use(http.get(`${mock.baseUrl}/items`, record('search')), http.get(`${mock.baseUrl}/items/suggest`, record('suggest')));
    return seen;
  }

  describe('finding seeded items', () => {
    for (const [kind, text] of [
      ['Chinese', '营业执照'],
      ['full pinyin', 'yingyezhizhao'],
      ['pinyin initials', 'yyzz'],
    ] as const) {
      it(`by ${kind}: ${text}`, async () => {
        const el = await mount();
        const { detail } = await search(el, text);
        const expected = server({ q: text, page: 1, pageSize: 10 });
        expect(detail.total).to.equal(expected.total);
        expect(names(el)).to.deep.equal(expected.items.map((h) => h.item.name));
        expect(names(el)).to.include('个体工商户设立登记');
        // 营业执照遗失补领、换发: the match in its name is highlighted, whichever way it was typed.
        const hit = inside(el, '#result-scjg-018');
        expect(marks(hit)).to.deep.equal(['营业执照']);
        expect(inside(el, '[part~="total"]').textContent).to.equal(`共 ${expected.total} 项`);
      });
    }

    it('highlights keyword matches and shows the badges of each result', async () => {
      const el = await mount();
      await search(el, '开店');
      const first = inside(el, '[part~="result"]');
      expect(marks(first.querySelector('[part~="keywords"]')!)).to.deep.equal(['开店']);
      const badges = [...first.querySelectorAll('[part~="badge"]')].map((b) => b.textContent!.trim());
      expect(badges).to.deep.equal(['✓ 零跑动', '网办深度四级', '承诺 1 个工作日（法定 3 个）']);
      expect(first.querySelector('[part~="channels"]')!.textContent).to.equal('办理方式：全程网办、快递送达、窗口办理');
    });
  });

  describe('input methods and stale answers', () => {
    it('sends no request while an IME composes "yingye", and one when it commits 营业', async () => {
      const el = await mount();
      await aTimeout(100);
      const seen = recordRequests();
      const box = input(el);
      box.focus();
      box.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true, composed: true }));
      for (const text of ['y', 'yi', 'yin', 'ying', 'yingy', 'yingye']) {
        box.value = text;
        box.dispatchEvent(
          new InputEvent('input', { data: text, inputType: 'insertCompositionText', isComposing: true, bubbles: true, composed: true }),
        );
        await aTimeout(30); // without IME handling each step would be searched at once
      }
      expect(seen, 'no request during composition').to.deep.equal([]);
      const done = resultsFor(el, '营业');
      box.value = '营业';
      box.dispatchEvent(
        new InputEvent('input', { data: '营业', inputType: 'insertCompositionText', isComposing: true, bubbles: true, composed: true }),
      );
      box.dispatchEvent(new CompositionEvent('compositionend', { data: '营业', bubbles: true, composed: true }));
      await done;
      expect(seen.filter((s) => s.startsWith('search:'))).to.deep.equal(['search:营业']);
      expect(seen.every((s) => s.endsWith(':营业'))).to.equal(true);
      expect(names(el)).to.deep.equal(server({ q: '营业', page: 1, pageSize: 10 }).items.map((h) => h.item.name));
    });

    it('searches at every keystroke with one request each, aborting the ones a newer keystroke made stale', async () => {
      const el = await mount();
      await aTimeout(50);
      const seen = recordRequests();
      const signals: Array<{ q: string; signal: AbortSignal }> = [];
      const config = el.parentElement as YwConfig;
      config.clientOptions = {
        retry: 0,
        fetch: (input, init) => {
          const request = input instanceof Request ? input : new Request(input, init);
          if (new URL(request.url).pathname.endsWith('/items'))
            signals.push({ q: new URL(request.url).searchParams.get('q') ?? '', signal: request.signal });
          return fetch(input, init);
        },
      };
      // The new client searches again: wait for that search to finish before typing.
      await waitUntil(() => signals.length > 0 && el.state === 'complete', 'the search through the new client');
      signals.length = 0;
      seen.length = 0;
      // Each answer takes longer than the next keystroke, so every request but the last is stale in flight.
      mock.api.faults.add({ endpoint: 'items.search', latencyMs: 400, times: 3 });
      const reported: string[] = [];
      el.addEventListener('yw-results', (e) => reported.push(e.detail.query.q ?? ''));
      const done = resultsFor(el, '公积金');
      input(el).focus();
      await sendKeys({ type: '公积金' });
      await done;
      expect(seen, 'one search per keystroke, no suggest request').to.deep.equal(['search:公', 'search:公积', 'search:公积金']);
      expect(signals.map((s) => s.q)).to.deep.equal(['公', '公积', '公积金']);
      expect(
        signals.map((s) => s.signal.aborted),
        'the stale requests were aborted',
      ).to.deep.equal([true, true, false]);
      await aTimeout(450); // past any answer to a stale request
      expect(reported, 'no stale results shown').to.deep.equal(['公积金']);
      expect(names(el)).to.deep.equal(server({ q: '公积金', page: 1, pageSize: 10 }).items.map((h) => h.item.name));
    });

    it('a slow first answer does not overwrite a faster second one', async () => {
      // Only Enter searches here, so the first request is the slow one.
      const el = await mount({ debounce: '60000' });
      const reported: string[] = [];
      el.addEventListener('yw-results', (e) => reported.push(e.detail.query.q ?? ''));
      mock.api.faults.add({ endpoint: 'items.search', latencyMs: 1500, times: 1 });
      input(el).focus();
      await sendKeys({ type: '营业执照' });
      await sendKeys({ press: 'Enter' });
      const second = resultsFor(el, '公积金');
      input(el).select();
      await sendKeys({ type: '公积金' });
      await sendKeys({ press: 'Enter' });
      await second;
      await aTimeout(1700); // past the slow answer
      expect(reported).to.deep.equal(['公积金']);
      expect(names(el)).to.deep.equal(server({ q: '公积金', page: 1, pageSize: 10 }).items.map((h) => h.item.name));
      expect(names(el).some((n) => n.includes('营业执照'))).to.equal(false);
    });
  });

  describe('suggestions (combobox)', () => {
    it('is a combobox that arrow keys, Enter and Escape drive, with aria-activedescendant', async () => {
      const el = await mount();
      el.id = 'search-under-test';
      await search(el, '公积金');
      const box = input(el);
      await waitUntil(() => box.getAttribute('aria-expanded') === 'true', 'suggestions open');
      const options = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
      const expected = suggested('公积金');
      await waitUntil(() => options().length === expected.length, 'suggestions for 公积金');
      expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal(options()[0]!.id);
      expect(options()[0]!.getAttribute('aria-selected')).to.equal('true');
      // The highlight covers what was typed, or a synonym's longer match around it (住房公积金).
      expect(marks(options()[0]!).some((mark) => mark.includes('公积金'))).to.equal(true);
      await expectAccessible(el, 'suggestions open, one highlighted');

      const tree = (await a11ySnapshot({ selector: '#search-under-test' })) as unknown as A11yNode;
      const combobox = findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'combobox');
      expect(combobox?.name).to.equal('搜索办事事项');
      expect(combobox?.expanded).to.equal(true);
      expect(combobox).to.deep.include({ autocomplete: 'list', haspopup: 'listbox' });
      // Chromium's pruned snapshot leaves out options that take no focus; the listbox is there, named.
      expect(findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'listbox')?.name).to.equal('搜索建议');

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(box.getAttribute('aria-expanded')).to.equal('false');
      expect(box.value).to.equal('公积金');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal(options()[0]!.id);
      const selected = oneEvent(el, 'yw-select');
      await sendKeys({ press: 'Enter' });
      const event = (await selected) as YwSelectEvent;
      expect(event.detail).to.deep.include({ itemId: expected[0]!.itemId, source: 'suggestion' });
      await el.updateComplete;
      expect(inside(el, 'yw-item-guide').getAttribute('item-id')).to.equal(expected[0]!.itemId);
    });

    it('arrow keys stop at the ends of the list, and Home returns to the text box (APG)', async () => {
      const el = await mount();
      await search(el, '公积金');
      const box = input(el);
      const options = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
      const expected = suggested('公积金');
      await waitUntil(() => box.getAttribute('aria-expanded') === 'true' && options().length === expected.length, 'suggestions for 公积金');
      await sendKeys({ press: 'ArrowUp' }); // from the text box: the last option
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal(options()[options().length - 1]!.id);
      await sendKeys({ press: 'ArrowDown' }); // no wrapping
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal(options()[options().length - 1]!.id);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(box.selectionStart).to.equal(0);
      expect(box.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' }); // no wrapping at the top either
      await el.updateComplete;
      expect(box.getAttribute('aria-activedescendant')).to.equal(options()[0]!.id);
    });

    it('offers recent searches and popular items in an empty box, from the keyboard', async () => {
      const el = await mount();
      await search(el, '营业执照');
      await sendKeys({ press: 'Enter' });
      expect(JSON.parse(localStorage.getItem('yw-item-search:recent')!)).to.deep.equal(['营业执照']);
      await sendKeys({ press: 'Escape' }); // with the popup closed, Escape empties the box
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      await sendKeys({ press: 'ArrowDown' });
      const hot = mock.api.services.catalog.index.hot(6);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length === hot.length + 2, 'recent + clear + popular');
      const groups = [...el.shadowRoot!.querySelectorAll('[role="listbox"] [role="group"]')].map(
        (g) => g.querySelector('.group-label')!.textContent,
      );
      expect(groups).to.deep.equal(['最近搜索', '热门事项']);
      const optionTexts = [...el.shadowRoot!.querySelectorAll('[role="option"]')].map(
        (o) => o.querySelector('.option-text')?.textContent ?? o.textContent!.trim(),
      );
      expect(optionTexts).to.deep.equal(['营业执照', '清除搜索历史', ...hot.map((h) => h.name)]);
      await expectAccessible(el, 'recent searches and popular items');
      const done = resultsFor(el, '营业执照');
      await sendKeys({ press: 'Enter' }); // the first option is highlighted
      await done;
      expect(input(el).value).to.equal('营业执照');
    });
  });

  describe('facets', () => {
    it('filters by a facet from the keyboard, shows it as a chip, and clears it', async () => {
      const el = await mount();
      await search(el, '登记');
      const facet = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="facet"]')].find((b) =>
        b.textContent!.includes('行政许可'),
      )!;
      const counts = server({ q: '登记', page: 1, pageSize: 10 }).facets;
      expect(facet.querySelector('.count')!.textContent).to.equal(String(counts.type.find((t) => t.value === 'licensing')!.count));
      facet.focus();
      const filtered = oneEvent(el, 'yw-results');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await filtered) as YwResultsEvent;
      expect(detail.query.type).to.equal('licensing');
      expect(detail.total).to.equal(server({ q: '登记', type: 'licensing', page: 1, pageSize: 10 }).total);
      expect(facet.getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.activeElement, 'focus stays on the facet').to.equal(facet);
      const chip = inside(el, '[part~="chip"][data-facet="type"]');
      expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal('事项类型：行政许可（移除此条件） ✕');
      await expectAccessible(el, 'a facet chosen, with its chip');

      // Zero visits combines with it.
      const zero = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="facet"]')].find((b) =>
        b.textContent!.includes('零跑动'),
      )!;
      zero.focus();
      const both = oneEvent(el, 'yw-results');
      await sendKeys({ press: 'Space' });
      expect(((await both) as YwResultsEvent).detail.query).to.deep.include({ type: 'licensing', zeroVisit: true });

      inside(el, '[part~="chip"][data-facet="type"]').focus();
      const cleared = oneEvent(el, 'yw-results');
      await sendKeys({ press: 'Enter' });
      expect(((await cleared) as YwResultsEvent).detail.query.type).to.equal(undefined);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.include('chip');
    });

    it('folds the facets behind a "筛选" button on a phone', async () => {
      await setViewport({ width: 360, height: 720 });
      try {
        const el = await mount();
        const toggle = inside(el, '[part~="filters-toggle"]');
        const groups = inside(el, '.facet-groups');
        expect(groups.getBoundingClientRect().height).to.equal(0);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        toggle.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(groups.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is scoped by department and audience attributes, without those facets', async () => {
      const el = await mount({ department: 'gjj', audience: 'person' });
      const expected = server({ department: 'gjj', audience: 'person', page: 1, pageSize: 10 });
      expect(names(el)).to.deep.equal(expected.items.map((h) => h.item.name));
      const groups = [...el.shadowRoot!.querySelectorAll('.facet-label')].map((l) => l.textContent);
      expect(groups).to.not.include('实施部门');
      expect(groups).to.not.include('服务对象');
    });
  });

  describe('paging', () => {
    it('pages with buttons and moves focus to the top of the new page', async () => {
      const el = await mount({ 'page-size': '5' });
      const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="page-button"]')].find(
        (b) => b.textContent!.trim() === '下一页',
      )!;
      const done = oneEvent(el, 'yw-results');
      next.click();
      await done;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(server({ page: 2, pageSize: 5 }).items.map((h) => h.item.name));
      expect(inside(el, '[aria-current="page"]').textContent!.trim()).to.equal('2');
      expect(el.shadowRoot!.activeElement).to.equal(inside(el, '[part~="total"]'));
    });

    it('loads more in "more" mode, keeping the list and focusing the first new result', async () => {
      const el = await mount({ 'page-size': '5', paging: 'more' });
      const first = names(el);
      inside(el, '[part~="load-more-button"]').focus();
      const done = oneEvent(el, 'yw-results');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await done) as YwResultsEvent;
      await el.updateComplete;
      expect(detail.shown).to.equal(10);
      expect(names(el)).to.deep.equal([...first, ...server({ page: 2, pageSize: 5 }).items.map((h) => h.item.name)]);
      expect(el.shadowRoot!.activeElement?.textContent!.trim()).to.equal(names(el)[5]);
      expect(inside(el, '[part~="more"]').textContent).to.include('已显示 10 项');
      await expectAccessible(el, '"load more" mode');
    });
  });

  describe('results, guide panel and empty state', () => {
    it('opens the guide of a chosen result, passes yw-apply out, and goes back to the result', async () => {
      const el = await mount();
      await search(el, '个体工商户设立');
      const selected = oneEvent(el, 'yw-select');
      inside(el, '#result-scjg-001').click();
      expect(((await selected) as YwSelectEvent).detail).to.deep.include({ itemId: 'scjg-001', source: 'result' });
      await el.updateComplete;
      const guide = inside(el, 'yw-item-guide') as HTMLElement & { updateComplete: Promise<unknown> };
      await waitForState(guide, 'complete');
      expect(el.shadowRoot!.activeElement).to.equal(inside(el, '[part~="guide-panel"]'));
      expect(inside(el, '.results-area').hidden).to.equal(true);
      await expectAccessible(el, 'guide panel');
      const applied = oneEvent(document, 'yw-apply');
      guide.shadowRoot!.querySelector<HTMLButtonElement>('[part~="apply-button"]')!.click();
      expect((await applied).detail).to.deep.equal({ itemId: 'scjg-001', formId: 'form-scjg-001', itemName: '个体工商户设立登记' });
      inside(el, '[part~="back-button"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('yw-item-guide')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(inside(el, '#result-scjg-001'));
    });

    it('shows a skeleton while the templates of the results come, and a retry when they could not be fetched', async () => {
      // A class of its own whose views module fails once, then waits for the test.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const Search = customElements.get('yw-item-search') as typeof YwItemSearch;
      const load = flakyLoad(() => Search.loadResultViews(), { hold: released });
      class FlakyViews extends Search {
        static override loadResultViews = load;
      }
      FlakyViews.define('yw-item-search-flaky-views');
      const config = document.createElement('yw-config');
      config.setAttribute('api-base', mock.baseUrl);
      config.clientOptions = { retry: 0 };
      const el = document.createElement('yw-item-search-flaky-views') as YwItemSearch;
      config.append(el);
      document.body.append(config);
      mounted.push(config);
      await waitForState(el, 'complete');
      await el.updateComplete;
      const area = inside(el, '.results-area');
      expect(area.querySelector('[part~="error"]'), 'a retry, not the list').to.not.equal(null);
      expect(names(el)).to.deep.equal([]);
      expect(load.calls, 'a render does not fetch again by itself').to.equal(1);
      await expectAccessible(el, 'results views failed');

      area.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await aTimeout(0);
      expect(load.calls).to.equal(2);
      expect(area.querySelector('[part~="skeleton"]'), 'a skeleton while they come').to.not.equal(null);
      expect(area.querySelector('[part~="error"]')).to.equal(null);
      const updated = el.updateComplete;
      release();
      await updated;
      expect(names(el).length, 'updateComplete waits for the list').to.be.greaterThan(0);
      expect(area.querySelector('[part~="filters"]'), 'the facets too').to.not.equal(null);
      expect(area.querySelector('[part~="error"]')).to.equal(null);
    });

    it('speaks the facts of the results in the locale it switches to (their words come with the result list)', async () => {
      const el = await mount();
      expect(inside(el, '[part~="badges"]').textContent).to.match(/网办深度/);
      el.locale = 'en';
      await el.updateComplete;
      const badges = inside(el, '[part~="badges"]').textContent!;
      expect(badges).to.match(/Online level/i);
      expect(badges).to.not.match(/网办深度|itemSearch\./);
      expect(inside(el, '[part~="filters"]').textContent).to.not.match(/itemSearch\./);
    });

    it('offers a retry when <yw-item-guide> could not be fetched, and fetches it again only when asked', async () => {
      const Search = customElements.get('yw-item-search') as typeof YwItemSearch;
      const load = flakyLoad(() => Search.loadGuide());
      class FlakyGuide extends Search {
        static override loadGuide = load;
      }
      FlakyGuide.define('yw-item-search-flaky-guide');
      const config = document.createElement('yw-config');
      config.setAttribute('api-base', mock.baseUrl);
      config.clientOptions = { retry: 0 };
      const el = document.createElement('yw-item-search-flaky-guide') as YwItemSearch;
      config.append(el);
      document.body.append(config);
      mounted.push(config);
      await waitForState(el, 'complete');
      inside(el, '[part~="result-name"]').click();
      await el.updateComplete;
      await aTimeout(20);
      const panel = inside(el, '[part~="guide-panel"]');
      expect(panel.querySelector('[part~="error"]'), 'a retry in the panel').to.not.equal(null);
      expect(load.calls, 'a render does not fetch again by itself').to.equal(1);
      panel.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await el.updateComplete;
      expect(load.calls).to.equal(2);
      expect(panel.querySelector('[part~="error"]')).to.equal(null);
      await waitForState(inside(el, 'yw-item-guide'), 'complete');
    });

    it('keeps the panel closed when the page cancels yw-select', async () => {
      const el = await mount();
      el.addEventListener('yw-select', (e) => e.preventDefault());
      inside(el, '[part~="result-name"]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('yw-item-guide')).to.equal(null);
    });

    it('suggests broader queries when nothing matches', async () => {
      const el = await mount();
      const done = resultsFor(el, '营业执照 火星');
      input(el).focus();
      await sendKeys({ type: '营业执照 火星' });
      await done;
      await waitForState(el, 'empty');
      const empty = inside(el, '[part~="empty"]');
      expect(empty.textContent).to.include('没有找到与“营业执照 火星”相关的事项');
      const tries = [...empty.querySelectorAll<HTMLButtonElement>('[part~="try"]')];
      expect(tries.map((b) => b.textContent!.trim())).to.deep.equal(['只搜“营业执照”', '只搜“火星”']);
      await waitUntil(() => empty.querySelectorAll('[part~="popular"]').length > 0, 'popular items');
      const again = resultsFor(el, '营业执照');
      tries[0]!.click();
      await again;
      expect(input(el).value).to.equal('营业执照');
    });

    it('renders XSS strings from the server as text', async () => {
      const xss = '<img src=x onerror=alert(1)>';
      const hit = itemSearchResult.items[0]!;
      mock.worker.use(
        http.get(`${mock.baseUrl}/items`, () =>
          HttpResponse.json({
            ...itemSearchResult,
            page: 1,
            items: [
              {
                ...hit,
                item: { ...hit.item, name: `${xss}营业执照`, departmentName: xss, keywords: [xss] },
                highlights: [{ field: 'name', start: 28, end: 32 }],
              },
            ],
            facets: { ...itemSearchResult.facets, department: [{ value: 'scjg', label: xss, count: 1 }] },
          }),
        ),
      );
      const el = await mount();
      input(el).focus();
      await sendKeys({ type: 'x' });
      await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'a suggestion');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(inside(el, '[part~="result-name"]').textContent!.trim()).to.equal(`${xss}营业执照`);
      expect(marks(inside(el, '[part~="result-name"]'))).to.deep.equal(['营业执照']);
      expect(inside(el, '[role="option"]').textContent).to.include(xss);
    });
  });

  describe('URL state (sync-url)', () => {
    it('writes query, facets and page to the URL, and the back button restores them', async () => {
      const el = await mount({ 'sync-url': '' });
      await search(el, '社保');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => new URLSearchParams(location.search).get('q') === '社保', 'q in the URL');
      const facet = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="facet"]')].find((b) =>
        b.textContent!.includes('自然人'),
      )!;
      const filtered = oneEvent(el, 'yw-results');
      facet.click();
      await filtered;
      expect(new URLSearchParams(location.search).get('audience')).to.equal('person');
      const back = oneEvent(el, 'yw-results');
      history.back();
      await back;
      expect(el.filters).to.deep.equal({});
      expect(new URLSearchParams(location.search).get('audience')).to.equal(null);
      expect(input(el).value).to.equal('社保');
      const forward = oneEvent(el, 'yw-results');
      history.forward();
      await forward;
      expect(el.filters).to.deep.equal({ audience: 'person' });
      expect(new URLSearchParams(location.search).get('audience')).to.equal('person');
    });

    it('starts from the URL: query, page and the open guide', async () => {
      history.replaceState(null, '', `${location.pathname}?from=portal&q=${encodeURIComponent('公积金')}&page=1&item=gjj-001`);
      const seen = recordRequests();
      const el = await mount({ 'sync-url': '' });
      // The URL's state applies before the first search: no request for anything else went out.
      expect(seen.filter((r) => r.startsWith('search:'))).to.deep.equal(['search:公积金']);
      expect(input(el).value).to.equal('公积金');
      expect(inside(el, 'yw-item-guide').getAttribute('item-id')).to.equal('gjj-001');
      inside(el, '[part~="back-button"]').click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('item')).to.equal(null);
      expect(new URLSearchParams(location.search).get('from')).to.equal('portal');
      expect(names(el)).to.deep.equal(server({ q: '公积金', page: 1, pageSize: 10 }).items.map((h) => h.item.name));
    });

    /** A class of its own whose URL-state module fails `failures` times, then waits for `released`; counts the fetches. */
    function flakyUrlSync(tag: string, failures: number, released?: Promise<void>) {
      const Search = customElements.get('yw-item-search') as typeof YwItemSearch;
      const load = flakyLoad(() => Search.loadUrlSync(), { failures, hold: released });
      class FlakyUrlSync extends Search {
        static override loadUrlSync = load;
      }
      FlakyUrlSync.define(tag);
      return load;
    }

    function mountTag(tag: string, attributes: Record<string, string> = {}): YwItemSearch {
      const config = document.createElement('yw-config');
      config.setAttribute('api-base', mock.baseUrl);
      config.clientOptions = { retry: 0 };
      const el = document.createElement(tag) as YwItemSearch;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      config.append(el);
      document.body.append(config);
      mounted.push(config);
      return el;
    }

    it('without sync-url fetches nothing for the URL; set later, the URL records the state from the next change on', async () => {
      history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent('公积金')}`);
      const fetches = flakyUrlSync('yw-item-search-late-url', 0);
      const el = mountTag('yw-item-search-late-url');
      await waitForState(el, 'complete');
      expect(fetches.calls, 'no fetch without sync-url').to.equal(0);
      expect(input(el).value, 'the URL is not read').to.equal('');
      el.syncUrl = true;
      await el.updateComplete;
      expect(fetches.calls).to.equal(1);
      expect(input(el).value, 'nor when sync-url is set on a connected element').to.equal('');
      await search(el, '社保');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => new URLSearchParams(location.search).get('q') === '社保', 'q in the URL');
    });

    it('shows a retry when the URL state could not be fetched, searches only once it is in, and fetches it again only when asked', async () => {
      history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent('公积金')}`);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const fetches = flakyUrlSync('yw-item-search-flaky-url', 1, released);
      const seen = recordRequests();
      const el = mountTag('yw-item-search-flaky-url', { 'sync-url': '' });
      await el.updateComplete;
      const area = inside(el, '.results-area');
      await waitUntil(() => area.querySelector('[part~="error"]'), 'a retry');
      el.requestUpdate();
      await el.updateComplete;
      expect(fetches.calls, 'a render does not fetch again by itself').to.equal(1);
      expect(seen, 'no search without the URL state').to.deep.equal([]);
      expect(el.state).to.equal('pending');
      await expectAccessible(el, 'URL state failed');

      area.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await aTimeout(0);
      expect(fetches.calls).to.equal(2);
      expect(area.querySelector('[part~="skeleton"]'), 'a skeleton while it comes').to.not.equal(null);
      expect(area.querySelector('[part~="error"]')).to.equal(null);
      const updated = el.updateComplete;
      release();
      await updated;
      expect(input(el).value, 'updateComplete waits for the URL state').to.equal('公积金');
      await waitForState(el, 'complete');
      expect(seen.filter((r) => r.startsWith('search:'))).to.deep.equal(['search:公积金']);
      expect(names(el)).to.deep.equal(server({ q: '公积金', page: 1, pageSize: 10 }).items.map((h) => h.item.name));
    });
  });
});

interface A11yNode {
  role: string;
  name: string;
  expanded?: boolean;
  autocomplete?: string;
  haspopup?: string;
  children: A11yNode[];
}
