// Enterprise authorisations against the development OpenID Connect provider
// (in-process): a person signs in as themselves and acts for an enterprise with
// the Yiwang-Acting-For header while an authorisation is live; a 法人 grants and
// revokes 经办人; enterprises never see each other's data; items that ask for a
// real-name level refuse applicants below it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTING_FOR_HEADER } from '@yiwang/contract';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { LEGAL_REPRESENTATIVE, NEW_CITIZEN, TEST_AUDIENCE, useIdentityProvider } from '@yiwang/test/helpers/identity-provider';
import type { DevAccount } from '../identity/dev-provider/accounts.ts';
import { oidcConfig } from '../identity/oidc-config.ts';

/** An 经办人 of another enterprise (fictitious people and company). */
const OTHER_AGENT: DevAccount = {
  id: 'agent-other',
  label: '钱宇（新乡市启明商贸有限公司 经办人）',
  claims: {
    user_kind: 'enterprise_agent',
    name: '钱宇',
    id_number: '410702199006063015',
    real_name_level: 'L3',
    enterprise_name: '新乡市启明商贸有限公司',
    enterprise_uscc: '91410700MA9X5R701J',
    enterprise_legal_person: '钱明',
    // The provider says when the 经办人's authorisation ends.
    enterprise_role_expires_at: '2030-06-30T00:00:00+08:00',
  },
};

const idp = useIdentityProvider({ extraAccounts: [OTHER_AGENT] });
const testApi = useServerApi(async () => ({
  oidc: oidcConfig({ issuer: (await idp.start()).issuer, audience: TEST_AUDIENCE, jwksCooldownSeconds: 0 }),
  identityHashKey: 'test-identity-hash-key',
}));
const { api, tokens } = testApi;

const tokenCache = new Map<string, string>();
const signIn = async (account: string) => {
  let token = tokenCache.get(account);
  if (!token) tokenCache.set(account, (token = await idp.signIn(account)));
  return token;
};
const asEnterprise = (enterpriseId: string) => ({ [ACTING_FOR_HEADER]: enterpriseId });

describe('acting for an enterprise', () => {
  test('孙丽娜 signs in as herself, switches to the seeded demo enterprise and back', async () => {
    const token = await signIn('agent-sunlina');
    const me = await api('GET', '/me', { token });
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.kind, 'person');
    assert.equal(me.body.name, '孙丽娜');
    assert.equal(me.body.enterprise, null);
    assert.deepEqual(me.body.acting, { personId: me.body.id, personName: '孙丽娜', enterpriseId: null, role: null });
    assert.equal(me.body.enterprises.length, 1);
    const [option] = me.body.enterprises;
    assert.equal(option.enterpriseId, 'demo-enterprise', 'matched to the seeded enterprise by 统一社会信用代码');
    assert.equal(option.role, 'agent');
    const now = await testApi.server.services.clock.now();
    const term = (Date.parse(option.expiresAt) - now.getTime()) / 86400_000;
    assert.ok(Math.abs(term - 365) < 1, `the deployment's default term (${term} days)`);

    const acting = await api('GET', '/me', { token, headers: asEnterprise('demo-enterprise') });
    assert.equal(acting.status, 200, JSON.stringify(acting.body));
    assert.equal(acting.body.id, 'demo-enterprise');
    assert.equal(acting.body.kind, 'enterprise');
    assert.equal(acting.body.enterprise.role, 'agent');
    assert.deepEqual(acting.body.acting, { personId: me.body.id, personName: '孙丽娜', enterpriseId: 'demo-enterprise', role: 'agent' });

    // The enterprise's applications are hers to see while acting for it, and only then.
    const theirs = await api('GET', '/applications?pageSize=100', { token: tokens.enterprise });
    const asAgent = await api('GET', '/applications?pageSize=100', { token, headers: asEnterprise('demo-enterprise') });
    assert.ok(theirs.body.items.length > 0);
    assert.deepEqual(asAgent.body.items, theirs.body.items);
    const own = await api('GET', '/applications?pageSize=100', { token });
    assert.deepEqual(own.body.items, []);

    // What she creates acting for it belongs to the enterprise.
    const address = await api('POST', '/addresses', {
      token,
      headers: asEnterprise('demo-enterprise'),
      body: { recipient: '孙丽娜', mobile: '13782590614', divisionCode: '410702001', detail: '人民路 1 号' },
    });
    assert.equal(address.status, 201, JSON.stringify(address.body));
    const enterpriseAddresses = await api('GET', '/addresses', { token: tokens.enterprise });
    assert.ok(enterpriseAddresses.body.items.some((a: { id: string }) => a.id === address.body.id));
    const ownAddresses = await api('GET', '/addresses', { token });
    assert.ok(!ownAddresses.body.items.some((a: { id: string }) => a.id === address.body.id));
  });

  test("an agent of one enterprise never sees another's", async () => {
    const other = await signIn(OTHER_AGENT.id);
    const me = await api('GET', '/me', { token: other });
    const [option] = me.body.enterprises;
    assert.notEqual(option.enterpriseId, 'demo-enterprise');
    assert.equal(option.name, OTHER_AGENT.claims.enterprise_name);
    assert.equal(option.role, 'agent');
    assert.equal(Date.parse(option.expiresAt), Date.parse('2030-06-30T00:00:00+08:00'), 'the expiry the claim gives');
    assertError(
      await api('GET', '/applications', { token: other, headers: asEnterprise('demo-enterprise') }),
      403,
      'NOT_AUTHORISED_FOR_ENTERPRISE',
    );
    const mine = await api('GET', '/applications?pageSize=100', { token: other, headers: asEnterprise(option.enterpriseId) });
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.items, []);
    const [number] = (await api('GET', '/applications', { token: tokens.enterprise })).body.items.map((a: { number: string }) => a.number);
    assertError(
      await api('GET', `/applications/${number}/progress`, { token: other, headers: asEnterprise(option.enterpriseId) }),
      404,
      'NOT_FOUND',
    );
    // The demo enterprise's agent cannot act for the other enterprise either.
    const sunlina = await signIn('agent-sunlina');
    assertError(
      await api('GET', '/me', { token: sunlina, headers: asEnterprise(option.enterpriseId) }),
      403,
      'NOT_AUTHORISED_FOR_ENTERPRISE',
    );
  });
});

describe('the 法人 grants and revokes 经办人', () => {
  test('only the 法人 manages agents', async () => {
    const sunlina = await signIn('agent-sunlina');
    assertError(await api('GET', '/enterprises/demo-enterprise/agents', { token: sunlina }), 403, 'FORBIDDEN');
    const legal = await signIn(LEGAL_REPRESENTATIVE.id);
    const agents = await api('GET', '/enterprises/demo-enterprise/agents', { token: legal });
    assert.equal(agents.status, 200, JSON.stringify(agents.body));
    const roles = agents.body.items.map((a: { personName: string; role: string }) => `${a.personName}:${a.role}`).sort();
    assert.deepEqual(roles, ['孙丽娜:agent', '赵志刚:legal_person']);
  });

  test('a granted authorisation works until it expires, and again until it is revoked', async () => {
    const legal = await signIn(LEGAL_REPRESENTATIVE.id);
    const citizen = await signIn(NEW_CITIZEN.id);
    const person = { name: NEW_CITIZEN.claims.name as string, idNumber: NEW_CITIZEN.claims.id_number as string };
    assertError(
      await api('GET', '/me', { token: citizen, headers: asEnterprise('demo-enterprise') }),
      403,
      'NOT_AUTHORISED_FOR_ENTERPRISE',
    );
    assertError(
      await api('POST', '/enterprises/demo-enterprise/agents', { token: legal, body: { ...person, name: '别人' } }),
      404,
      'NOT_FOUND',
    );

    const { clock } = testApi.server.services;
    const now = await clock.now();
    const grant = await api('POST', '/enterprises/demo-enterprise/agents', {
      token: legal,
      body: { ...person, expiresAt: new Date(now.getTime() + 5 * 60_000).toISOString() },
    });
    assert.equal(grant.status, 201, JSON.stringify(grant.body));
    assert.equal(grant.body.status, 'live');
    assert.equal(grant.body.source, 'grant');
    assert.equal(grant.body.role, 'agent');
    assertError(await api('POST', '/enterprises/demo-enterprise/agents', { token: legal, body: person }), 409, 'CONFLICT');
    assert.equal((await api('GET', '/me', { token: citizen, headers: asEnterprise('demo-enterprise') })).body.id, 'demo-enterprise');

    // Ten minutes on (the token itself lasts an hour): the authorisation has expired.
    await clock.set(new Date(now.getTime() + 10 * 60_000));
    try {
      assertError(await api('GET', '/drafts', { token: citizen, headers: asEnterprise('demo-enterprise') }), 403, 'AUTHORISATION_EXPIRED');
      const mine = await api('GET', '/me/enterprises', { token: citizen });
      assert.equal(mine.body.items[0].status, 'expired');
      assert.deepEqual((await api('GET', '/me', { token: citizen })).body.enterprises, []);

      const again = await api('POST', '/enterprises/demo-enterprise/agents', { token: legal, body: person });
      assert.equal(again.status, 201, JSON.stringify(again.body));
      assert.equal((await api('GET', '/drafts', { token: citizen, headers: asEnterprise('demo-enterprise') })).status, 200);

      const revoke = await api('DELETE', `/enterprises/demo-enterprise/agents/${again.body.id}`, { token: legal });
      assert.equal(revoke.status, 204);
      assertError(
        await api('GET', '/drafts', { token: citizen, headers: asEnterprise('demo-enterprise') }),
        403,
        'NOT_AUTHORISED_FOR_ENTERPRISE',
      );
      assertError(await api('DELETE', `/enterprises/demo-enterprise/agents/${again.body.id}`, { token: legal }), 409, 'CONFLICT');
      const listed = await api('GET', '/me/enterprises', { token: citizen });
      assert.deepEqual(
        listed.body.items.map((a: { status: string }) => a.status),
        ['revoked', 'expired'],
      );
      // The 法人's own authorisation is not another 法人's to revoke.
      const agents = (await api('GET', '/enterprises/demo-enterprise/agents', { token: legal })).body.items;
      const own = agents.find((a: { role: string }) => a.role === 'legal_person');
      assertError(await api('DELETE', `/enterprises/demo-enterprise/agents/${own.id}`, { token: legal }), 404, 'NOT_FOUND');
    } finally {
      await clock.set(null);
    }
  });
});

describe('minimum real-name level (实名认证等级)', () => {
  test('an L2 agent is refused an item that needs L3, and accepted for one that needs L2', async () => {
    const token = await signIn('agent-sunlina');
    const headers = asEnterprise('demo-enterprise');
    const guide = await api('GET', '/items/jfj-001');
    assert.equal(guide.body.minRealNameLevel, 'L3');
    const draft = await api('PUT', '/drafts/form-jfj-001', { token, headers, body: { data: {} } });
    assertError(draft, 403, 'REAL_NAME_LEVEL_TOO_LOW');
    assert.deepEqual(draft.body.error.details, [
      { path: 'required', message: 'L3' },
      { path: 'current', message: 'L2' },
    ]);
    const submit = await api('POST', '/applications', {
      token,
      headers,
      body: { itemId: 'jfj-001', formId: 'form-jfj-001', data: {}, materials: [], channel: 'online', delivery: { method: 'pickup' } },
    });
    assertError(submit, 403, 'REAL_NAME_LEVEL_TOO_LOW');
    assert.match(submit.body.error.message, /实名认证等级 L3/);
    assert.equal((await api('PUT', '/drafts/form-xzsp-001', { token, headers, body: { data: {} } })).status, 200);
  });

  test('李文博 (L3) and the 法人 (L3) meet an L3 item; past the level check the form is validated as usual', async () => {
    const liwenbo = await signIn('citizen-liwenbo');
    assert.equal((await api('PUT', '/drafts/form-bdc-002', { token: liwenbo, body: { data: {} } })).status, 200);
    const legal = await signIn(LEGAL_REPRESENTATIVE.id);
    const submit = await api('POST', '/applications', {
      token: legal,
      headers: asEnterprise('demo-enterprise'),
      body: { itemId: 'jfj-001', formId: 'form-jfj-001', data: {}, materials: [], channel: 'online', delivery: { method: 'pickup' } },
    });
    assertError(submit, 400, 'VALIDATION_FAILED');
  });
});
