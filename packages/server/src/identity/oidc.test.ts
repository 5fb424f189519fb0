// Tokens of a real OpenID Connect provider (the development provider,
// in-process), obtained through its sign-in page with authorization code +
// PKCE, against the API as a resource server: each way a token can be wrong is
// a 401 with its own code, a rotated signing key is picked up without a
// restart, and the first sign-in creates the user from the token's claims.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { maskIdCard, maskMobile } from '@yiwang/contract';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import {
  LEGAL_REPRESENTATIVE,
  NEW_CITIZEN,
  OTHER_AUDIENCE,
  TEST_AUDIENCE,
  startIdentityProvider,
  useIdentityProvider,
} from '@yiwang/test/helpers/identity-provider';
import { DEV_ACCOUNTS } from './dev-provider/accounts.ts';
import { oidcConfig } from './oidc-config.ts';

const idp = useIdentityProvider();
const testApi = useServerApi(async () => ({
  // No cooldown: every unknown key fetches the key set again (the default waits 30 s between such fetches).
  oidc: oidcConfig({ issuer: (await idp.start()).issuer, audience: TEST_AUDIENCE, jwksCooldownSeconds: 0 }),
  identityHashKey: 'test-identity-hash-key',
}));
const { api, tokens } = testApi;

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);
const account = (id: string) => [...DEV_ACCOUNTS, NEW_CITIZEN].find((a) => a.id === id)!;
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const parts = (token: string) => {
  const [header, payload, signature] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header!, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(payload!, 'base64url').toString()),
    raw: { header: header!, payload: payload!, signature: signature! },
  };
};

function assertRefused(res: Awaited<ReturnType<typeof api>>, code: string) {
  assertError(res, 401, code);
  assert.equal(res.headers.get('WWW-Authenticate'), `Bearer error="invalid_token", error_description="${code}"`);
}

describe('provider tokens refused, each with its reason', () => {
  test('a token signed in through the provider is accepted', async () => {
    const token = await idp.signIn('citizen-liwenbo');
    const { header, payload } = parts(token);
    assert.equal(header.alg, 'RS256');
    assert.equal(payload.iss, idp.issuer);
    assert.equal(payload.aud, TEST_AUDIENCE);
    assert.equal((await api('GET', '/me', { token })).status, 200);
  });

  test('expired: the server clock past the token expiry and the clock tolerance', async () => {
    const token = await idp.signIn('citizen-liwenbo');
    const { exp } = parts(token).payload;
    const clock = testApi.server.services.clock;
    try {
      // Within the 60 s tolerance the token still holds …
      await clock.set(new Date((exp + 30) * 1000));
      assert.equal((await api('GET', '/me', { token })).status, 200);
      // … past it, it has expired.
      await clock.set(new Date((exp + 61) * 1000));
      assertRefused(await api('GET', '/me', { token }), 'TOKEN_EXPIRED');
    } finally {
      await clock.set(null);
    }
  });

  test('wrong audience: a token the provider issued for another resource server', async () => {
    const token = await idp.signIn('citizen-liwenbo', { resource: OTHER_AUDIENCE });
    assert.equal(parts(token).payload.aud, OTHER_AUDIENCE);
    assertRefused(await api('GET', '/me', { token }), 'TOKEN_AUDIENCE_INVALID');
  });

  test('wrong issuer: another provider signing with the same keys', async () => {
    const other = await startIdentityProvider({ keys: idp.provider.keys });
    try {
      const token = await other.signIn('citizen-liwenbo');
      assert.equal(parts(token).header.kid, idp.provider.keys[0]!.kid);
      assertRefused(await api('GET', '/me', { token }), 'TOKEN_ISSUER_INVALID');
    } finally {
      await other.close();
    }
  });

  test('unknown key: a provider whose key the issuer does not publish', async () => {
    const other = await startIdentityProvider();
    try {
      const token = await other.signIn('citizen-liwenbo');
      assertRefused(await api('GET', '/me', { token }), 'TOKEN_KEY_UNKNOWN');
    } finally {
      await other.close();
    }
  });

  test('alg none and HMAC keyed with the public key are refused by algorithm', async () => {
    const { header, raw } = parts(await idp.signIn('citizen-liwenbo'));
    const none = `${b64url({ ...header, alg: 'none' })}.${raw.payload}.`;
    assertRefused(await api('GET', '/me', { token: none }), 'TOKEN_ALGORITHM_NOT_ALLOWED');
    // The classic confusion: HS256 with the issuer's public key as the secret.
    const publicKey = JSON.stringify({ kty: 'RSA', n: idp.provider.keys[0]!.n, e: idp.provider.keys[0]!.e });
    const hsHeader = b64url({ ...header, alg: 'HS256' });
    const mac = createHmac('sha256', publicKey).update(`${hsHeader}.${raw.payload}`).digest('base64url');
    assertRefused(await api('GET', '/me', { token: `${hsHeader}.${raw.payload}.${mac}` }), 'TOKEN_ALGORITHM_NOT_ALLOWED');
  });

  test('tampered: claims changed under the signature', async () => {
    const { payload, raw } = parts(await idp.signIn('citizen-liwenbo'));
    const forged = `${raw.header}.${b64url({ ...payload, sub: 'staff-wangmin', user_kind: 'staff', department: 'scjg' })}.${raw.signature}`;
    assertRefused(await api('GET', '/me', { token: forged }), 'TOKEN_SIGNATURE_INVALID');
    const flipped = raw.signature.startsWith('A') ? `B${raw.signature.slice(1)}` : `A${raw.signature.slice(1)}`;
    assertRefused(await api('GET', '/me', { token: `${raw.header}.${raw.payload}.${flipped}` }), 'TOKEN_SIGNATURE_INVALID');
  });

  test('malformed: three parts that are not a JWT', async () => {
    assertRefused(await api('GET', '/me', { token: 'abc.def.ghi' }), 'TOKEN_MALFORMED');
  });

  test("the server's own session tokens keep working beside the provider's", async () => {
    assert.equal((await api('GET', '/me', { token: tokens.person })).body.id, 'demo-person');
    assertError(await api('GET', '/me', { token: 'garbage' }), 401, 'UNAUTHORIZED');
  });

  test('a rotated signing key is picked up without a restart', async () => {
    const before = await idp.signIn('agent-sunlina');
    assert.equal((await api('GET', '/me', { token: before })).status, 200);
    const kid = idp.provider.rotateKeys();
    const after = await idp.signIn('agent-sunlina');
    assert.equal(parts(after).header.kid, kid);
    assert.notEqual(parts(before).header.kid, kid);
    assert.equal((await api('GET', '/me', { token: after })).status, 200);
    // The old key is still published, so tokens signed before the rotation hold until they expire.
    assert.equal((await api('GET', '/me', { token: before })).status, 200);
  });
});

describe('users from claims', () => {
  test('the first sign-in creates the user: name, masked identity number and a keyed hash, never the number', async () => {
    const claims = account(NEW_CITIZEN.id).claims;
    const token = await idp.signIn(NEW_CITIZEN.id);
    const me = await api('GET', '/me', { token });
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.kind, 'person');
    assert.equal(me.body.name, claims.name);
    assert.equal(me.body.idCardMasked, maskIdCard(claims.id_number as string));
    assert.equal(me.body.mobileMasked, maskMobile(claims.phone_number as string));
    assert.equal(me.body.realNameLevel, NEW_CITIZEN.claims.real_name_level);
    assert.equal(me.body.prefill.name, claims.name);
    assert.equal(me.body.prefill.idCard, undefined);
    assert.notEqual(me.body.id, 'demo-person');

    const db = testApi.server.services.db;
    const rows = await db.query<{ data: unknown; id_number_hash: string; kind: string }>(
      'SELECT data, id_number_hash, kind FROM users WHERE id = $1',
      [me.body.id],
    );
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows[0]!.data).includes(claims.id_number as string), 'the identity number is not stored in the clear');
    const expectedHash = createHmac('sha256', 'test-identity-hash-key')
      .update(claims.id_number as string)
      .digest('hex');
    assert.equal(rows[0]!.id_number_hash, expectedHash);
    const identities = await db.query<{ user_id: string }>('SELECT user_id FROM user_identities WHERE issuer = $1 AND subject = $2', [
      idp.issuer,
      NEW_CITIZEN.id,
    ]);
    assert.deepEqual(
      identities.map((r) => r.user_id),
      [me.body.id],
    );
    // A second sign-in is the same user.
    assert.equal((await api('GET', '/me', { token: await idp.signIn(NEW_CITIZEN.id) })).body.id, me.body.id);
  });

  test('李文博 of the demo accounts signs in as the seeded demo-person, linked by the keyed hash of the identity number', async () => {
    const db = testApi.server.services.db;
    const [seeded] = await db.query<{ id_number_hash: string }>("SELECT id_number_hash FROM users WHERE id = 'demo-person'");
    const claims = account('citizen-liwenbo').claims;
    assert.equal(
      seeded!.id_number_hash,
      createHmac('sha256', 'test-identity-hash-key')
        .update(claims.id_number as string)
        .digest('hex'),
      'the seeded user has the keyed hash of its number',
    );
    const token = await idp.signIn('citizen-liwenbo');
    const me = await api('GET', '/me', { token });
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.id, 'demo-person');
    // The seeded profile is kept (its e-licenses and prefill), and so are its applications.
    assert.equal(me.body.prefill.idCard, claims.id_number);
    const mine = await api('GET', '/applications?pageSize=100', { token });
    const seededList = await api('GET', '/applications?pageSize=100', { token: tokens.person });
    assert.ok(mine.body.items.length > 0, 'the seeded applications show');
    assert.deepEqual(mine.body.items, seededList.body.items);
    assert.ok((await api('GET', '/licenses', { token })).body.items.length > 0, 'the seeded e-licenses show');
    const identities = await db.query<{ subject: string }>('SELECT subject FROM user_identities WHERE issuer = $1 AND user_id = $2', [
      idp.issuer,
      'demo-person',
    ]);
    assert.deepEqual(
      identities.map((r) => r.subject),
      ['citizen-liwenbo'],
    );
    assert.equal((await api('GET', '/me', { token: await idp.signIn('citizen-liwenbo') })).body.id, 'demo-person', 'and again');
  });

  test('only persons are linked: not an agent whose number the seeded enterprise holds as its legal representative’s', async () => {
    const db = testApi.server.services.db;
    const [enterprise] = await db.query<{ id_number_hash: string | null }>("SELECT id_number_hash FROM users WHERE id = 'demo-enterprise'");
    const hash = createHmac('sha256', 'test-identity-hash-key')
      .update(LEGAL_REPRESENTATIVE.claims.id_number as string)
      .digest('hex');
    assert.equal(enterprise!.id_number_hash, hash, 'the seeded enterprise has the hash of its legal representative’s number');
    const agent = await api('GET', '/me', { token: await idp.signIn(LEGAL_REPRESENTATIVE.id) });
    assert.equal(agent.status, 200, JSON.stringify(agent.body));
    assert.notEqual(agent.body.id, 'demo-enterprise');
    assert.equal(agent.body.kind, 'person');
    // The enterprise is the seeded one, which the person acts for (enterprises/routes.test.ts).
    assert.deepEqual(
      agent.body.enterprises.map((e: { enterpriseId: string }) => e.enterpriseId),
      ['demo-enterprise'],
    );
  });

  test('an enterprise agent applies in the enterprise name when acting for it; staff carry department and roles', async () => {
    const agentClaims = account('agent-sunlina').claims;
    const agentToken = await idp.signIn('agent-sunlina');
    const person = await api('GET', '/me', { token: agentToken });
    assert.equal(person.body.kind, 'person');
    assert.equal(person.body.name, '孙丽娜');
    assert.equal(person.body.realNameLevel, 'L2');
    const agent = await api('GET', '/me', { token: agentToken, headers: { 'Yiwang-Acting-For': 'demo-enterprise' } });
    assert.equal(agent.status, 200, JSON.stringify(agent.body));
    assert.equal(agent.body.kind, 'enterprise');
    assert.equal(agent.body.name, agentClaims.enterprise_name);
    assert.equal(agent.body.enterprise.name, agentClaims.enterprise_name);
    assert.equal(agent.body.enterprise.legalPerson, agentClaims.enterprise_legal_person);
    assert.equal(agent.body.enterprise.usccMasked, maskIdCard(agentClaims.enterprise_uscc as string));
    assert.equal(agent.body.prefill.uscc, agentClaims.enterprise_uscc);
    assert.equal(agent.body.acting.personName, '孙丽娜');

    const staff = await api('GET', '/me', { token: await idp.signIn('staff-wangmin') });
    assert.equal(staff.status, 200, JSON.stringify(staff.body));
    assert.equal(staff.body.kind, 'person');
    assert.equal(staff.body.name, '王敏');
    assert.deepEqual(staff.body.staff, { department: 'scjg', roles: ['intake', 'review'] });
  });

  test("a provider user reads their own applications and not another user's", async () => {
    const token = await idp.signIn(NEW_CITIZEN.id);
    // 生育登记: a form that needs no e-license (a provider user has none here), with photos of the certificates.
    const photo = async (name: string) => {
      const res = await testApi.upload(token, PNG, name, 'image/png');
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as string;
    };
    const marriage = await photo('结婚证.png');
    const household = await photo('户口簿.png');
    const idCards = await photo('夫妻双方身份证.png');
    const mine = await api('POST', '/applications', {
      token,
      body: {
        itemId: 'wjw-001',
        formId: 'form-wjw-001',
        data: {
          applicantName: '周欣',
          applicantIdCard: '410702199411203012',
          applicantMobile: '13903730517',
          applicantRole: 'husband',
          spouse: { spouseName: '王静', spouseIdCard: '410702198808160327' },
          marriageCertificate: [marriage],
          marriageDate: '2018-10-08',
          remarriage: 'no',
          residence: 'local',
          householdRegister: [household],
          currentAddress: { divisionCode: '410702001', detail: '人民路 12 号' },
          childOrder: 'first',
        },
        materials: [{ materialId: 'spouse-id-cards', fileIds: [idCards] }],
        channel: 'online',
        delivery: { method: 'pickup' },
      },
    });
    assert.equal(mine.status, 201, JSON.stringify(mine.body));
    const theirs = await testApi.submit();

    const list = await api('GET', '/applications?pageSize=100', { token });
    assert.equal(list.status, 200);
    const numbers = list.body.items.map((a: { number: string }) => a.number);
    assert.deepEqual(numbers, [mine.body.number]);
    assertError(await api('GET', `/applications/${theirs.number}/progress`, { token }), 404, 'NOT_FOUND');
    assert.equal((await api('GET', `/applications/${mine.body.number}/progress`, { token })).status, 200);
    const demoList = await api('GET', '/applications?pageSize=100', { token: tokens.person });
    assert.ok(!demoList.body.items.some((a: { number: string }) => a.number === mine.body.number));
  });
});
