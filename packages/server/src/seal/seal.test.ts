// Sealed result documents over real HTTP: 制证 by the department's 制证 staff
// issues a PAdES-signed PDF (Chinese text in an embedded font subset, the
// visible seal) that the applicant downloads; an independent verifier
// (poppler's pdfsig) and POST /verify agree that it is valid and that one
// changed byte inside the signed range breaks it; GET /verify shows the
// document with the name masked; revocation by the department's staff.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentVerification, StaffCaseSummary } from '@yiwang/contract';
import { TEST_ADMIN_TOKEN } from '@yiwang/test/helpers/test-server';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { createDevelopmentKey } from './dev-keys.ts';
import { p12SealSigner } from './p12-signer.ts';
import { createResultSealer } from './sealer.ts';

const hasPdfsig = spawnSync('pdfsig', ['-v']).error === undefined;
const testApi = useServerApi();
const { api, tokens } = testApi;
const dir = mkdtempSync(join(tmpdir(), 'yiwang-seal-'));

let number = '';
let pdf = new Uint8Array();
let certifier = '';

async function check(bytes: Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), 'result.pdf');
  const res = await fetch(`${testApi.server.apiUrl}/verify`, { method: 'POST', headers: { 'X-Test-Client': 'seal-check' }, body: form });
  assert.equal(res.status, 200);
  return DocumentVerification.parse(await res.json());
}

/** pdfsig's report of a file (it exits non-zero when a signature does not verify). */
function pdfsig(bytes: Uint8Array, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const run = spawnSync('pdfsig', [path], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

describe('sealed result documents', () => {
  before(async () => {
    certifier = await testApi.signIn('demo-staff-certificate');
    ({ number } = await testApi.submit());
    await testApi.actAlong(number, 'decide');
    const started = performance.now();
    const res = await api('POST', `/staff/cases/${number}/certify`, { token: certifier, body: {} });
    console.log(`制证 with sealing took ${Math.round(performance.now() - started)} ms (first use: development key and font)`);
    assert.equal(StaffCaseSummary.parse(res.body).status, 'certifying');
    const download = await fetch(`${testApi.server.apiUrl}/applications/${number}/result`, {
      headers: { Authorization: `Bearer ${tokens.person}` },
    });
    assert.equal(download.status, 200);
    pdf = new Uint8Array(await download.arrayBuffer());
    console.log(`signed result PDF: ${pdf.length} bytes`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the download is the signed PDF, with the document number and its Chinese text extractable', () => {
    const text = Buffer.from(pdf).toString('latin1');
    assert.match(text, /\/SubFilter\s*\/ETSI\.CAdES\.detached/);
    assert.match(text, /\/FontFile3/);
    if (!hasPdfsig) return;
    const extracted = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    assert.match(extracted, /准予办理/);
    assert.match(extracted, new RegExp(`YWD${number.slice(2)}`));
  });

  test(
    'pdfsig (poppler) validates the signature; one changed byte inside the signed range fails it and POST /verify',
    { skip: hasPdfsig ? false : 'pdfsig (poppler-utils) is not installed' },
    async () => {
      const report = pdfsig(pdf, 'signed.pdf');
      // The development certificate is self-signed, so pdfsig reports it as not trusted
      // ("Certificate issuer isn't Trusted"); the signature itself is what must be valid.
      assert.match(report, /Signature Validation: Signature is Valid\./, report);
      assert.match(report, /ETSI\.CAdES\.detached/);
      // The signer is found from the CMS's issuer and serial: the Chinese name must round-trip byte for byte.
      assert.match(report, /Signer Certificate Common Name: 新乡经济技术开发区市场监督管理局（开发用电子印章）/);
      assert.equal((await check(pdf)).status, 'valid');

      // A byte of the page content (inside the first signed range, before the signature's /Contents).
      const tampered = pdf.slice();
      const at = Buffer.from(pdf).indexOf('stream') + 20;
      tampered[at] = tampered[at]! ^ 0x01;
      assert.match(pdfsig(tampered, 'tampered.pdf'), /Signature Validation: Digest Mismatch\./);
      const verdict = await check(tampered);
      assert.equal(verdict.status, 'tampered');
      assert.equal(verdict.document?.documentNumber, `YWD${number.slice(2)}`);
    },
  );

  test('a PDF with a known number that is not the issued one is tampered: re-signed with another key, or another document validly signed with the seal', async () => {
    const { services } = testApi.server;
    const documentNumber = `YWD${number.slice(2)}`;
    const department = { id: 'scjg', name: '新乡经济技术开发区市场监督管理局' };
    const content = {
      documentNumber,
      title: '准予设立登记通知书',
      department,
      lines: ['申请人：张*', '经审查，准予办理。'],
      issuedAt: new Date(),
    };
    // Signed with the department's own seal key (the signature verifies), but not the bytes issued under the number.
    const forged = await services.sealer!.seal(content);
    // The same content signed with a key that is not the department's.
    const otherSealer = createResultSealer({
      signer: p12SealSigner(async (d) => createDevelopmentKey(d)),
      font: services.config.seal.font,
      fontName: services.config.seal.fontName,
    });
    const resigned = await otherSealer.seal(content);
    if (hasPdfsig) {
      // The independent verifier still finds the issued PDF's and the forged PDF's signatures valid:
      // only the register's SHA-256 tells the forged one apart.
      assert.match(pdfsig(pdf, 'issued.pdf'), /Signature Validation: Signature is Valid\./);
      assert.match(pdfsig(forged, 'forged.pdf'), /Signature Validation: Signature is Valid\./);
    }
    const forgedVerdict = await check(forged);
    assert.equal(forgedVerdict.status, 'tampered');
    assert.equal(forgedVerdict.documentNumber, documentNumber);
    assert.match(forgedVerdict.reason ?? '', /不一致/);
    const resignedVerdict = await check(resigned);
    assert.equal(resignedVerdict.status, 'tampered');
    assert.match(resignedVerdict.reason ?? '', /签名不是该部门的电子印章所作/);
    assert.equal((await check(pdf)).status, 'valid');
  });

  test('GET /verify shows the document with the applicant masked; unknown numbers are unknown', async () => {
    const documentNumber = `YWD${number.slice(2)}`;
    const res = await api('GET', `/verify/${documentNumber}`);
    const verdict = DocumentVerification.parse(res.body);
    assert.equal(verdict.status, 'valid');
    assert.equal(verdict.document?.applicantName.endsWith('*'), true);
    assert.equal(verdict.document?.departmentId, 'scjg');
    assert.equal(DocumentVerification.parse((await api('GET', '/verify/YWD0000000000000')).body).status, 'unknown');
    assertError(await api('GET', '/verify/not-a-number'), 400, 'VALIDATION_FAILED');
  });

  test("revocation: the department's 制证 staff (not intake staff of another department) revoke with a reason; verification then says revoked", async () => {
    const documentNumber = `YWD${number.slice(2)}`;
    const other = await testApi.signIn('demo-staff-gaj');
    assertError(
      await api('POST', `/admin/documents/${documentNumber}/revoke`, { token: other, body: { reason: '错误' } }),
      403,
      'ROLE_REQUIRED',
    );
    const revoked = DocumentVerification.parse(
      (await api('POST', `/admin/documents/${documentNumber}/revoke`, { token: certifier, body: { reason: '证照信息有误，已重新核发' } }))
        .body,
    );
    assert.equal(revoked.status, 'revoked');
    assertError(
      await api('POST', `/admin/documents/${documentNumber}/revoke`, { token: TEST_ADMIN_TOKEN, body: { reason: '再次撤销' } }),
      409,
      'CONFLICT',
    );
    const shown = DocumentVerification.parse((await api('GET', `/verify/${documentNumber}`)).body);
    assert.equal(shown.status, 'revoked');
    assert.equal(shown.document?.revokedReason, '证照信息有误，已重新核发');
    assert.equal((await check(pdf)).status, 'revoked');
  });
});
