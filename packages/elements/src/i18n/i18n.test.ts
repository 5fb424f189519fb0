// Message tables and the SDK error mapping. The types already force en to have
// zh-CN's keys; this checks the run-time tables agree too (arity, no empty
// strings) and that every SDK error class maps onto the right words.
import { expect } from '@open-wc/testing';
import { ApiError, ContractError, NetworkError, TimeoutError, AbortError, YiwangError } from '@yiwang/sdk';
import { LOCALES, ensureMessages, format, matchLocale, overrideMessages, registerMessages, translations } from './index.ts';
import { MESSAGE_PARTS } from './messages/parts.ts';
import type { MessageKey, Translation } from './index.ts';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';
import '../define/all.ts';
import { NotConfiguredError, describeError, errorKind } from './errors.ts';
import type { ErrorKind } from './errors.ts';
import { before, describe, it } from '@yiwang/test/helpers/mocha';

const request = { endpoint: 'catalog.stats', method: 'GET', url: '/api/v1/catalog/stats' };

const TABLES: Record<(typeof LOCALES)[number], Translation> = { 'zh-CN': zhCN, en };

// The English halves are fetched when an element first speaks English, and the halves of a view's
// words (the progress tracker's case view) when the view is fetched: fetch them all, as such a page would.
before(async () => {
  await Promise.all(LOCALES.map((locale) => ensureMessages(locale, MESSAGE_PARTS)));
});

describe('message tables', () => {
  it('every locale has exactly the keys of zh-CN, with the same arguments, none empty', () => {
    const keys = Object.keys(zhCN).sort();
    for (const locale of LOCALES) {
      const table = TABLES[locale];
      expect(Object.keys(table).sort(), locale).to.deep.equal(keys);
      for (const key of keys as MessageKey[]) {
        const reference: unknown = zhCN[key];
        const entry: unknown = table[key];
        expect(typeof entry, `${locale} ${key}`).to.equal(typeof reference);
        if (typeof entry === 'function') expect(entry.length, `${locale} ${key} arity`).to.equal((reference as () => string).length);
        const text = format(table, key, Array.from({ length: typeof entry === 'function' ? entry.length : 0 }, () => '7') as never);
        expect(text.trim(), `${locale} ${key}`).to.not.equal('');
      }
    }
  });

  it('with every element defined and the halves fetched on demand fetched, every part is registered: `translations` holds the whole tables', () => {
    for (const locale of LOCALES) expect(Object.keys(translations[locale]).sort(), locale).to.deep.equal(Object.keys(zhCN).sort());
  });

  it("a site's own wording holds in each locale, even when an element's part is registered after it (a lazily loaded element)", () => {
    const before = { 'zh-CN': translations['zh-CN']['itemSearch.placeholder'], en: translations.en['itemSearch.placeholder'] };
    overrideMessages({ 'zh-CN': { 'itemSearch.placeholder': '输入事项名称' }, en: { 'itemSearch.placeholder': 'Service name' } });
    try {
      expect(format(translations['zh-CN'], 'itemSearch.placeholder', [])).to.equal('输入事项名称');
      expect(format(translations.en, 'itemSearch.placeholder', [])).to.equal('Service name');
      // The element's own part again, as when its module loads later: the site's words stay.
      registerMessages({ 'zh-CN': { 'itemSearch.placeholder': before['zh-CN'] }, en: { 'itemSearch.placeholder': before.en } });
      expect(format(translations['zh-CN'], 'itemSearch.placeholder', [])).to.equal('输入事项名称');
    } finally {
      overrideMessages({ 'zh-CN': { 'itemSearch.placeholder': before['zh-CN'] }, en: { 'itemSearch.placeholder': before.en } });
    }
  });

  it('a key no registered part has comes out as the key, not "undefined"', () => {
    expect(format({} as Translation, 'state.retry', [])).to.equal('state.retry');
  });

  it('the English table is English and the Chinese table Chinese', () => {
    expect(translations.en['state.retry']).to.equal('Try again');
    expect(translations['zh-CN']['state.retry']).to.equal('重试');
  });

  it('maps BCP 47 tags onto supported locales', () => {
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('EN')).to.equal('en');
    expect(matchLocale('zh')).to.equal('zh-CN');
    expect(matchLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(matchLocale('fr')).to.equal(null);
    expect(matchLocale(undefined)).to.equal(null);
  });
});

describe('SDK errors for applicants', () => {
  const zh = translations['zh-CN'];
  const api = (status: number, code: string, extra: { retryAfter?: number; requestId?: string } = {}) =>
    new ApiError(request, { status, code, message: 'server says', ...extra });

  it('maps each SDK error class and status onto a kind', () => {
    const cases: Array<[unknown, ErrorKind]> = [
      [new NetworkError('down', request), 'network'],
      [new TimeoutError(request, 1000), 'timeout'],
      [new ContractError(request, { status: 200, issues: [], body: null }), 'contract'],
      [new AbortError('aborted', request), 'aborted'],
      [api(429, 'RATE_LIMITED', { retryAfter: 30 }), 'rate-limited'],
      [api(401, 'UNAUTHORIZED'), 'unauthorized'],
      [api(403, 'FORBIDDEN'), 'forbidden'],
      [api(404, 'NOT_FOUND'), 'not-found'],
      [api(409, 'IDEMPOTENCY_MISMATCH'), 'conflict'],
      [api(400, 'VALIDATION_FAILED'), 'validation'],
      [api(500, 'INTERNAL'), 'server'],
      [api(503, 'INTERNAL'), 'server'],
      [new NotConfiguredError('no api-base'), 'not-configured'],
      [new YiwangError('odd', request), 'unknown'],
      [new Error('plain'), 'unknown'],
      ['a string', 'unknown'],
    ];
    for (const [error, kind] of cases) expect(errorKind(error), String(error)).to.equal(kind);
  });

  it('tells how long to wait when rate limited, in both locales', () => {
    expect(describeError(api(429, 'RATE_LIMITED', { retryAfter: 30 }), zh).message).to.equal('访问过于频繁，请 30 秒后再试。');
    expect(describeError(api(429, 'RATE_LIMITED', { retryAfter: 30 }), translations.en).message).to.include('in 30 seconds');
    expect(describeError(api(429, 'RATE_LIMITED'), zh).message).to.equal('访问过于频繁，请稍后再试。');
  });

  it('keeps the request id of server errors and says whether retrying can help', () => {
    const server = describeError(api(500, 'INTERNAL', { requestId: 'req-42' }), zh);
    expect(server).to.deep.include({ kind: 'server', requestId: 'req-42', retryable: true });
    expect(server.message).to.equal(zh['error.server']);
    expect(describeError(api(404, 'NOT_FOUND'), zh).retryable).to.equal(false);
    expect(describeError(new NetworkError('down', request), zh).retryable).to.equal(true);
  });

  it("never shows the server's own message text for a server error", () => {
    expect(describeError(api(500, 'INTERNAL'), zh).message).to.not.include('server says');
  });
});
