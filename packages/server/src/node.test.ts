// The Node entry as `npm start` runs it: the development identity provider at
// /oidc on the server's own port, and the API accepting the tokens it issues;
// the simulated provincial ticket service at /dev-ticket with sign-in through it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { signInThroughProvider } from '@yiwang/test/helpers/identity-provider';
import { finishAtCallback, ticketUpToCallback } from '@yiwang/test/helpers/ticket-service';
import { seededPgliteDb } from '@yiwang/test/helpers/test-server';
import { defaultConfig } from './config.ts';
import { DEV_AUDIENCE, DEV_CLIENT_ID, SITE_CSP, startServer } from './node.ts';
import { INBOX_CSP } from './notify/inbox-page.ts';
import type { RunningServer } from './node.ts';
import type { Db } from './db/db.ts';

describe('npm start with the development identity provider', () => {
  let running: RunningServer;
  let db: Db;
  before(async () => {
    db = await seededPgliteDb();
    running = await startServer(defaultConfig({ port: 0, tokenSecret: 'test-secret' }), db);
  });
  after(async () => {
    running.server.closeAllConnections();
    await new Promise<void>((resolve) => running.server.close(() => resolve()));
    await running.services.close(); // the notification dispatcher's interval
    await db.close();
  });

  test('serves the provider under /oidc and accepts its tokens for the API', async () => {
    const issuer = `${running.origin}/oidc`;
    assert.equal(running.devProvider?.issuer, issuer);
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    assert.equal(discovery.status, 200);
    const metadata = await discovery.json();
    assert.equal(metadata.issuer, issuer);
    assert.equal(metadata.jwks_uri, `${issuer}/jwks`);

    const token = await signInThroughProvider({
      issuer,
      clientId: DEV_CLIENT_ID,
      redirectUri: `${running.origin}/`,
      accountId: 'staff-wangmin',
      resource: DEV_AUDIENCE,
    });
    const me = await fetch(`${running.origin}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(me.status, 200);
    const profile = await me.json();
    assert.equal(profile.name, '王敏');
    assert.equal(profile.staff.department, 'scjg');
    // The site itself is still served beside the provider.
    assert.equal((await fetch(`${running.origin}/openapi.json`)).status, 200);
  });

  test('serves the development SMS inbox with its own policy, linked from the demo site', async () => {
    const inbox = await fetch(`${running.origin}/dev/inbox`);
    assert.equal(inbox.status, 200);
    assert.equal(inbox.headers.get('Content-Security-Policy'), INBOX_CSP);
    assert.match(await inbox.text(), /短信收件箱/);
    const site = await fetch(`${running.origin}/`);
    assert.equal(site.headers.get('Content-Security-Policy'), SITE_CSP);
    assert.match(await site.text(), /href="\/dev\/inbox"/);
  });
});

describe('npm start with the simulated provincial ticket service', () => {
  let running: RunningServer;
  let db: Db;
  before(async () => {
    db = await seededPgliteDb();
    running = await startServer(defaultConfig({ port: 0, tokenSecret: 'test-secret' }), db, { ticket: 'dev' });
  });
  after(async () => {
    running.server.closeAllConnections();
    await new Promise<void>((resolve) => running.server.close(() => resolve()));
    await running.services.close(); // the notification dispatcher's interval
    await db.close();
  });

  test('serves the platform under /dev-ticket and signs in through it at /auth/ticket', async () => {
    assert.equal(running.devTicketService?.basePath, '/dev-ticket');
    assert.equal(running.ticket?.config.issuer, `${running.origin}/dev-ticket`);
    const outcome = await finishAtCallback(await ticketUpToCallback(running.origin, 'C0002'));
    assert.ok(outcome.ok, JSON.stringify(outcome));
    const me = await fetch(`${running.origin}/api/v1/me`, { headers: { Authorization: `Bearer ${outcome.token}` } });
    assert.equal(me.status, 200);
    const profile = await me.json();
    // The token is the person (孙丽娜), who acts for the enterprise when a request says so.
    assert.equal(profile.kind, 'person');
    assert.equal(profile.realNameLevel, 'L3');
    assert.deepEqual(
      profile.enterprises.map((e: { enterpriseId: string; role: string }) => [e.enterpriseId, e.role]),
      [['demo-enterprise', 'agent']],
    );
    const acting = await fetch(`${running.origin}/api/v1/me`, {
      headers: { Authorization: `Bearer ${outcome.token}`, 'Yiwang-Acting-For': 'demo-enterprise' },
    });
    assert.equal(acting.status, 200);
    const enterprise = await acting.json();
    assert.equal(enterprise.kind, 'enterprise');
    assert.equal(enterprise.enterprise.role, 'agent');
  });
});
