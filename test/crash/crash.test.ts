// kill -9 in the middle of a storm of uploads and submissions (PostgreSQL, the
// directory file store): the server process is killed while requests are in
// flight and started again on the same database and directory; every client
// whose request failed retries it with the same Idempotency-Key. Then every
// acknowledged file and application exists exactly once, no row lacks its
// content, no temporary file is left, and every retry got the answer an earlier
// acknowledged attempt got.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase, TEST_POSTGRES_URL } from '@yiwang/test/helpers/postgres';
import { startServerProcess } from '@yiwang/test/helpers/server-process';
import type { ServerProcess } from '@yiwang/test/helpers/server-process';
import { createBody, pdf } from '@yiwang/test/fixtures/applications';

/** Clients, each uploading one file and submitting one application with it. */
const JOBS = 40;
/** Clients in flight at once. */
const CONCURRENCY = 10;
/** The server is killed once this many clients have their application. */
const KILL_AFTER = 12;

interface Job {
  content: Uint8Array;
  uploadKey: string;
  submitKey: string;
  /** Every acknowledged (2xx) answer each step got: all must agree. */
  fileIds: string[];
  numbers: string[];
  /** Requests of this client that failed in transport (the kill). */
  failures: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash', { skip: TEST_POSTGRES_URL ? false : 'needs YIWANG_TEST_DATABASE_URL (PostgreSQL)' }, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fileDir: string;
  let server: ServerProcess | null = null;

  before(async () => {
    database = await createTestDatabase(TEST_POSTGRES_URL!, 'yiwang_crash');
    fileDir = await mkdtemp(join(tmpdir(), 'yiwang-crash-files-'));
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
    if (fileDir) await rm(fileDir, { recursive: true, force: true });
  });

  test('every acknowledged file and application exists once after a kill -9, and retries get the same answers', async () => {
    const env = {
      DATABASE_URL: database.url,
      YIWANG_FILE_STORE: 'fs',
      YIWANG_FILE_DIR: fileDir,
      // A key whose process died blocks its retries this long (409, Retry-After) before one may run it again.
      YIWANG_IDEMPOTENCY_TIMEOUT: '2',
    };
    server = await startServerProcess(['--memory'], env);
    let current: ServerProcess = server;
    /** Resolves when the server is back after the kill. */
    let restarted: Promise<void> | null = null;

    const signIn = await fetch(`${current.apiUrl}/auth/demo-sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'demo-person' }),
    });
    assert.equal(signIn.status, 200);
    const { token } = (await signIn.json()) as { token: string };
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      const count = async (query: string, params: unknown[] = []) => Number((await sql.query(query, params)).rows[0].n);
      const applicationsBefore = await count("SELECT count(*) AS n FROM applications WHERE user_id = 'demo-person'");
      const filesBefore = await count("SELECT count(*) AS n FROM files WHERE user_id = 'demo-person'");

      const jobs: Job[] = Array.from({ length: JOBS }, (_, i) => ({
        content: pdf(`crash test material ${i} ${'.'.repeat(2000 + i * 97)}`),
        uploadKey: `crash-upload-${i}-key`,
        submitKey: `crash-submit-${i}-key`,
        fileIds: [],
        numbers: [],
        failures: 0,
      }));
      let submitted = 0;
      let conflicts = 0;
      let replays = 0;
      const unexpected: string[] = [];

      /** One step of a client, retried with the same key until it is answered. */
      const send = async (job: Job, request: () => Promise<Response>): Promise<Record<string, unknown>> => {
        for (let attempt = 0; attempt < 100; attempt++) {
          let res: Response;
          try {
            res = await request();
          } catch {
            // The connection failed: the server is gone. Wait for it and send the same request again.
            job.failures++;
            while (!restarted) await sleep(20);
            await restarted;
            continue;
          }
          const body = (await res.json()) as Record<string, unknown> & { error?: { code: string } };
          if (res.headers.get('Idempotency-Replayed') === 'true') replays++;
          if (res.status === 201) return body;
          if (res.status === 409 && body.error?.code === 'CONFLICT') {
            // The key's first attempt died with the process: retried once it counts as abandoned.
            conflicts++;
            await sleep(Number(res.headers.get('Retry-After') ?? '1') * 1000);
            continue;
          }
          unexpected.push(`${res.status} ${JSON.stringify(body)}`);
          throw new Error(`unexpected answer ${res.status}`);
        }
        throw new Error('no answer after 100 attempts');
      };

      const runJob = async (job: Job) => {
        const uploaded = await send(job, () => {
          const form = new FormData();
          form.append('file', new Blob([job.content as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), '租赁合同.pdf');
          return fetch(`${current.apiUrl}/files`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': job.uploadKey },
            body: form,
          });
        });
        job.fileIds.push(String(uploaded.id));
        const receipt = await send(job, () =>
          fetch(`${current.apiUrl}/applications`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': job.submitKey },
            body: JSON.stringify(createBody(job.fileIds[0]!)),
          }),
        );
        job.numbers.push(String(receipt.number));
        // A client that retries once more after its answer (its connection dropped as the answer arrived) gets the same.
        if (job.failures > 0) {
          const again = await send(job, () =>
            fetch(`${current.apiUrl}/applications`, {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': job.submitKey },
              body: JSON.stringify(createBody(job.fileIds[0]!)),
            }),
          );
          job.numbers.push(String(again.number));
        }
        if (++submitted === KILL_AFTER) {
          // In the middle of the storm: other clients' uploads and submissions are in flight.
          restarted = (async () => {
            await current.kill9();
            current = await startServerProcess(['--memory'], env);
            server = current;
          })();
        }
      };

      const queue = [...jobs];
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let job = queue.shift(); job; job = queue.shift()) await runJob(job);
        }),
      );
      assert.deepEqual(unexpected, []);
      assert.ok(restarted, 'the server was killed during the storm');
      const interrupted = jobs.filter((j) => j.failures > 0).length;
      assert.ok(interrupted > 0, 'some requests were cut off by the kill');

      // Retried clients got the answer of any earlier acknowledged attempt.
      for (const job of jobs) {
        assert.equal(new Set(job.fileIds).size, 1, `one file id for ${job.uploadKey}: ${job.fileIds}`);
        assert.equal(new Set(job.numbers).size, 1, `one application number for ${job.submitKey}: ${job.numbers}`);
      }
      // Every application exactly once: one per client, each under its key.
      assert.equal(await count("SELECT count(*) AS n FROM applications WHERE user_id = 'demo-person'"), applicationsBefore + JOBS);
      const keyed = await sql.query<{ key: string; number: string }>(
        "SELECT key, number FROM application_keys WHERE user_id = 'demo-person' AND key LIKE 'crash-submit-%'",
      );
      assert.equal(keyed.rows.length, JOBS);
      const numberOfKey = new Map(keyed.rows.map((r) => [r.key, r.number]));
      for (const job of jobs) assert.equal(numberOfKey.get(job.submitKey), job.numbers[0]);

      // Every file exactly once: one row per client's content, with its content in place and intact.
      assert.equal(await count("SELECT count(*) AS n FROM files WHERE user_id = 'demo-person'"), filesBefore + JOBS);
      const rows = (
        await sql.query<{ id: string; sha256: string; size: number; stored: number }>(
          "SELECT id, sha256, size, octet_length(content) AS stored FROM files WHERE user_id = 'demo-person'",
        )
      ).rows;
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const job of jobs) {
        const row = byId.get(job.fileIds[0]!);
        assert.ok(row, `the row of ${job.fileIds[0]}`);
        assert.equal(row.sha256, createHash('sha256').update(job.content).digest('hex'));
      }
      const onDisk = (await readdir(fileDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
      const paths = new Map(onDisk.map((e) => [e.name, join(e.parentPath, e.name)]));
      for (const row of rows) {
        // No row without its content: each has its file, byte for byte what was acknowledged.
        if (Number(row.stored) > 0) continue;
        const path = paths.get(row.id);
        assert.ok(path, `the content file of ${row.id}`);
        assert.equal(
          createHash('sha256')
            .update(await readFile(path))
            .digest('hex'),
          row.sha256,
        );
      }
      // No half-written file is visible: nothing in the temporary folder once the storm is over.
      assert.deepEqual(
        onDisk.filter((e) => e.parentPath.endsWith('.tmp')).map((e) => e.name),
        [],
      );
      // Content files without a row (linked just before the kill, their transaction lost) are invisible; the sweep takes them later.
      const unreferenced = onDisk.filter((e) => !e.parentPath.endsWith('.tmp') && !byId.has(e.name)).length;
      // The downloads serve what was acknowledged.
      const sample = jobs.filter((j) => j.failures > 0).slice(0, 3);
      for (const job of sample) {
        const res = await fetch(`${current.apiUrl}/files/${job.fileIds[0]}/content`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(res.status, 200);
        assert.deepEqual(new Uint8Array(await res.arrayBuffer()), job.content);
      }
      console.log(
        `crash: ${JOBS} clients, ${interrupted} cut off by the kill, ${conflicts} waits on an abandoned key, ` +
          `${replays} replayed answers, ${unreferenced} unreferenced content files left for the sweep`,
      );
    } finally {
      await sql.end();
    }
  });
});
