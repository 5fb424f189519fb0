// The directory file store on its own: staging, the atomic commit, and the
// start-up sweep of what interrupted uploads left.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededPgliteDb } from '@yiwang/test/helpers/test-server';
import { pdf } from '@yiwang/test/fixtures/applications';
import type { Db } from '../db/db.ts';
import { createFsFileStore } from './fs-store.ts';
import type { FsFileStore } from './fs-store.ts';

async function* chunks(bytes: Uint8Array, size = 1000) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const row = (id: string, bytes: Uint8Array) => ({
  id,
  name: 'a.pdf',
  size: bytes.length,
  contentType: 'application/pdf',
  sha256: createHash('sha256').update(bytes).digest('hex'),
  createdAt: new Date(),
});

describe('directory file store', () => {
  let db: Db;
  let dir: string;
  let store: FsFileStore;
  const everything = async () =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

  before(async () => {
    db = await seededPgliteDb();
    dir = await mkdtemp(join(tmpdir(), 'yiwang-fs-store-'));
    store = await createFsFileStore(dir);
  });
  after(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a staged upload is a temporary file until committed; then its content is in place before its row', async () => {
    const bytes = pdf('x'.repeat(5000));
    const staged = await store.stage('a.pdf', 'application/pdf', chunks(bytes), 1 << 20);
    assert.equal(staged.size, bytes.length);
    assert.equal(staged.sha256, row('f-x', bytes).sha256);
    assert.deepEqual([...staged.head.subarray(0, 5)], [...bytes.subarray(0, 5)]);
    const [temp] = await everything();
    assert.match(temp!, /^\.tmp\/.+\.part$/);
    assert.deepEqual(new Uint8Array(await (await staged.file()).arrayBuffer()), bytes);
    await store.commit(db, 'demo-person', row('f-abcdefgh', bytes), staged);
    assert.deepEqual(await everything(), ['ab/f-abcdefgh']);
    await staged.discard(); // after a commit: nothing to drop
    const read = await store.read(db, 'demo-person', 'f-abcdefgh');
    assert.ok(read && !(read.body instanceof Uint8Array));
    assert.deepEqual(new Uint8Array(await new Response(read.body).arrayBuffer()), bytes);
    assert.equal(await store.read(db, 'demo-enterprise', 'f-abcdefgh'), null);
  });

  test('past the limit staging stops and keeps nothing; a discarded upload leaves nothing', async () => {
    const bytes = pdf('y'.repeat(5000));
    await assert.rejects(store.stage('b.pdf', 'application/pdf', chunks(bytes), 2000), { status: 413 });
    const staged = await store.stage('b.pdf', 'application/pdf', chunks(bytes), 1 << 20);
    await staged.discard();
    assert.deepEqual(await everything(), ['ab/f-abcdefgh']);
  });

  test('a commit never replaces a content file, and a failed row insert takes its content file away again', async () => {
    const bytes = pdf('z');
    const taken = await store.stage('c.pdf', 'application/pdf', chunks(bytes), 1 << 20);
    await assert.rejects(store.commit(db, 'demo-person', row('f-abcdefgh', bytes), taken), { code: 'EEXIST' });
    await taken.discard();
    assert.deepEqual(await everything(), ['ab/f-abcdefgh']);
    // A row with the id but no content (written past the store): the primary key refuses the commit's row.
    await db.query(
      "INSERT INTO files (id, user_id, name, size, content_type, sha256, content, created_at) VALUES ('f-rowonly1', 'x', 'x', 1, 'x', 'x', '', now())",
    );
    const staged = await store.stage('c.pdf', 'application/pdf', chunks(bytes), 1 << 20);
    await assert.rejects(store.commit(db, 'demo-person', row('f-rowonly1', bytes), staged));
    assert.deepEqual(await everything(), ['ab/f-abcdefgh']);
    await db.query("DELETE FROM files WHERE id IN ('f-abcdefgh', 'f-rowonly1')");
  });

  test('the sweep removes temporary files of dead processes and old content files without a row, nothing else', async () => {
    const host = hostname().replace(/[^A-Za-z0-9.-]/g, '_');
    const bytes = pdf('kept');
    await store.commit(db, 'demo-person', row('f-keptkept', bytes), await store.stage('k.pdf', 'application/pdf', chunks(bytes), 1 << 20));
    const live = await store.stage('live.pdf', 'application/pdf', chunks(bytes), 1 << 20); // this process: still uploading
    const old = new Date(Date.now() - 2 * 3600_000);
    await writeFile(join(dir, '.tmp', `${host}-${process.pid}-999999-abcdef.part`), 'a predecessor with this pid');
    await writeFile(join(dir, '.tmp', `${host}-2147483646-1-abcdef.part`), 'a dead process');
    await writeFile(join(dir, '.tmp', `elsewhere-7-1-abcdef.part`), 'another host, recent');
    await writeFile(join(dir, '.tmp', `elsewhere-8-1-abcdef.part`), 'another host, an hour untouched');
    await utimes(join(dir, '.tmp', `elsewhere-8-1-abcdef.part`), old, old);
    await mkdir(join(dir, 'zz'), { recursive: true });
    await writeFile(join(dir, 'zz', 'f-zzorphan'), 'renamed, but the row never came');
    await utimes(join(dir, 'zz', 'f-zzorphan'), old, old);
    await writeFile(join(dir, 'zz', 'f-zzrecent'), 'renamed a moment ago: its row may be on its way');

    const removed = await store.sweep(db);
    assert.deepEqual(removed, { temporary: 3, unreferenced: 1 });
    const left = (await everything()).sort();
    assert.deepEqual(
      left.filter((p) => !p.startsWith('.tmp/')),
      // f-abcdefgh lost its row in the test before: recent, so it stays for now.
      ['ab/f-abcdefgh', 'ke/f-keptkept', 'zz/f-zzrecent'],
    );
    assert.equal(left.filter((p) => p.startsWith('.tmp/')).length, 2, 'the live upload and the other host’s recent one stay');
    await live.discard();
  });
});
