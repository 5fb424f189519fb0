// The base class and the data controller, with probe elements defined here (the
// real elements are tested in components/). Calls go to @yiwang/mock over msw.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { HttpResponse, delay, http } from 'msw';
import type { ItemSearchResult } from '@yiwang/contract';
import '../define/yw-config.ts';
import type { YwConfig } from '../components/config/config.ts';
import { YwElement, elderConverter } from './yw-element.ts';
import { DataController } from './controllers/data.ts';
import { LocalizeController } from './controllers/localize.ts';
import { renderDataState } from './views/async-views.ts';
import { YwDepartmentSelectEvent } from './events/index.ts';
import { itemSearchResult } from '@yiwang/test/helpers/fixtures';
import { describe, it } from '@yiwang/test/helpers/mocha';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';

/** Searches for `q` and shows the first hit's name; records every call's signal. */
class SearchProbe extends YwElement {
  static override tagName = 'yw-search-probe';
  static override properties: PropertyDeclarations = { q: {}, honourAbort: { type: Boolean } };
  declare q: string;
  declare honourAbort: boolean;
  readonly calls: Array<{ q: string; signal: AbortSignal }> = [];
  private readonly localize = new LocalizeController(this);
  readonly search = new DataController(this, {
    endpoint: 'items.search',
    args: () => [this.q] as const,
    call: (client, [q], signal) => {
      this.calls.push({ q, signal });
      return client.items.search({ q, ...(this.honourAbort ? { signal } : {}) });
    },
    isEmpty: (result) => result.total === 0,
  });
  constructor() {
    super();
    this.q = '';
    this.honourAbort = true;
  }
  protected override render() {
    return renderDataState(this.search, this.localize, { complete: (result) => html`<p class="hit">${result.items[0]?.item.name}</p>` });
  }
  emitSelect(): boolean {
    return this.emit(new YwDepartmentSelectEvent({ departmentId: 'x', departmentName: 'X', selected: true }));
  }
}
SearchProbe.define();

const result = (name: string): ItemSearchResult => ({
  ...itemSearchResult,
  total: 1,
  items: [{ ...itemSearchResult.items[0]!, item: { ...itemSearchResult.items[0]!.item, name } }],
});

describe('YwElement', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  /** `q=slow…` answers after 400 ms, anything else at once; the hit's name echoes q. */
  function useEcho() {
    mock.worker.use(
      http.get(`${mock.baseUrl}/items`, async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        if (q.startsWith('slow')) await delay(400);
        return HttpResponse.json(result(`hit for ${q}`));
      }),
    );
  }

  function mount(q: string, attributes: Record<string, string> = {}): { probe: SearchProbe; config: YwConfig } {
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0 };
    const probe = document.createElement('yw-search-probe') as SearchProbe;
    probe.q = q;
    for (const [name, value] of Object.entries(attributes)) probe.setAttribute(name, value);
    config.append(probe);
    document.body.append(config);
    mounted.push(config);
    return { probe, config };
  }
  const hit = (probe: SearchProbe) => probe.shadowRoot?.querySelector('.hit')?.textContent;

  describe('define()', () => {
    it('is idempotent and returns the registered class', () => {
      expect(SearchProbe.define()).to.equal(SearchProbe);
      expect(SearchProbe.define('yw-search-probe')).to.equal(SearchProbe);
    });

    it('registers a subclass when the class already has another tag', () => {
      const other = SearchProbe.define('my-search-probe');
      expect(other).to.not.equal(SearchProbe);
      expect(document.createElement('my-search-probe')).to.be.instanceOf(SearchProbe);
    });

    it('refuses a class without a tag', () => {
      class Nameless extends YwElement {}
      expect(() => Nameless.define()).to.throw(TypeError);
    });
  });

  describe('elder attribute', () => {
    it('is absent (inherit), on, or explicitly off', () => {
      expect(elderConverter.fromAttribute!(null, undefined)).to.equal(undefined);
      expect(elderConverter.fromAttribute!('', undefined)).to.equal(true);
      expect(elderConverter.fromAttribute!('true', undefined)).to.equal(true);
      expect(elderConverter.fromAttribute!('false', undefined)).to.equal(false);
    });
  });

  describe('emit()', () => {
    it('dispatches bubbling, composed events and reports cancellation', async () => {
      useEcho();
      const { probe, config } = mount('a');
      let seen: Event | null = null;
      config.addEventListener('yw-department-select', (event) => (seen = event), { once: true });
      expect(probe.emitSelect()).to.equal(true);
      expect(seen).to.be.instanceOf(YwDepartmentSelectEvent);
      probe.addEventListener('yw-department-select', (event) => event.preventDefault(), { once: true });
      expect(probe.emitSelect()).to.equal(false);
    });
  });

  describe('DataController', () => {
    it('aborts the running call when its arguments change, and shows only the latest result', async () => {
      useEcho();
      const { probe } = mount('slow one');
      await waitUntil(() => probe.calls.length === 1);
      probe.q = 'fast';
      await waitUntil(() => hit(probe) === 'hit for fast', 'latest result shown');
      expect(probe.calls.map((c) => c.q)).to.deep.equal(['slow one', 'fast']);
      expect(probe.calls[0]!.signal.aborted).to.equal(true);
      expect(probe.calls[1]!.signal.aborted).to.equal(false);
    });

    it('never shows a stale result, even from a call that ignores its signal', async () => {
      useEcho();
      const { probe } = mount('slow one', { 'honour-abort': '' });
      probe.honourAbort = false;
      await waitUntil(() => probe.calls.length === 1);
      probe.q = 'fast';
      await waitUntil(() => hit(probe) === 'hit for fast');
      await delay(600); // the slow answer has arrived by now
      expect(hit(probe)).to.equal('hit for fast');
    });

    it('aborts when the element leaves the page and loads again when it comes back', async () => {
      useEcho();
      const { probe, config } = mount('slow one');
      await waitUntil(() => probe.calls.length === 1);
      config.remove();
      expect(probe.calls[0]!.signal.aborted).to.equal(true);
      document.body.append(config);
      await waitUntil(() => hit(probe) === 'hit for slow one', 'reloaded after reconnect');
      expect(probe.calls).to.have.length(2);
    });

    it('renders the empty state when isEmpty says so', async () => {
      mock.worker.use(http.get(`${mock.baseUrl}/items`, () => HttpResponse.json({ ...itemSearchResult, items: [], total: 0 })));
      const { probe } = mount('nothing');
      await waitUntil(() => probe.search.state === 'empty');
      expect(probe.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.include('暂无数据');
    });

    it('gets a new client, and calls again, when <yw-config api-base> changes', async () => {
      useEcho();
      const { probe, config } = mount('a');
      await waitUntil(() => hit(probe) === 'hit for a');
      const first = probe.client;
      config.setAttribute('api-base', `${mock.baseUrl}/`);
      await waitUntil(() => probe.calls.length === 2);
      expect(probe.client).to.not.equal(first);
    });

    it('elements inside <yw-config> share its client; an own api-base gets its own', async () => {
      useEcho();
      const { probe, config } = mount('a');
      expect(probe.client).to.equal(config.client);
      probe.setAttribute('api-base', mock.baseUrl);
      expect(probe.client).to.not.equal(config.client);
      expect(probe.client).to.not.equal(null);
    });
  });
});
