// <yw-progress-tracker> against the reference server itself (real HTTP, its
// own PGlite database; test/helpers/reference-middleware.ts): every seeded
// lifecycle state by number and query code, the same answer for a wrong code
// and an unknown number, the server's own rate limit, and a supplement (补正)
// answered with an upload over the network that moves the application on.
import { expect } from '@open-wc/testing';
import { createClient } from '@yiwang/sdk';
import '../../packages/elements/src/define/yw-config.ts';
import '../../packages/elements/src/define/yw-progress-tracker.ts';
import { DEMO_APPLICATIONS } from '../../packages/server/src/seed/demo-applications.ts';
import { expectAccessible } from '../helpers/a11y.ts';
import { until } from '../helpers/address-picker-kit.ts';
import { inside, waitForState } from '../helpers/element-suite.ts';
import { createBody } from '../fixtures/applications.ts';
import { clientFor, pdf, signIn } from '../helpers/form-renderer-kit.ts';
import { afterEach, before, describe, it } from '../helpers/mocha.ts';
import { referenceApi } from '../helpers/reference-api.ts';
import { staffDesk } from '../helpers/staff-desk.ts';
import { mountTracker } from '../helpers/tracker-kit.ts';

const api = referenceApi('tracker');
const demo = (code: string) => DEMO_APPLICATIONS.find((d) => d.queryCode === code)!;
const text = (el: Element, selector: string) => inside(el, selector).textContent!.replace(/\s+/g, ' ').trim();

/** The status line each seeded state shows. */
const STATUS: Record<string, RegExp> = {
  submitted: /^● 已提交$/,
  prereview: /^● 预审中$/,
  supplement_requested: /^! 待补正$/,
  accepted: /^● 已受理$/,
  rejected: /^✕ 不予受理$/,
  reviewing: /^● 审查中$/,
  decided: /^● 已决定$/,
  certifying: /^● 制证中$/,
  delivering: /^● 送达中$/,
  completed: /已办结/,
  withdrawn: /^– 已撤回$/,
};

describe('against the reference server: <yw-progress-tracker>', () => {
  const mounted: Element[] = [];
  before(async function () {
    this.timeout(60_000);
    await api.ready();
  });
  afterEach(() => {
    for (const node of mounted.splice(0)) node.remove();
  });

  const mount = (attributes: Record<string, string>, token?: string, headers?: Record<string, string>) =>
    mountTracker(api.baseUrl, mounted, attributes, { token, ...(headers ? { clientOptions: { headers } } : {}) });

  it('shows every seeded lifecycle state, by number and query code', async function () {
    this.timeout(60_000);
    const seen = new Set<string>();
    for (const d of DEMO_APPLICATIONS) {
      const el = await mount({ number: d.number, 'query-code': d.queryCode });
      await waitForState(el, 'complete', 15_000);
      expect(text(el, '[part~="status"]'), `${d.number} (${d.status})`).to.match(STATUS[d.status]!);
      seen.add(d.status);
      for (const node of mounted.splice(0)) node.remove();
    }
    expect([...seen].sort()).to.deep.equal(Object.keys(STATUS).sort());
  });

  it('parallel tracks, an overdue application and EMS tracking, as the server computes them', async function () {
    this.timeout(30_000);
    const parallel = await mount({ number: demo('REV234').number, 'query-code': 'REV234' });
    await waitForState(parallel, 'complete', 15_000);
    expect(parallel.shadowRoot!.querySelectorAll('[part~="stage"][data-stage="reviewing"] [part~="track"]')).to.have.length(3);
    const overdue = await mount({ number: demo('DUE234').number, 'query-code': 'DUE234' });
    await waitForState(overdue, 'complete', 15_000);
    expect(inside(overdue, '[part~="deadline"]').dataset.deadline).to.equal('overdue');
    const shipping = await mount({ number: demo('ABC234').number, 'query-code': 'ABC234' });
    await waitForState(shipping, 'complete', 15_000);
    expect(text(shipping, '[part~="waybill"]')).to.equal('1126110300001');
    expect(shipping.shadowRoot!.querySelectorAll('[part~="tracking"] li').length).to.be.greaterThan(0);
    await expectAccessible(shipping, 'EMS delivery');
  });

  it("a wrong code and an unknown number get the same answer; the server's rate limit says when to try again", async function () {
    this.timeout(30_000);
    const d = demo('ACC234');
    const wrong = await mount({ number: d.number, 'query-code': 'ZZZ999' });
    await waitForState(wrong, 'error', 15_000);
    const unknown = await mount({ number: 'YW2099010100001', 'query-code': 'ZZZ999' });
    await waitForState(unknown, 'error', 15_000);
    expect(text(wrong, '[part~="error"]')).to.equal('未找到相应的申请，请核对申报号和查询码后重试。');
    expect(text(unknown, '[part~="error"]')).to.equal(text(wrong, '[part~="error"]'));
    // 10 queries a minute per number and client, used up here by a client of its own
    // (the server sees X-Test-Client as the address), so earlier tests' queries do not count.
    const client = { 'X-Test-Client': `rate-${Date.now()}` };
    const sdk = createClient({ baseUrl: api.baseUrl, retry: 0, headers: client });
    for (let i = 0; i < 10; i++) await sdk.applications.progress(d.number, { queryCode: d.queryCode });
    const limited = await mount({ number: d.number, 'query-code': d.queryCode }, undefined, client);
    await waitForState(limited, 'error', 15_000);
    expect(text(limited, '[part~="error"]')).to.match(/请 \d+ 秒后再试/);
    expect(inside(limited, '[part~="submit-button"]').getAttribute('aria-disabled')).to.equal('true');
  });

  it('the owner answers a supplement request with an upload, and the application moves on', async function () {
    this.timeout(60_000);
    const d = demo('SUP234');
    const token = await signIn(api, d.owner);
    const el = await mount({ number: d.number }, token);
    await waitForState(el, 'complete', 15_000);
    expect(text(el, '[part~="status"]')).to.equal('! 待补正');
    const input = inside<HTMLInputElement>(el, '[part~="file-input"]');
    const transfer = new DataTransfer();
    transfer.items.add(pdf('竣工测量成果.pdf', 256 * 1024));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => el.shadowRoot!.querySelector('[part~="files"]')?.textContent!.includes('✓ 竣工测量成果.pdf'), 'the uploaded file');
    inside(el, '[part~="supplement-submit"]').click();
    await until(() => text(el, '[part~="status"]') === '● 审查中', 'back in review');
    expect(text(el, '[part~="supplement"]')).to.include('补正材料已提交');
    const server = await createClient({ baseUrl: api.baseUrl, retry: 0 }).applications.progress(d.number, { queryCode: 'SUP234' });
    expect(server.status).to.equal('reviewing');
    expect(server.supplement!.respondedAt).to.not.equal(null);
  });

  it('a due date past the published holiday schedule is shown as an estimate; a known one is not', async function () {
    this.timeout(60_000);
    // Accepted on Thursday 2026-12-31 (Beijing): any limit ends in 2027, whose 放假安排 the table does not hold.
    await api.operator.operator.setClock({ now: '2026-12-31T02:00:00.000Z' });
    try {
      // A new case of 市场监督管理局 (one working day promised), accepted by its clerk that day.
      const person = clientFor(api, await signIn(api, 'demo-person'));
      const lease = await person.files.upload(pdf('租赁合同.pdf'), { fileName: '租赁合同.pdf' });
      const { number, queryCode } = await person.applications.create(createBody(lease.id) as never);
      await staffDesk(api.baseUrl).client('demo-staff').staff.accept(number, {});
      const el = await mount({ number, 'query-code': queryCode });
      await waitForState(el, 'complete', 15_000);
      expect(text(el, '[part~="deadline-estimate"]')).to.match(/预计.*节假日安排/);
      await expectAccessible(el, 'estimated deadline');
      const known = await mount({ number: demo('DUE234').number, 'query-code': 'DUE234' });
      await waitForState(known, 'complete', 15_000);
      expect(known.shadowRoot!.querySelector('[part~="deadline-estimate"]')).to.equal(null);
    } finally {
      await api.operator.operator.setClock({ now: null });
    }
  });
});
