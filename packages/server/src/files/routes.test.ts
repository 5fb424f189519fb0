// The files endpoints over real HTTP, with the database and the directory as the file store.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { exe, pdf } from '@yiwang/test/fixtures/applications';

const MAX_UPLOAD = 64 * 1024;

for (const kind of ['db', 'fs'] as const) {
  describe(`files (${kind} store)`, () => {
    let fileDir = '';
    const testApi = useServerApi(async () => {
      if (kind === 'db') return { maxUploadBytes: MAX_UPLOAD };
      fileDir = await mkdtemp(join(tmpdir(), 'yiwang-files-'));
      return { maxUploadBytes: MAX_UPLOAD, fileStore: kind, fileDir };
    });
    const { api, upload, uploadPdf, submit, tokens } = testApi;
    after(() => (fileDir ? rm(fileDir, { recursive: true, force: true }) : undefined));

    /** Everything the store directory holds: content files and temporary files. */
    const listing = async () =>
      fileDir
        ? (await readdir(fileDir, { recursive: true, withFileTypes: true }))
            .filter((e) => e.isFile())
            .map((e) => join(e.parentPath, e.name))
        : [];
    const fileCount = async () =>
      Number((await testApi.server.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM files'))[0]!.n);

    test('a PDF is stored with its SHA-256 and comes back byte for byte', async () => {
      const bytes = pdf('sha check');
      const res = await upload(tokens.person, bytes, '营业执照.pdf', 'application/pdf');
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.equal(res.body.size, bytes.length);
      assert.equal(res.body.contentType, 'application/pdf');
      assert.equal(res.body.name, '营业执照.pdf');
      const meta = await api('GET', `/files/${res.body.id}`, { token: tokens.person });
      assert.deepEqual(meta.body, res.body);
      const content = await fetch(`${testApi.server.apiUrl}/files/${res.body.id}/content`, {
        headers: { Authorization: `Bearer ${tokens.person}` },
      });
      assert.equal(content.status, 200);
      assert.equal(content.headers.get('Content-Type'), 'application/pdf');
      assert.match(content.headers.get('Content-Disposition') ?? '', /attachment/);
      assert.equal(content.headers.get('Content-Length'), String(bytes.length));
      assert.deepEqual(new Uint8Array(await content.arrayBuffer()), bytes);
      const [row] = await testApi.server.services.db.query<{ stored: number }>(
        'SELECT octet_length(content) AS stored FROM files WHERE id = $1',
        [res.body.id],
      );
      if (kind === 'fs') {
        // The content is on disk, in place under its id; the row holds none.
        assert.equal(Number(row!.stored), 0);
        const [onDisk] = (await listing()).filter((p) => p.endsWith(res.body.id));
        assert.ok(onDisk, 'the content file is in the directory');
        assert.deepEqual(new Uint8Array(await readFile(onDisk)), bytes);
      } else assert.equal(Number(row!.stored), bytes.length);
    });

    test('a PNG without a declared type is recognised by its extension and content', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      const res = await upload(tokens.person, png, 'photo.png', '');
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.contentType, 'image/png');
    });

    test('a disallowed type is 415, and so is an .exe renamed to .pdf', async () => {
      const typed = await upload(tokens.person, exe(), 'setup.exe', 'application/x-msdownload');
      assertError(typed, 415, 'UNSUPPORTED_MEDIA_TYPE');
      assert.match(typed.body.error.message, /PDF/);
      assertError(await upload(tokens.person, exe(), '身份证.pdf', 'application/pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    test('a file above the upload limit is 413', async () => {
      const big = new Uint8Array(MAX_UPLOAD + 1024);
      big.set(pdf());
      assertError(await upload(tokens.person, big, 'big.pdf', 'application/pdf'), 413, 'PAYLOAD_TOO_LARGE');
    });

    test('a body without Content-Length is cut off at the limit while streaming: 413, and nothing stays behind', async () => {
      const rows = await fileCount();
      const before = await listing();
      const boundary = 'yiwang-test-boundary';
      const encoder = new TextEncoder();
      const chunk = new Uint8Array(16 * 1024);
      chunk.set(pdf());
      let sent = 0;
      // Sent as a chunked stream, so only counting the bytes as they arrive can stop it.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            encoder.encode(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
            ),
          );
        },
        pull(controller) {
          if (sent >= MAX_UPLOAD * 4) {
            controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
            controller.close();
            return;
          }
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const res = await fetch(`${testApi.server.apiUrl}/files`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens.person}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        body,
        duplex: 'half',
      } as RequestInit);
      assert.equal(res.status, 413);
      assert.equal((await res.json()).error.code, 'PAYLOAD_TOO_LARGE');
      assert.equal(await fileCount(), rows);
      assert.deepEqual(await listing(), before);
    });

    test('a multipart body without a file part is 400 and leaves nothing behind', async () => {
      const form = new FormData();
      form.append('note', 'no file here');
      const res = await fetch(`${testApi.server.apiUrl}/files`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens.person}` },
        body: form,
      });
      assert.equal(res.status, 400);
      const refused = await upload(tokens.person, exe(), 'setup.exe', 'application/x-msdownload');
      assertError(refused, 415, 'UNSUPPORTED_MEDIA_TYPE');
      assert.equal((await listing()).filter((p) => p.includes('.tmp')).length, 0);
    });

    test("another user's file is 404 everywhere", async () => {
      const id = await uploadPdf(tokens.person);
      assertError(await api('GET', `/files/${id}`, { token: tokens.enterprise }), 404, 'NOT_FOUND');
      assertError(await api('GET', `/files/${id}/content`, { token: tokens.enterprise }), 404, 'NOT_FOUND');
      assertError(await api('DELETE', `/files/${id}`, { token: tokens.enterprise }), 404, 'NOT_FOUND');
      assert.equal((await api('GET', `/files/${id}`, { token: tokens.person })).status, 200);
    });

    test('a file of no application can be deleted; one attached to an application cannot', async () => {
      const loose = await uploadPdf(tokens.person);
      assert.equal((await api('DELETE', `/files/${loose}`, { token: tokens.person })).status, 204);
      assertError(await api('GET', `/files/${loose}`, { token: tokens.person }), 404, 'NOT_FOUND');
      assert.equal((await listing()).filter((p) => p.endsWith(loose)).length, 0, 'its content is gone too');
      const { fileId } = await submit();
      assertError(await api('DELETE', `/files/${fileId}`, { token: tokens.person }), 409, 'CONFLICT');
    });
  });
}
