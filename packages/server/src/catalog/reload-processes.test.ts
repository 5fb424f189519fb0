// Two real server processes (`node packages/server/src/node.ts`) on one
// PostgreSQL database, and the import command line run as a third: both
// servers answer searches from the new catalog within one second of the
// command exiting, without a restart (the import's NOTIFY reaches their
// listeners). Needs YIWANG_TEST_DATABASE_URL; skipped without it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ItemSearchResult } from '@yiwang/contract';
import { createTestDatabase, TEST_POSTGRES_URL } from '@yiwang/test/helpers/postgres';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const NODE_ARGS = ['--conditions=yiwang-source'];

interface Running {
  process: ChildProcess;
  origin: string;
  output: string[];
}

/** Starts the server entry on an ephemeral port and resolves with its origin once it listens. */
async function startServer(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'packages/server/src/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const port = /reference server on http:\/\/localhost:(\d+)/.exec(output.join(''))?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output.join('')}`)));
  });
  return { process: child, origin, output };
}

async function stopServer(running: Running | undefined): Promise<void> {
  if (!running || running.process.exitCode !== null) return;
  const exited = once(running.process, 'exit');
  running.process.kill('SIGTERM');
  await exited;
}

async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'packages/server/src/catalog/import/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

async function finds(origin: string, q: string, code: string): Promise<boolean> {
  const res = await fetch(`${origin}/api/v1/items?q=${encodeURIComponent(q)}`);
  if (res.status !== 200) return false;
  return ItemSearchResult.parse(await res.json()).items.some((hit) => hit.item.code === code);
}

const adminUrl = TEST_POSTGRES_URL;
if (!adminUrl) {
  test('two servers on PostgreSQL reload an imported catalog', (ctx) => ctx.skip('YIWANG_TEST_DATABASE_URL is not set (.ci/run sets it)'));
} else {
  describe('two server processes on one PostgreSQL database', () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let dir: string;
    const servers: Running[] = [];

    before(async () => {
      database = await createTestDatabase(adminUrl, 'yiwang_reload');
      dir = await mkdtemp(join(tmpdir(), 'yw-reload-'));
      // One after the other: the first migrates and seeds, the second finds the database ready.
      for (let i = 0; i < 2; i++) servers.push(await startServer({ DATABASE_URL: database.url }));
    });
    after(async () => {
      for (const s of servers) await stopServer(s);
      await database?.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    test('both answer from the new catalog within one second of the import command exiting', async () => {
      const code = '511A0116488001-511602000000-000-11511300008778693M-1-00';
      const name = '城市蜂箱放置备案';
      for (const s of servers) assert.equal(await finds(s.origin, name, code), false, 'not in the catalog before the import');

      const file = join(dir, '第十批.json');
      await writeFile(file, JSON.stringify([{ name, code, department: '区城市养蜂服务中心', type: 'public_service' }]));
      const cli = await runCli(['import', file, '--batch', '第十批'], { DATABASE_URL: database.url });
      const deadline = Date.now() + 1000;
      assert.equal(cli.code, 0, cli.output);
      assert.match(cli.output, /catalog version \d+ \(第十批\)/);

      const pending = new Set(servers);
      while (pending.size && Date.now() < deadline) {
        for (const s of [...pending]) if (await finds(s.origin, name, code)) pending.delete(s);
        if (pending.size) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.equal(
        pending.size,
        0,
        `servers still without the import a second after the command exited:\n${[...pending].map((s) => s.output.join('')).join('\n---\n')}`,
      );
    });

    test('the servers close their listeners and exit on SIGTERM', async () => {
      for (const s of servers) {
        const exited = once(s.process, 'exit');
        s.process.kill('SIGTERM');
        const [code] = (await exited) as [number | null];
        assert.equal(code, 0, s.output.join(''));
      }
    });
  });
}
