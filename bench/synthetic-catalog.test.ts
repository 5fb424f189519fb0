import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Department, ItemDetail } from '@yiwang/contract';
import { generateCatalog, loadRealCatalog, mulberry32 } from './synthetic-catalog.ts';

test('mulberry32 is deterministic and in [0, 1)', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  for (let i = 0; i < 1000; i++) {
    const x = a();
    assert.equal(x, b());
    assert.ok(x >= 0 && x < 1);
  }
});

test('same seed, same catalog; another seed, another catalog', () => {
  const one = generateCatalog(2000, 7);
  const two = generateCatalog(2000, 7);
  assert.deepEqual(JSON.parse(JSON.stringify(one)), JSON.parse(JSON.stringify(two)));
  const other = generateCatalog(2000, 8);
  assert.notDeepEqual(
    one.items.map((i) => i.name),
    other.items.map((i) => i.name),
  );
});

test('the first pass uses the real names verbatim', () => {
  const real = new Set(loadRealCatalog().map((e) => e.name.trim()));
  const { items } = generateCatalog(500, 3);
  const verbatim = items.filter((i) => real.has(i.name)).length;
  assert.ok(verbatim >= 450, `only ${verbatim} of 500 names are real names`);
});

test('300,000 items: distinct ids, mostly distinct names, ~40 departments, valid spot checks', () => {
  const started = performance.now();
  const { departments, items } = generateCatalog(300_000, 1);
  const ms = performance.now() - started;
  // Reported, not asserted: timing belongs to benchmarks (see DESIGN.md), the budget is "well under a minute".
  console.log(`# generated 300,000 items in ${ms.toFixed(0)} ms`);

  assert.equal(items.length, 300_000);
  assert.ok(departments.length >= 38 && departments.length <= 45, `${departments.length} departments`);
  for (const d of departments) assert.ok(Department.safeParse(d).success, `department ${d.id}`);

  const ids = new Set<string>();
  const names = new Set<string>();
  const deptIds = new Set(departments.map((d) => d.id));
  const counts = new Map<string, number>();
  let zeroVisit = 0;
  for (const item of items) {
    ids.add(item.id);
    names.add(item.name);
    assert.ok(deptIds.has(item.departmentId), `${item.id}: unknown department ${item.departmentId}`);
    counts.set(item.departmentId, (counts.get(item.departmentId) ?? 0) + 1);
    if (item.visitsRequired === 0) zeroVisit++;
    assert.ok(item.promisedLimitDays <= item.legalLimitDays, `${item.id} promised > legal`);
  }
  assert.equal(ids.size, items.length, 'ids are unique');
  assert.ok(names.size / items.length > 0.99, `only ${names.size} distinct names`);
  assert.ok(zeroVisit / items.length >= 0.9, `zero-visit ratio ${zeroVisit / items.length}`);
  for (const d of departments) assert.equal(d.itemCount, counts.get(d.id) ?? 0, `${d.id} itemCount`);
  assert.ok(departments.filter((d) => d.itemCount > 0).length >= 38, 'items are spread over the departments');

  // Spot-check 100 items spread over the whole range against the contract.
  const rand = mulberry32(2026);
  for (let k = 0; k < 100; k++) {
    const item = items[Math.floor(rand() * items.length)]!;
    const r = ItemDetail.safeParse(item);
    assert.ok(r.success, `${item.id}: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))}`);
    assert.ok(item.guide.materials.length >= 2 && item.guide.materials.length <= 3, `${item.id} materials`);
  }
});

test('shared parts are frozen so one item cannot change another', () => {
  const { items } = generateCatalog(100, 1);
  const item = items[0]!;
  assert.ok(Object.isFrozen(item.guide.steps));
  assert.ok(Object.isFrozen(item.guide.places));
  assert.throws(() => (item.guide.places as unknown as unknown[]).push({}));
});
