import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { maskIdCard, maskMobile } from '@yiwang/contract';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { createTokenSigner } from '../http/auth.ts';

const testApi = useServerApi();
const { api, tokens } = testApi;

interface StoredUser {
  id: string;
  kind: string;
  name: string;
  idCard?: string;
  mobile?: string;
  email?: string;
  enterprise?: { name: string; uscc: string; legalPerson: string };
}

async function storedUser(id: string): Promise<StoredUser> {
  const [row] = await testApi.server.services.db.query<{ data: StoredUser }>('SELECT data FROM users WHERE id = $1', [id]);
  assert.ok(row, `seeded user ${id}`);
  return row.data;
}

describe('auth and me', () => {
  test('demo sign-in issues a token that expires after the configured lifetime, with the profile', async () => {
    const res = await api('POST', '/auth/demo-sign-in', { body: { userId: 'demo-person' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.user.id, 'demo-person');
    assert.equal(res.body.user.kind, 'person');
    const now = await testApi.server.services.clock.now();
    const expiresIn = (Date.parse(res.body.expiresAt) - now.getTime()) / 1000;
    assert.ok(Math.abs(expiresIn - testApi.server.services.config.tokenTtlSeconds) < 60, `expires in ${expiresIn}s`);
    assert.match(res.body.expiresAt, /\+08:00$/);
  });

  test('me of the person: identity numbers masked, real values only in prefill', async () => {
    const stored = await storedUser('demo-person');
    const res = await api('GET', '/me', { token: tokens.person });
    assert.equal(res.status, 200);
    const me = res.body;
    assert.equal(me.name, stored.name);
    assert.ok(stored.idCard && stored.mobile);
    assert.equal(me.idCardMasked, maskIdCard(stored.idCard));
    assert.equal(me.mobileMasked, maskMobile(stored.mobile));
    assert.ok(!me.idCardMasked.includes(stored.idCard.slice(6, 14)), 'birth date hidden');
    assert.equal(me.enterprise, null);
    assert.equal(me.prefill.name, stored.name);
    assert.equal(me.prefill.idCard, stored.idCard);
    assert.equal(me.prefill.mobile, stored.mobile);
    // Gender and birth date come from the 居民身份证 number (17th digit, digits 7–14).
    assert.equal(me.prefill.birthDate, `${stored.idCard.slice(6, 10)}-${stored.idCard.slice(10, 12)}-${stored.idCard.slice(12, 14)}`);
    assert.equal(me.prefill.gender, Number(stored.idCard[16]) % 2 === 1 ? 'male' : 'female');
    if (stored.email) assert.equal(me.prefill.email, stored.email);
  });

  test('me of the enterprise: 统一社会信用代码 masked, enterprise prefill', async () => {
    const stored = await storedUser('demo-enterprise');
    assert.ok(stored.enterprise);
    const res = await api('GET', '/me', { token: tokens.enterprise });
    assert.equal(res.status, 200);
    assert.equal(res.body.kind, 'enterprise');
    assert.equal(res.body.enterprise.name, stored.enterprise.name);
    assert.equal(res.body.enterprise.legalPerson, stored.enterprise.legalPerson);
    assert.equal(res.body.enterprise.usccMasked, maskIdCard(stored.enterprise.uscc));
    assert.notEqual(res.body.enterprise.usccMasked, stored.enterprise.uscc);
    assert.equal(res.body.prefill.enterpriseName, stored.enterprise.name);
    assert.equal(res.body.prefill.uscc, stored.enterprise.uscc);
    assert.equal(res.body.prefill.legalPerson, stored.enterprise.legalPerson);
    // The name that goes with the identity number (the legal representative's).
    assert.equal(res.body.prefill.name, stored.enterprise.legalPerson);
    if (stored.idCard) assert.equal(res.body.idCardMasked, maskIdCard(stored.idCard));
  });

  test('demo sign-in switched off answers 404 as if the route did not exist', async () => {
    const config = testApi.server.services.config;
    config.demoSignIn = false;
    try {
      const res = await api('POST', '/auth/demo-sign-in', { body: { userId: 'demo-person' } });
      assertError(res, 404, 'NOT_FOUND');
      assert.equal(res.body.user, undefined);
    } finally {
      config.demoSignIn = true;
    }
  });

  test('sign-in for a user that is not a demo user is a validation error', async () => {
    const res = await api('POST', '/auth/demo-sign-in', { body: { userId: 'admin' } });
    assertError(res, 400, 'VALIDATION_FAILED');
    assert.ok(res.body.error.details.some((d: { path: string }) => d.path === 'body.userId'));
  });

  test('missing, malformed, expired, forged tokens and tokens of unknown users are 401 UNAUTHORIZED', async () => {
    const now = Math.floor((await testApi.server.services.clock.now()).getTime() / 1000);
    const expired = await testApi.server.services.signer.sign({ sub: 'demo-person', exp: now - 10 });
    const forged = await (await createTokenSigner('not-the-server-secret')).sign({ sub: 'demo-person', exp: now + 3600 });
    const [body, sig] = tokens.person.split('.');
    const tampered = `${btoa(JSON.stringify({ sub: 'demo-enterprise', exp: now + 3600 })).replace(/=+$/, '')}.${sig}`;
    const ghost = await testApi.server.services.signer.sign({ sub: 'no-such-user', exp: now + 3600 });
    for (const token of [undefined, 'garbage', `${body}.`, expired, forged, tampered, ghost]) {
      const res = await api('GET', '/me', token === undefined ? {} : { token });
      assertError(res, 401, 'UNAUTHORIZED');
    }
  });
});

describe('licenses', () => {
  test('each user sees their own e-licenses only', async () => {
    const person = await api('GET', '/licenses', { token: tokens.person });
    const enterprise = await api('GET', '/licenses', { token: tokens.enterprise });
    assert.equal(person.status, 200);
    assert.equal(enterprise.status, 200);
    const [p] = await testApi.server.services.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM licenses WHERE user_id = 'demo-person'",
    );
    assert.equal(person.body.items.length, p!.n);
    assert.ok(person.body.items.length > 0);
    assert.ok(person.body.items.some((l: { type: string }) => l.type === 'id_card'));
    assert.ok(enterprise.body.items.some((l: { type: string }) => l.type === 'business_license'));
    const personIds = new Set(person.body.items.map((l: { id: string }) => l.id));
    assert.ok(enterprise.body.items.every((l: { id: string }) => !personIds.has(l.id)));
  });

  test('licenses need a token', async () => {
    assertError(await api('GET', '/licenses'), 401, 'UNAUTHORIZED');
  });
});
