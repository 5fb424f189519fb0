// The files endpoints over real HTTP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { exe, pdf } from '@yiwang/test/fixtures/applications';

const MAX_UPLOAD = 64 * 1024;
const testApi = useServerApi({ maxUploadBytes: MAX_UPLOAD });
const { api, upload, uploadPdf, submit, tokens } = testApi;

describe('files', () => {
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
    assert.deepEqual(new Uint8Array(await content.arrayBuffer()), bytes);
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
    const { fileId } = await submit();
    assertError(await api('DELETE', `/files/${fileId}`, { token: tokens.person }), 409, 'CONFLICT');
  });
});
