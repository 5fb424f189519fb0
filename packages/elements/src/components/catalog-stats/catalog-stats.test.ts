import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { CatalogStats, PublicPerformance } from '@yiwang/contract';
import { createClient } from '@yiwang/sdk';
import '../../define/yw-config.ts';
import '../../define/yw-catalog-stats.ts';
import type { YwCatalogStats } from './catalog-stats.ts';
import type { ConfigClientOptions } from '../config/config.ts';
import type { YwDepartmentSelectEvent } from '../../base/events/index.ts';
import { elementSuite, inside, waitForState } from '@yiwang/test/helpers/element-suite';
import { afterEach, beforeEach, describe, it } from '@yiwang/test/helpers/mocha';
import { expectAccessible } from '@yiwang/test/helpers/a11y';
import { useMock } from '@yiwang/test/helpers/mock-worker';
import { PERFORMANCE_REPORT } from '@yiwang/test/fixtures/performance';
import type { BrowserMock } from '@yiwang/test/helpers/mock-worker';
import { flakyLoad } from '@yiwang/test/helpers/flaky-load';

const STATS: CatalogStats = {
  departments: [
    { departmentId: 'b', departmentName: '市场监督管理局', items: 40, zeroVisitItems: 38, ratio: 0.95 },
    { departmentId: 'a', departmentName: '人力资源和社会保障局', items: 50, zeroVisitItems: 40, ratio: 0.8 },
    { departmentId: 'c', departmentName: '不动产登记中心', items: 10, zeroVisitItems: 10, ratio: 1 },
  ],
  total: { items: 100, zeroVisitItems: 88, ratio: 0.88 },
};

elementSuite({
  tag: 'yw-catalog-stats',
  mainCall: {
    endpoint: 'catalog.stats',
    emptyHandlers: (mock) => [
      http.get(`${mock.baseUrl}/catalog/stats`, () =>
        HttpResponse.json({ departments: [], total: { items: 0, zeroVisitItems: 0, ratio: 0 } }),
      ),
    ],
  },
  textSelector: '[part~="name"]',
  targetSelector: '[part~="row"]',
  primary: { selector: '[part~="bar-fill"]', property: 'background-color' },
  part: 'summary',
  localeText: { 'zh-CN': /零跑动/, en: /need no visit/ },
});

describe('<yw-catalog-stats>', () => {
  let mock: BrowserMock;
  const mounted: Element[] = [];
  useMock(mounted, (started) => (mock = started));

  async function mount(
    stats: CatalogStats | null = STATS,
    attributes: Record<string, string> = {},
    token?: string,
    clientOptions: ConfigClientOptions = {},
  ): Promise<YwCatalogStats> {
    if (stats) mock.worker.use(http.get(`${mock.baseUrl}/catalog/stats`, () => HttpResponse.json(stats)));
    const config = document.createElement('yw-config');
    config.setAttribute('api-base', mock.baseUrl);
    config.clientOptions = { retry: 0, ...clientOptions };
    if (token) config.getToken = () => token;
    const el = document.createElement('yw-catalog-stats');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    config.append(el);
    document.body.append(config);
    mounted.push(config);
    await waitForState(el, 'complete');
    return el;
  }

  const texts = (el: YwCatalogStats, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.trim());
  const names = (el: YwCatalogStats) => [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent);

  it("shows the reference server's departments and overall ratio", async () => {
    const el = await mount(null);
    const stats = await mock.api.services.catalog.index.stats();
    expect(el.shadowRoot!.querySelectorAll('[part~="row"]')).to.have.length(stats.departments.length);
    expect(inside(el, '[part~="summary"]').textContent).to.include(`全部 ${stats.total.items} 个事项`);
  });

  it('exposes toggle buttons with names and pressed state to assistive technology', async () => {
    const el = await mount();
    el.id = 'stats-under-test';
    const tree = async () => (await a11ySnapshot({ selector: '#stats-under-test' })) as unknown as A11yNode;
    const row = (snapshot: A11yNode) =>
      findAccessibilityNode<A11yNode>(snapshot, (n) => n.role === 'button' && n.name.includes('人力资源和社会保障局'));
    const before = row(await tree());
    expect(before, 'a button per department').to.not.equal(null);
    // The name carries the figures and the target verdict in words.
    expect(before!.name).to.equal('人力资源和社会保障局 80% 40 / 50 项 ! 未达标（目标 90%）');
    expect(before!.pressed).to.equal(false);
    el.selected = 'a';
    await el.updateComplete;
    expect(row(await tree())!.pressed).to.equal(true);
    // Chromium's pruned snapshot leaves lists out; the list's name is on the element.
    expect(inside(el, 'ul[part~="list"]').getAttribute('aria-label')).to.equal('各部门“不见面”办理事项占比');
  });

  it('sorts by ratio, by items, or by name (pinyin order)', async () => {
    const el = await mount();
    expect(names(el)).to.deep.equal(['不动产登记中心', '市场监督管理局', '人力资源和社会保障局']);
    el.sort = 'items';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['人力资源和社会保障局', '市场监督管理局', '不动产登记中心']);
    el.sort = 'name';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['不动产登记中心', '人力资源和社会保障局', '市场监督管理局']);
  });

  it('marks rows against the target with a sign and words, not only colour', async () => {
    const el = await mount(STATS, { target: '0.9' });
    const badges = [...el.shadowRoot!.querySelectorAll('[part~="row"] [part~="badge"]')].map((b) => b.textContent!.trim());
    expect(badges).to.deep.equal(['✓ 已达标', '✓ 已达标', '! 未达标（目标 90%）']);
    el.target = 0.75;
    await el.updateComplete;
    expect(inside(el, '[part~="summary"] [part~="badge"]').textContent).to.include('已达标');
  });

  it('draws each bar to its ratio (through the CSSOM, with no style attribute)', async () => {
    const el = await mount(STATS, { sort: 'items' });
    const fills = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bar-fill"]')];
    const widths = fills.map((fill) => fill.getBoundingClientRect().width / fill.parentElement!.getBoundingClientRect().width);
    expect(widths.map((w) => Math.round(w * 100))).to.deep.equal([80, 95, 100]);
    expect(fills[0]!.style.getPropertyValue('--_ratio')).to.equal('0.8');
  });

  it('selects a department from the keyboard and fires yw-department-select', async () => {
    const el = await mount();
    const events: YwDepartmentSelectEvent[] = [];
    document.addEventListener('yw-department-select', (e) => events.push(e), { once: true });
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([{ departmentId: 'c', departmentName: '不动产登记中心', selected: true }]);
    expect(el.selected).to.equal('c');
    expect(el.getAttribute('selected')).to.equal('c');
    expect(inside(el, '[part~="row"]').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.selected === null, 'Space unselects');
  });

  it('keeps the selection when a listener cancels the event', async () => {
    const el = await mount();
    el.addEventListener('yw-department-select', (e) => e.preventDefault());
    inside(el, '[part~="row"]').click();
    await el.updateComplete;
    expect(el.selected).to.equal(null);
  });

  it('says which catalog version is in force (分批公布) once one was imported, and nothing for the seeded catalog', async () => {
    const seeded = await mount(null);
    expect(seeded.shadowRoot!.querySelector('[part~="published"]')).to.equal(null);
    const published = { version: 3, batch: '第三批', publishedAt: '2026-12-01T10:00:00.000+08:00' };
    const el = await mount({ ...STATS, published });
    expect(inside(el, '[part~="published"]').textContent!.trim()).to.equal('事项清单（第三批）2026年12月1日公布');
    await expectAccessible(el, 'with the published version');
    const en = await mount({ ...STATS, published: { ...published, batch: null } }, { locale: 'en' });
    expect(inside(en, '[part~="published"]').textContent!.trim()).to.equal('Catalog published December 1, 2026');
  });

  const GAPS: CatalogStats['gaps'] = [
    {
      departmentId: 'a',
      departmentName: '人力资源和社会保障局',
      needed: 5,
      items: [
        { id: 'a-1', name: '失业保险金申领', reason: 'no_online_path', visitsRequired: 0 },
        { id: 'a-2', name: '社会保障卡补换', reason: 'visits_required', visitsRequired: 1 },
      ],
      more: 8,
    },
  ];

  it('督查 view: each department below target as a headed section with a table of its items and their reasons', async () => {
    const el = await mount({ ...STATS, gaps: GAPS }, { view: 'audit' });
    expect(el.shadowRoot!.querySelector('[part~="list"]'), 'the audit view replaces the bars').to.equal(null);
    expect(inside(el, '[part~="audit-title"]').tagName).to.equal('H2');
    expect(texts(el, '[part~="audit-heading"]')).to.deep.equal(['人力资源和社会保障局']);
    expect(inside(el, '[part~="audit-heading"]').tagName).to.equal('H3');
    expect(inside(el, '[part~="audit-needed"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '不见面 80%（40 / 50 项）。 还需 5 个事项实现不见面办理方可达标。',
    );
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="audit-table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['失业保险金申领', '承诺零跑动，但无在线申请途径'],
      ['社会保障卡补换', '需到现场 1 次'],
    ]);
    expect(inside(el, '[part~="audit-table"] caption').textContent!.trim()).to.equal('人力资源和社会保障局未计入“不见面”的事项');
    expect(inside(el, '[part~="audit-more"]').textContent!.trim()).to.equal('另有 8 个事项未列出。');
    await expectAccessible(el, 'the audit view');
    el.parentElement!.setAttribute('elder', '');
    await waitUntil(() => el.hasAttribute('data-yw-elder'), 'elder mode from <yw-config elder>');
    await el.updateComplete;
    await expectAccessible(el, 'the audit view in elder mode');
  });

  it('督查 view in English, and when nothing is below target or the server lists no gaps', async () => {
    const en = await mount({ ...STATS, gaps: GAPS }, { view: 'audit', locale: 'en' });
    expect(texts(en, '[part~="audit-reason"]')).to.deep.equal([
      'Declared zero-visit, but no way to apply online',
      '1 visit(s) in person required',
    ]);
    expect(inside(en, '[part~="audit-title"]').textContent!.trim()).to.equal('Oversight: departments below 90% of items needing no visit');
    const met = await mount({ ...STATS, gaps: [] }, { view: 'audit' });
    expect(inside(met, '[part~="audit-none"]').textContent!.trim()).to.equal('各部门均已达标。');
    const older = await mount(STATS, { view: 'audit' });
    expect(inside(older, '[part~="audit-none"]').textContent!.trim()).to.equal('服务端未提供督查清单。');
  });

  it("督查 view of the reference server: its departments below 90 %, and the 不见面 count the search's filter gives", async () => {
    const el = await mount(null, { view: 'audit' });
    const stats = mock.api.services.catalog.index.stats();
    expect(texts(el, '[part~="audit-heading"]')).to.deep.equal(stats.gaps!.map((g) => g.departmentName));
    expect(stats.total.zeroVisitItems).to.equal(mock.api.services.catalog.index.search({ zeroVisit: true }).total);
    await expectAccessible(el, 'the reference server in the audit view');
  });

  describe('performance view (绩效考核, 全程公开)', () => {
    const rowTexts = (el: YwCatalogStats, selector: string) =>
      [...el.shadowRoot!.querySelectorAll(selector)].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

    const serve = (report: PublicPerformance) =>
      mock.worker.use(http.get(`${mock.baseUrl}/catalog/performance`, () => HttpResponse.json(report)));

    it("the reference server's public figures: a row per department and the total, figures only, accessible and in elder mode", async () => {
      const el = await mount(null, { view: 'performance' });
      const report = await createClient({ baseUrl: mock.baseUrl, retry: 0 }).catalog.performance();
      const rows = rowTexts(el, '[part~="performance-row"]');
      expect(rows.map((r) => r[0])).to.deep.equal(report.departments.map((d) => d.departmentName));
      for (const [i, d] of report.departments.entries())
        expect(rows[i]!.slice(1, 3)).to.deep.equal([String(d.received), String(d.completed)]);
      expect(rowTexts(el, '[part~="performance-total"]')[0]!.slice(0, 3)).to.deep.equal([
        '合计',
        String(report.total.received),
        String(report.total.completed),
      ]);
      expect(el.shadowRoot!.textContent).to.not.match(/YW\d{13}/);
      expect(el.shadowRoot!.querySelector('[part~="attention"]'), 'no case lists in public').to.equal(null);
      await expectAccessible(el, 'the performance view');
      el.parentElement!.setAttribute('elder', '');
      await waitUntil(() => el.hasAttribute('data-yw-elder'), 'elder mode from <yw-config elder>');
      await el.updateComplete;
      await expectAccessible(el, 'the performance view in elder mode');
    });

    it('says each figure in words, with a table the keyboard can scroll; the period goes to the server; English', async () => {
      let asked = '';
      mock.worker.use(
        http.get(`${mock.baseUrl}/catalog/performance`, ({ request }) => {
          asked = new URL(request.url).search;
          return HttpResponse.json(PERFORMANCE_REPORT);
        }),
      );
      const el = await mount(null, { view: 'performance', from: '2026-11-01', to: '2026-11-30' });
      expect(asked).to.equal('?from=2026-11-01&to=2026-11-30');
      expect(inside(el, '[part~="performance-title"]').tagName).to.equal('H2');
      expect(inside(el, '[part~="summary"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '统计期间：2026年11月1日至2026年11月30日。 共收件 120 件，作出决定 100 件，按时办结率 97%。',
      );
      expect(rowTexts(el, '[part~="performance-row"]')).to.deep.equal([
        ['市场监督管理局', '120', '98', '97% 97 / 100 件', '2.4 / 3', '4.6 40 条评价，差评 2 条', '1', '3', '! 2'],
        ['公安局', '0', '0', '—', '—', '— 0 条评价，差评 0 条', '0', '0', '0'],
      ]);
      const scroll = inside(el, '[part~="performance-scroll"]');
      expect([scroll.getAttribute('role'), scroll.tabIndex]).to.deep.equal(['region', 0]);
      el.id = 'performance-under-test';
      const tree = (await a11ySnapshot({ selector: '#performance-under-test' })) as unknown as A11yNode;
      // The scrolling box is a named region the keyboard reaches (axe: scrollable-region-focusable).
      expect(
        findAccessibilityNode<A11yNode>(tree, (n) => n.role === 'region' && n.name === '2026-11-01至2026-11-30各部门办件绩效'),
      ).to.not.equal(null);

      serve(PERFORMANCE_REPORT);
      const en = await mount(null, { view: 'performance', locale: 'en' });
      expect(inside(en, '[part~="performance-title"]').textContent!.trim()).to.equal('Performance of each department (open to the public)');
      expect(rowTexts(en, '[part~="performance-row"]')[0]).to.deep.equal([
        '市场监督管理局',
        '120',
        '98',
        '97% 97 of 100',
        '2.4 / 3',
        '4.6 40 ratings, 2 poor',
        '1',
        '3',
        '! 2',
      ]);
      await expectAccessible(en, 'the performance view in English');
    });

    it("staff: the signed-in staff member's department with the cases that need attention; empty without departments", async () => {
      const client = createClient({ baseUrl: mock.baseUrl, retry: 0 });
      const { token } = await client.auth.demoSignIn({ userId: 'demo-staff' });
      const el = await mount(null, { view: 'performance', audience: 'staff' }, token);
      expect(inside(el, '[part~="performance-title"]').textContent!.trim()).to.equal('本部门办件绩效（绩效考核）');
      expect(rowTexts(el, '[part~="performance-row"]')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part~="performance-total"]'), 'one department: no total row').to.equal(null);
      const lists = el.shadowRoot!.querySelectorAll('[part~="attention"]');
      expect(lists).to.have.length(2);
      const report = await createClient({ baseUrl: mock.baseUrl, retry: 0, getToken: () => token }).staff.performance();
      expect(texts(el, '[part~="attention-case"]')).to.deep.equal([
        ...report.attention.overdue,
        ...report.attention.badAwaitingRectification,
      ]);
      await expectAccessible(el, 'the staff performance view');

      serve({ ...PERFORMANCE_REPORT, departments: [] });
      const empty = document.createElement('yw-catalog-stats');
      empty.setAttribute('view', 'performance');
      const config = document.createElement('yw-config');
      config.setAttribute('api-base', mock.baseUrl);
      config.append(empty);
      document.body.append(config);
      mounted.push(config);
      await waitForState(empty, 'empty');
      expect(inside(empty, '[part~="empty"]').textContent!.trim()).to.equal('暂无办件数据。');
    });
  });

  describe('the 督查 and performance views, fetched on demand', () => {
    type Loads = Pick<typeof YwCatalogStats, 'loadAuditView' | 'loadPerformanceView'>;
    const Stats = () => customElements.get('yw-catalog-stats') as unknown as Loads;
    let original: Loads;
    beforeEach(() => {
      original = { loadAuditView: Stats().loadAuditView, loadPerformanceView: Stats().loadPerformanceView };
    });
    afterEach(() => {
      Object.assign(Stats(), original);
    });

    /** Notes each view's fetch in `order`, failing the first `failures` of each. */
    function watchViews(order: string[], failures = 0): void {
      Stats().loadAuditView = flakyLoad(original.loadAuditView, { failures, onCall: () => order.push('audit view') });
      Stats().loadPerformanceView = flakyLoad(original.loadPerformanceView, { failures, onCall: () => order.push('performance view') });
    }
    /** Notes each request's path after /catalog/ in `order`. */
    const noting = (order: string[]): ConfigClientOptions => ({
      onRequest: (request) => void order.push(new URL(request.url).pathname.replace(/.*\/catalog\//, '')),
    });

    it('the bars come without either view; the 督查 view is fetched when switched to, with its styles and words', async () => {
      const order: string[] = [];
      watchViews(order);
      const el = await mount({ ...STATS, gaps: GAPS }, {}, undefined, noting(order));
      expect(order).to.deep.equal(['stats']);
      el.view = 'audit';
      await el.updateComplete;
      expect(order, 'no second request for the figures').to.deep.equal(['stats', 'audit view']);
      expect(texts(el, '[part~="audit-heading"]')).to.deep.equal(['人力资源和社会保障局']);
      expect(getComputedStyle(inside(el, '[part~="audit-table"]')).borderCollapse, 'its styles').to.equal('collapse');
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'no placeholder left').to.equal(null);
    });

    it('a performance view is fetched before the report is in, and shown with it, styles included', async () => {
      const order: string[] = [];
      watchViews(order);
      const el = await mount(null, { view: 'performance' }, undefined, noting(order));
      // Started with the request, not after its answer: no round trip added.
      expect(order).to.deep.equal(['performance view', 'performance']);
      expect(inside(el, '[part~="performance-title"]').textContent!.trim()).to.equal('各部门办件绩效（全程公开）');
      expect(getComputedStyle(inside(el, '[part~="performance-table"]')).borderCollapse, 'its styles').to.equal('collapse');
    });

    it('could not be fetched: an error with a retry in its place; only the retry fetches again', async () => {
      const order: string[] = [];
      watchViews(order, 1);
      const el = await mount(null, { view: 'performance' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="performance"]'), 'no table without its view').to.equal(null);
      expect(inside(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
      expect(inside(el, '[part~="error"] p').textContent!.trim()).to.equal('网络连接失败，请检查网络后重试。');
      await expectAccessible(el, 'performance view not fetched');
      el.requestUpdate();
      await el.updateComplete;
      expect(order).to.deep.equal(['performance view']);
      inside(el, '[part~="retry-button"]').click();
      await el.updateComplete;
      expect(order).to.deep.equal(['performance view', 'performance view']);
      expect(inside(el, '[part~="performance-title"]').textContent!.trim()).to.equal('各部门办件绩效（全程公开）');

      const audit = await mount({ ...STATS, gaps: GAPS }, { view: 'audit' });
      await audit.updateComplete;
      expect(inside(audit, '[part~="error"]').getAttribute('role')).to.equal('alert');
      expect(inside(audit, '[part~="summary"]').textContent, 'the figures stay').to.include('全部 100 个事项');
      inside(audit, '[part~="retry-button"]').click();
      await audit.updateComplete;
      expect(texts(audit, '[part~="audit-heading"]')).to.deep.equal(['人力资源和社会保障局']);
    });
  });

  it('formats numbers for the locale', async () => {
    const el = await mount({ ...STATS, total: { items: 12345, zeroVisitItems: 11111, ratio: 0.9 } }, { locale: 'en' });
    expect(inside(el, '[part~="summary"]').textContent).to.include('11,111 of 12,345 service items');
  });
});

interface A11yNode {
  role: string;
  name: string;
  pressed?: boolean | 'mixed';
  children: A11yNode[];
}
