// Sign-in through a provincial ticket service, over real HTTP on both sides:
// the simulated platform (dev-service.ts) on one port, the site (API and
// /auth/ticket) on another. Citizens, a 法人 and an 经办人 sign in and read
// /me with this server's session token; a reused, expired or forged exchange
// and a failing user-info call each end on an error page with their code;
// returnTo cannot send the browser elsewhere; logout ends the platform session.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maskIdCard } from '@yiwang/contract';
import { serveApp } from '@yiwang/test/helpers/serve';
import { TestBrowser, finishAtCallback, startTicketService, ticketUpToCallback } from '@yiwang/test/helpers/ticket-service';
import type { TestTicketService } from '@yiwang/test/helpers/ticket-service';
import { seededPgliteDb } from '@yiwang/test/helpers/test-server';
import type { Db } from '../../db/db.ts';
import { defaultConfig } from '../../config.ts';
import { createSite } from '../../node.ts';
import { demoEnterprise, demoPerson } from '../../seed/users.ts';
import { createTicketAdapter } from './adapter.ts';
import type { TicketAdapter } from './adapter.ts';
import { ticketConfig } from './config.ts';
import { DEV_TICKET_ACCOUNTS, DEV_TICKET_CODES } from './dev-service.ts';
import { loadTicketAdapter } from './load.ts';
import { checkReturnTo } from './routes.ts';
import { canonicalString, hmacSigner } from './signature.ts';

const APP = { appId: 'yiwang-test', secret: 'platform-issued-secret' };
const DEPARTMENT_SITE = 'https://zwfw.example.gov.cn';
/** The platform's and the adapter's clock: tests move it to let tickets expire. */
const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs };

let platform: TestTicketService;
let site: { origin: string; close(): Promise<void> };
let db: Db;
let adapter: TicketAdapter;

before(async () => {
  platform = await startTicketService({ now: () => clock.now() });
  adapter = createTicketAdapter(
    ticketConfig({ ...platform.service.ticketConfigFor(platform.origin, APP), returnToOrigins: [DEPARTMENT_SITE] }),
    { now: () => clock.now() },
  );
  db = await seededPgliteDb();
  const { site: app } = await createSite(defaultConfig({ tokenSecret: 'test-secret', identityHashKey: 'test-identity-hash-key' }), db, {
    ticket: adapter,
  });
  site = await serveApp(app.fetch);
  platform.service.registerApp({ ...APP, serviceOrigins: [site.origin] });
});

after(async () => {
  await site?.close();
  await platform?.close();
  await db?.close();
});

const me = async (token: string, actingFor?: string) => {
  const res = await fetch(`${site.origin}/api/v1/me`, {
    headers: { Authorization: `Bearer ${token}`, ...(actingFor ? { 'Yiwang-Acting-For': actingFor } : {}) },
  });
  assert.equal(res.status, 200);
  return res.json();
};

async function signIn(accountId: string, options: { returnTo?: string } = {}) {
  const outcome = await finishAtCallback(await ticketUpToCallback(site.origin, accountId, options));
  assert.ok(outcome.ok, JSON.stringify(outcome));
  return outcome;
}

async function failure(at: Parameters<typeof finishAtCallback>[0], code: string, status: number) {
  const outcome = await finishAtCallback(at);
  assert.equal(outcome.ok, false, `${code} expected, the sign-in succeeded`);
  if (outcome.ok) return;
  assert.equal(outcome.code, code);
  assert.equal(outcome.status, status);
  return outcome.html;
}

describe('signing in through the ticket service', () => {
  test('a citizen at real-name level 3: person, masked identity number, level L3', async () => {
    const { token, location, expiresAt } = await signIn('P0001');
    assert.equal(new URL(location).href.split('#')[0], `${site.origin}/`);
    assert.ok(Date.parse(expiresAt) > Date.now());
    const profile = await me(token);
    assert.equal(profile.kind, 'person');
    assert.equal(profile.name, demoPerson.name);
    assert.equal(profile.idCardMasked, maskIdCard(demoPerson.idCard!));
    assert.notEqual(profile.idCardMasked, demoPerson.idCard);
    assert.equal(profile.realNameLevel, 'L3');
    assert.equal(profile.enterprise, null);
    // The seeded demo citizen with the same identity number: linked, so the demo's applications show.
    assert.equal(profile.id, 'demo-person');
    // The same account signs in as the same user.
    assert.equal((await me((await signIn('P0001')).token)).id, profile.id);
  });

  test('a citizen at real-name level 2', async () => {
    const profile = await me((await signIn('P0002')).token);
    const info = DEV_TICKET_ACCOUNTS.find((a) => a.id === 'P0002')!.info;
    assert.equal(profile.kind, 'person');
    assert.equal(profile.name, info.userName);
    assert.equal(profile.idCardMasked, maskIdCard(info.certNo!));
    assert.equal(profile.realNameLevel, 'L2');
    // A user created from the platform's record keeps the identity number only as a keyed hash.
    const [row] = await db.query<{ data: Record<string, unknown>; id_number_hash: string | null }>(
      'SELECT data, id_number_hash FROM users WHERE id = $1',
      [profile.id],
    );
    assert.ok(row?.id_number_hash, 'the identity number is kept as a keyed hash');
    assert.ok(!JSON.stringify(row.data).includes(info.certNo!), 'and never in the clear');
  });

  test('the enterprise’s 法人: a person who acts for the seeded enterprise as legal person', async () => {
    const { token } = await signIn('C0001');
    const person = await me(token);
    const enterprise = demoEnterprise.enterprise!;
    assert.equal(person.kind, 'person');
    assert.equal(person.name, enterprise.legalPerson);
    assert.deepEqual(
      person.enterprises.map((e: { enterpriseId: string; role: string; expiresAt: string | null }) => [
        e.enterpriseId,
        e.role,
        e.expiresAt,
      ]),
      [['demo-enterprise', 'legal_person', null]],
    );
    const profile = await me(token, 'demo-enterprise');
    assert.equal(profile.kind, 'enterprise');
    assert.equal(profile.name, enterprise.name);
    assert.equal(profile.enterprise.role, 'legal_person');
    assert.equal(profile.enterprise.usccMasked, maskIdCard(enterprise.uscc));
    assert.equal(profile.enterprise.legalPerson, enterprise.legalPerson);
    assert.equal(profile.prefill.name, enterprise.legalPerson);
    assert.equal(profile.prefill.uscc, enterprise.uscc);
    assert.equal(profile.idCardMasked, maskIdCard(demoEnterprise.idCard!));
    assert.equal(person.realNameLevel, 'L4');
  });

  test('an 经办人 of the enterprise: a person who acts for it as agent', async () => {
    const { token } = await signIn('C0002');
    const profile = await me(token);
    assert.equal(profile.kind, 'person');
    assert.equal(profile.name, '孙丽娜');
    assert.equal(profile.prefill.name, '孙丽娜');
    assert.equal(profile.idCardMasked, maskIdCard('410721199203182842'));
    assert.equal(profile.realNameLevel, 'L3');
    assert.deepEqual(
      profile.enterprises.map((e: { enterpriseId: string; role: string }) => [e.enterpriseId, e.role]),
      [['demo-enterprise', 'agent']],
    );
    const acting = await me(token, 'demo-enterprise');
    assert.equal(acting.name, demoEnterprise.enterprise!.name);
    assert.equal(acting.enterprise.role, 'agent');
    const legal = await me((await signIn('C0001')).token);
    assert.notEqual(profile.id, legal.id, 'the agent and the legal person are two users');
  });

  test('a department’s staff member: department and roles from the platform’s codes, and the department’s queue', async () => {
    const { token } = await signIn('G0001');
    const profile = await me(token);
    assert.equal(profile.name, '王敏');
    assert.deepEqual(profile.staff, { department: 'scjg', roles: ['intake', 'review'] });
    assert.deepEqual(profile.enterprises, []);
    const queue = await fetch(`${site.origin}/api/v1/staff/cases`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(queue.status, 200);
    // A citizen of the same platform is no staff member.
    const citizen = await fetch(`${site.origin}/api/v1/staff/cases`, {
      headers: { Authorization: `Bearer ${(await signIn('P0002')).token}` },
    });
    assert.equal(citizen.status, 403);
    assert.equal((await citizen.json()).error.code, 'NOT_STAFF');
  });

  test('the platform’s single sign-on: a browser signed in there comes straight back with a ticket', async () => {
    const first = await ticketUpToCallback(site.origin, 'P0002');
    assert.ok((await finishAtCallback(first)).ok);
    const again = await ticketUpToCallback(site.origin, null, { browser: first.browser });
    const outcome = await finishAtCallback(again);
    assert.ok(outcome.ok);
    assert.equal((await me(outcome.token)).realNameLevel, 'L2');
  });
});

describe('failed sign-ins, each with its code', () => {
  test('a reused ticket: TICKET_USED', async () => {
    const at = await ticketUpToCallback(site.origin, 'P0001');
    assert.ok((await finishAtCallback(at)).ok);
    // The very same callback again: the browser's sign-in state is spent.
    await failure(at, 'STATE_MISMATCH', 400);
    // A fresh sign-in in the same browser with the old ticket pasted in: the platform refuses the spent ticket.
    const fresh = await ticketUpToCallback(site.origin, null, { browser: at.browser });
    const ticket = new URL(at.callbackUrl).searchParams.get('ticket')!;
    const replay = new URL(fresh.callbackUrl);
    replay.searchParams.set('ticket', ticket);
    const html = await failure({ browser: at.browser, callbackUrl: replay.href }, 'TICKET_USED', 400);
    assert.ok(html!.includes('登录票据已被使用，请重新登录'));
    assert.ok(html!.includes('The sign-in ticket has already been used; please sign in again'));
    assert.ok(html!.includes('/auth/ticket/login?returnTo='), 'the page offers to sign in again');
  });

  test('an expired ticket (over 5 minutes old): TICKET_EXPIRED', async () => {
    const at = await ticketUpToCallback(site.origin, 'P0001');
    clock.offsetMs = 301_000;
    try {
      await failure(at, 'TICKET_EXPIRED', 400);
    } finally {
      clock.offsetMs = 0;
    }
  });

  test('an unknown ticket: TICKET_INVALID; no ticket: TICKET_MISSING', async () => {
    const at = await ticketUpToCallback(site.origin, 'P0001');
    const forged = new URL(at.callbackUrl);
    forged.searchParams.set('ticket', 'ST-forged');
    await failure({ browser: at.browser, callbackUrl: forged.href }, 'TICKET_INVALID', 400);
    const second = await ticketUpToCallback(site.origin, null, { browser: at.browser });
    const none = new URL(second.callbackUrl);
    none.searchParams.delete('ticket');
    await failure({ browser: at.browser, callbackUrl: none.href }, 'TICKET_MISSING', 400);
  });

  test('a signature the platform refuses (its secret rotated): SIGNATURE_REJECTED', async () => {
    const at = await ticketUpToCallback(site.origin, 'P0001');
    platform.service.registerApp({ ...APP, secret: 'rotated-at-the-platform', serviceOrigins: [site.origin] });
    try {
      const html = await failure(at, 'SIGNATURE_REJECTED', 502);
      assert.ok(html!.includes('认证平台拒绝了本网站的签名请求'));
    } finally {
      platform.service.registerApp({ ...APP, serviceOrigins: [site.origin] });
    }
  });

  test('the user-info call failing: USER_INFO_FAILED (a revoked token, or the platform busy)', async () => {
    for (const fault of [DEV_TICKET_CODES.TOKEN_INVALID, DEV_TICKET_CODES.BUSY]) {
      const at = await ticketUpToCallback(site.origin, 'P0001');
      platform.service.faults.userInfo = fault;
      await failure(at, 'USER_INFO_FAILED', 502);
    }
  });

  test('a callback that did not start in this browser: STATE_MISMATCH (no ticket planted into another browser)', async () => {
    const at = await ticketUpToCallback(site.origin, 'P0001');
    await failure({ browser: new TestBrowser(), callbackUrl: at.callbackUrl }, 'STATE_MISMATCH', 400);
  });

  test('the platform unreachable: PLATFORM_UNAVAILABLE', async () => {
    const offline = createTicketAdapter(ticketConfig({ ...platform.service.ticketConfigFor('http://127.0.0.1:9', APP) }));
    await assert.rejects(offline.signIn('ST-x', `${site.origin}/auth/ticket/callback?state=x`), { code: 'PLATFORM_UNAVAILABLE' });
  });
});

describe('the simulated platform is a strict peer', () => {
  const validate = async (params: Record<string, string>) => {
    const res = await fetch(`${platform.origin}/dev-ticket/api/ticket/validate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });
    assert.equal(res.status, 200);
    return (await res.json()) as { retcode: string; msg: string };
  };

  test('a replayed request (same nonce) is refused', async () => {
    const signed = await adapter.signedParams({ ticket: 'ST-unknown' });
    assert.equal((await validate(signed)).retcode, DEV_TICKET_CODES.TICKET_INVALID[0]);
    assert.equal((await validate(signed)).retcode, DEV_TICKET_CODES.NONCE_REPLAYED[0]);
  });

  test('a timestamp more than 5 minutes off is refused, and so is a tampered parameter', async () => {
    const skewed = createTicketAdapter(adapter.config, { now: () => Date.now() - 10 * 60_000 });
    assert.equal((await validate(await skewed.signedParams({ ticket: 'ST-x' }))).retcode, DEV_TICKET_CODES.TIMESTAMP_INVALID[0]);
    const signed = await adapter.signedParams({ ticket: 'ST-x' });
    assert.equal((await validate({ ...signed, ticket: 'ST-y' })).retcode, DEV_TICKET_CODES.SIGNATURE_INVALID[0]);
  });

  test('signatures: hex HMAC over the parameters in key order, the same whatever order they come in', () => {
    assert.equal(canonicalString({ timestamp: '1', appId: 'a', empty: '', ticket: 'ST-1' }), 'appId=a&ticket=ST-1&timestamp=1');
    const expected = createHmac('sha256', 'key').update('a=1&b=2').digest('hex');
    assert.equal(hmacSigner('sha256')({ b: '2', a: '1' }, 'key'), expected);
    assert.equal(hmacSigner('sha256', { uppercase: true })({ a: '1', b: '2' }, 'key'), expected.toUpperCase());
    assert.equal(hmacSigner('sm3')({ a: '1', b: '2' }, 'key'), createHmac('sm3', 'key').update('a=1&b=2').digest('hex'));
    assert.notEqual(hmacSigner('sm3')({ a: '1', b: '2' }, 'key'), expected);
  });
});

describe('returnTo', () => {
  test('only this server and the configured sites', () => {
    const origin = 'https://api.example.gov.cn';
    const allowed = [DEPARTMENT_SITE];
    assert.equal(checkReturnTo(undefined, origin, allowed), `${origin}/`);
    assert.equal(checkReturnTo('/apply?item=1#top', origin, allowed), `${origin}/apply?item=1`);
    assert.equal(checkReturnTo(`${DEPARTMENT_SITE}/my`, origin, allowed), `${DEPARTMENT_SITE}/my`);
    for (const bad of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '/\t/evil.example',
      'javascript:alert(1)',
      'data:text/html,hi',
      `https://user:pw@${new URL(DEPARTMENT_SITE).host}/`,
      `${DEPARTMENT_SITE}.evil.example/`,
      'http://zwfw.example.gov.cn/',
    ])
      assert.equal(checkReturnTo(bad, origin, allowed), null, bad);
  });

  test('an outside returnTo is refused before the platform is asked; an allowed one is where the session lands', async () => {
    const res = await fetch(`${site.origin}/auth/ticket/login?returnTo=${encodeURIComponent('https://evil.example/')}`, {
      redirect: 'manual',
    });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /data-error-code="RETURN_TO_INVALID"/);
    const { location } = await signIn('P0001', { returnTo: `${DEPARTMENT_SITE}/my?tab=apps` });
    assert.ok(location.startsWith(`${DEPARTMENT_SITE}/my?tab=apps#access_token=`), location);
  });
});

describe('logout', () => {
  test('goes to the platform’s logout, which ends its session and comes back to returnTo', async () => {
    const at = await ticketUpToCallback(site.origin, 'P0001');
    assert.ok((await finishAtCallback(at)).ok);
    const { browser } = at;
    const out = await browser.go(`${site.origin}/auth/ticket/logout?returnTo=${encodeURIComponent('/goodbye')}`);
    assert.equal(out.status, 302);
    const platformLogout = TestBrowser.location(out, site.origin);
    assert.ok(platformLogout.startsWith(`${platform.origin}/dev-ticket/logout?`), platformLogout);
    const back = await browser.go(platformLogout);
    assert.equal(back.status, 302);
    assert.equal(TestBrowser.location(back, platformLogout), `${site.origin}/goodbye`);
    // Signed out at the platform: the next sign-in asks for an account again.
    const next = await browser.go(TestBrowser.location(await browser.go(`${site.origin}/auth/ticket/login`), site.origin));
    assert.equal(next.status, 200);
    assert.match(await next.text(), /value="P0001"/);
    const outside = await fetch(`${site.origin}/auth/ticket/logout?returnTo=${encodeURIComponent('https://evil.example/')}`, {
      redirect: 'manual',
    });
    assert.equal(outside.status, 400);
  });
});

describe('configuration', () => {
  test('is checked: the login URL needs {service}, the signature a secret', () => {
    const base = platform.service.ticketConfigFor('https://tyrz.example.gov.cn', APP);
    assert.throws(() => ticketConfig({ ...base, loginUrl: 'https://tyrz.example.gov.cn/login' }), /\{service\}/);
    assert.throws(() => ticketConfig({ ...base, signature: { scheme: 'hmac-sha256' } }), /secret/);
    assert.equal(ticketConfig(base).response.codeField, 'retcode');
  });

  test('the full example of the server README is a valid configuration', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Provincial ticket sign-in'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(example, 'the section has a JSON example');
    const config = ticketConfig({ ...JSON.parse(example), signature: { ...JSON.parse(example).signature, secret: 's' } });
    assert.equal(config.claims.agentRole, 'corpRole');
    assert.deepEqual(config.returnToOrigins, ['https://zwfw.example.gov.cn']);
    assert.equal(config.response.errorCodes['200002'], 'TICKET_USED');
  });

  test('a JSON file and an adapter module: the module signs and reshapes the user record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yiwang-ticket-'));
    try {
      const { signature: _secretNotInTheFile, ...rest } = platform.service.ticketConfigFor(platform.origin, APP);
      writeFileSync(
        join(dir, 'province.json'),
        JSON.stringify({
          ...rest,
          signature: { scheme: 'module' },
          module: './province.mjs',
          claims: { ...rest.claims, name: 'fullName' },
        }),
      );
      // The module signs as the platform does (here: HMAC-SHA256 again) and derives a field the mapping reads.
      writeFileSync(
        join(dir, 'province.mjs'),
        `import { createHmac } from 'node:crypto';
export const sign = (params, secret) => createHmac('sha256', secret).update(Object.keys(params).filter((k) => params[k] !== '').sort().map((k) => k + '=' + params[k]).join('&')).digest('hex');
export const userClaims = (user) => ({ ...user, fullName: user.userName + '（模块）' });
`,
      );
      // The secret comes from the environment, not the file; the module's sign() receives it.
      const loaded = await loadTicketAdapter({ YIWANG_TICKET_CONFIG: join(dir, 'province.json'), YIWANG_TICKET_SECRET: APP.secret });
      assert.ok(loaded);
      const service = `${site.origin}/auth/ticket/callback?state=module-test`;
      const chosen = await fetch(`${platform.origin}/dev-ticket/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ appId: APP.appId, service, account: 'P0002' }),
        redirect: 'manual',
      });
      const ticket = new URL(chosen.headers.get('Location')!).searchParams.get('ticket')!;
      const { identity } = await loaded.signIn(ticket, service);
      assert.equal(identity.subject, 'P0002');
      assert.equal(identity.profile.name, '周晓燕（模块）');
      assert.equal(identity.profile.realNameLevel, 'L2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
