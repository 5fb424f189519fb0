// (1) Plain Node, no TypeScript, no conditions: the SDK against the server
// started from its bin, and the contract's validators.
import { createClient, ApiError } from '@yiwang/sdk';
import { ItemSearchResult, isValidIdCard, isValidUscc, maskIdCard } from '@yiwang/contract';
import openapi from '@yiwang/contract/openapi.json' with { type: 'json' };
import { createMockApi } from '@yiwang/mock';
import assert from 'node:assert/strict';

const [baseUrl] = process.argv.slice(2);
assert.equal(isValidIdCard('11010519491231002X'), true);
assert.equal(isValidIdCard('110105194912310021'), false);
assert.equal(isValidUscc('91350100M000100Y43'), true);
assert.equal(maskIdCard('11010519491231002X'), '1101**********002X');
assert.ok(openapi.paths['/departments'], 'openapi.json lists /departments');
assert.equal(typeof ItemSearchResult.parse, 'function');
assert.equal(typeof createMockApi, 'function');
assert.equal(typeof ApiError, 'function');

if (baseUrl) {
  const client = createClient({ baseUrl });
  const departments = await client.departments.list();
  assert.ok(departments.items.length > 0, 'the demo catalog has departments');
  console.log(`node: SDK listed ${departments.items.length} departments; validators and the mock import`);
} else {
  console.log('node: validators and the mock import');
}
