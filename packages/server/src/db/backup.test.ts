// The embedded default as a deployment runs it: the server's bin on a PGlite
// data directory. SIGTERM lets a request in flight finish while new connections
// are refused; the stopped server's directory is backed up with `npm run db --
// backup`, restored into a new directory, and a server started on it serves the
// same applications and the draft saved by the request that was in flight.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript, startServerProcess } from '@yiwang/test/helpers/server-process';
import type { ServerProcess } from '@yiwang/test/helpers/server-process';
import { seededImageFor } from '@yiwang/test/helpers/test-server';
import { backupDataDir, restoreDataDir } from './cli.ts';
import { DataDirInUse, LOCK_FILE } from './data-dir-lock.ts';

const CLI = 'packages/server/src/db/cli.ts';
const FORM = 'form-scjg-001';

async function signIn(origin: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/demo-sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: 'demo-person' }),
  });
  assert.equal(res.status, 200);
  return ((await res.json()) as { token: string }).token;
}

async function getJson(origin: string, path: string, token: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${origin}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

/** Whether a new TCP connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('a server on a PGlite data directory: graceful shutdown, backup and restore', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  let token = '';
  let applications: unknown;
  const draft = { applicantName: '李文博', note: '停机前保存的草稿' };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yw-backup-'));
    // The run's seeded image (an uncompressed tar of a data directory) restored as the data directory: no seeding at start.
    await writeFile(join(dir, 'seeded.tar'), new Uint8Array(await (await seededImageFor()).image.arrayBuffer()));
    await restoreDataDir(join(dir, 'seeded.tar'), join(dir, 'data'));
    server = await startServerProcess(['--data-dir', join(dir, 'data')], { YIWANG_LOG: 'info' });
  });
  after(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('SIGTERM: the request in flight completes, new connections are refused, the process exits 0', async () => {
    const running = server!;
    token = await signIn(running.origin);
    const listed = await getJson(running.origin, '/applications', token);
    assert.equal(listed.status, 200);
    applications = listed.body;
    assert.ok((listed.body as { items: unknown[] }).items.length > 0, 'the seeded applications');

    const body = Buffer.from(JSON.stringify({ data: draft }));
    const half = Math.floor(body.length / 2);
    let inFlight!: ReturnType<typeof request>;
    const answer = new Promise<{ res: IncomingMessage; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: running.port,
          method: 'PUT',
          path: `/api/v1/drafts/${FORM}`,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': body.length },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ res, text }));
        },
      );
      req.on('error', reject);
      inFlight = req;
    });
    // The headers and half the body: the server holds a request it cannot answer yet.
    inFlight.write(body.subarray(0, half));
    await new Promise((resolve) => inFlight.once('socket', (socket) => socket.once('connect', resolve)));
    await new Promise((resolve) => setTimeout(resolve, 200));

    running.process.kill('SIGTERM');
    let wasRefused = false;
    for (let i = 0; i < 400 && !wasRefused; i++) {
      wasRefused = await refused(running.port);
      if (!wasRefused) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    assert.ok(wasRefused, 'new connections are refused once the server is stopping');
    assert.equal(running.process.exitCode, null, 'still running while a request is in flight');

    inFlight.end(body.subarray(half));
    const { res, text } = await answer;
    assert.equal(res.statusCode, 200, text);
    assert.deepEqual((JSON.parse(text) as { data: unknown }).data, draft);
    assert.equal(await running.stop(), 0, running.output());

    // One JSON line per request, with the id the response carried; the shutdown logged too.
    const lines = running.logLines();
    const logged = lines.find((l) => l.msg === 'request' && l.method === 'PUT');
    assert.ok(logged, running.output());
    assert.equal(logged.requestId, res.headers['x-request-id']);
    assert.equal(logged.path, `/api/v1/drafts/${FORM}`);
    assert.equal(logged.status, 200);
    assert.equal(typeof logged.durationMs, 'number');
    assert.ok(lines.some((l) => l.msg === 'shutting down' && l.signal === 'SIGTERM'));
    assert.ok(!existsSync(join(dir, 'data', LOCK_FILE)), 'the data directory is unlocked after a clean stop');
  });

  test('a backup restored into a new directory serves the same applications and the draft', async () => {
    const file = join(dir, 'backup.tar.gz');
    const backup = await runScript(CLI, ['backup', file, '--data-dir', join(dir, 'data')]);
    assert.equal(backup.code, 0, backup.output);
    assert.match(backup.output, /backed up .* \d+ bytes, \d+ applications/);
    const restore = await runScript(CLI, ['restore', file, '--data-dir', join(dir, 'restored')]);
    assert.equal(restore.code, 0, restore.output);
    assert.ok(!existsSync(join(dir, 'restored', LOCK_FILE)));

    server = await startServerProcess(['--data-dir', join(dir, 'restored')]);
    const { origin } = server;
    assert.equal((await fetch(`${origin}/readyz`)).status, 200);
    assert.deepEqual(await getJson(origin, '/applications', token), { status: 200, body: applications });
    const saved = await getJson(origin, `/drafts/${FORM}`, token);
    assert.equal(saved.status, 200);
    assert.deepEqual((saved.body as { data: unknown }).data, draft);

    // While a server runs on a directory it is locked: no backup (nor a second server: the same lock).
    await assert.rejects(backupDataDir(join(dir, 'restored'), join(dir, 'busy.tar.gz')), DataDirInUse);
    // A restore never writes over a directory with data in it.
    await assert.rejects(restoreDataDir(file, join(dir, 'restored')), /not empty/);
  });
});
