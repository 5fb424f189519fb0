import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanFileName, declaredType, sniffType } from './file-types.ts';

test('content is recognised by its magic bytes', () => {
  assert.equal(sniffType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14])), 'application/ofd');
  assert.equal(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
  assert.equal(sniffType(new TextEncoder().encode('\n\n%PDF-1.7\n')), 'application/pdf');
  assert.equal(sniffType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00])), null, 'a Windows executable');
  assert.equal(sniffType(new TextEncoder().encode('<html>%PDF')), null, 'no version after %PDF');
});

test('the declared type falls back to the extension only when the browser gave none', () => {
  assert.equal(declaredType('', '电子证照.OFD'), 'application/ofd');
  assert.equal(declaredType('application/octet-stream', 'scan.jpg'), 'image/jpeg');
  assert.equal(declaredType('image/jpg', 'scan.jpg'), 'image/jpeg');
  assert.equal(declaredType('application/x-msdownload', 'setup.pdf'), 'application/x-msdownload');
  assert.equal(declaredType('application/pdf; charset=binary', 'a'), 'application/pdf');
});

test('file names lose paths and control characters', () => {
  assert.equal(cleanFileName('C:\\Users\\张三\\身份证.pdf'), '身份证.pdf');
  assert.equal(cleanFileName('../../etc/passwd'), 'passwd');
  assert.equal(cleanFileName('a\u0000b\r\n.pdf'), 'ab.pdf');
  assert.equal(cleanFileName('   '), 'file');
});
