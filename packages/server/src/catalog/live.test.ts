// The swappable catalog: a reload builds the new index completely before it is
// swapped in, so requests during a reload answer from the old one; reloads
// coalesce; a failed reload keeps the old catalog. The reload in flight is held
// open deterministically (its row loading waits on a gate), never timed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ItemSearchResult } from '@yiwang/contract';
import type { CatalogVersion } from '@yiwang/contract';
import { createTestApp } from '@yiwang/test/helpers/test-server';
import { serveApp } from '@yiwang/test/helpers/serve';
import { createPgliteDb } from '../db/pglite.ts';
import type { Db } from '../db/db.ts';
import { createCatalog } from './catalog.ts';
import type { Catalog } from './catalog.ts';
import { importCatalog, importedItemId } from './import/import.ts';
import { createLiveCatalog } from './live.ts';
import type { LiveCatalogLog } from './live.ts';

/** A promise with its resolve, for holding a step open until the test lets it go. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const version = (n: number): CatalogVersion => ({ version: n, batch: null, publishedAt: '2026-12-01T00:00:00.000Z' });
const emptyCatalog = (n: number | null): Catalog => createCatalog([], [], [], undefined, n === null ? null : version(n));

function recordingLog() {
  const errors: string[] = [];
  const log: LiveCatalogLog = { info: () => undefined, error: (message) => errors.push(message) };
  return { errors, log };
}

describe('createLiveCatalog', () => {
  test('coalesces: one reload runs, one waits, and every call while one waits shares it', async () => {
    const loads: Array<ReturnType<typeof gate>> = [];
    let next = 1;
    const live = createLiveCatalog(
      emptyCatalog(null),
      async () => {
        const g = gate();
        loads.push(g);
        await g.opened;
        return emptyCatalog(next++);
      },
      recordingLog().log,
    );
    const first = live.reload();
    const second = live.reload();
    const third = live.reload();
    assert.equal(second, third, 'calls made while one waits share the waiting reload');
    assert.equal(loads.length, 1, 'the second waits for the first');
    loads[0]!.open();
    assert.equal(await first, true);
    assert.equal(live.current.version?.version, 1);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(loads.length, 2, 'the waiting one starts when the running one is done');
    const fourth = live.reload();
    assert.notEqual(fourth, second, 'a call while the second runs queues a new one');
    loads[1]!.open();
    assert.equal(await second, true);
    assert.equal(live.current.version?.version, 2);
    await new Promise((resolve) => setImmediate(resolve));
    loads[2]!.open();
    assert.equal(await fourth, true);
    assert.equal(loads.length, 3, 'four calls, three loads');
  });

  test('a reload for a version already in force is skipped', async () => {
    let loads = 0;
    const live = createLiveCatalog(emptyCatalog(4), async () => emptyCatalog(4 + ++loads), recordingLog().log);
    assert.equal(await live.reload({ atLeastVersion: 4 }), false);
    assert.equal(loads, 0);
    assert.equal(await live.reload({ atLeastVersion: 5 }), true);
    assert.equal(live.current.version?.version, 5);
    assert.equal(await live.reload(), true, 'without a version it always reads again');
    assert.equal(loads, 2);
  });

  test('a failed reload keeps the old catalog and logs', async () => {
    const { errors, log } = recordingLog();
    const old = emptyCatalog(3);
    let fail = true;
    const live = createLiveCatalog(
      old,
      async () => {
        if (fail) throw new Error('connection refused');
        return emptyCatalog(4);
      },
      log,
    );
    assert.equal(await live.reload(), false);
    assert.equal(live.current, old);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /reload failed; still serving version 3/);
    fail = false;
    assert.equal(await live.reload(), true, 'the next reload works again');
    assert.equal(live.current.version?.version, 4);
  });
});

describe('a server reloading its catalog on PGlite', () => {
  let raw: Db;
  let hold: { entered: () => void; released: Promise<void> } | null = null;
  let failNext = false;
  let origin: string;
  let services: Awaited<ReturnType<typeof createTestApp>>['services'];
  let closeHttp: () => Promise<void>;

  before(async () => {
    raw = await createPgliteDb();
    // The server's database, whose next transaction (a reload's row loading) the test can hold open or fail.
    const db: Db = {
      ...raw,
      async transaction(fn) {
        if (failNext) {
          failNext = false;
          throw new Error('the database went away');
        }
        const held = hold;
        hold = null;
        if (held) {
          held.entered();
          await held.released;
        }
        return raw.transaction(fn);
      },
    };
    const app = await createTestApp({}, { db });
    services = app.services;
    ({ origin, close: closeHttp } = await serveApp(app.app.fetch));
  });
  after(async () => {
    await closeHttp?.();
    await raw?.close();
  });

  const search = async (q: string) => {
    const res = await fetch(`${origin}/api/v1/items?q=${encodeURIComponent(q)}`);
    return ItemSearchResult.parse(await res.json());
  };
  const CODE = '511A0116477001-511602000000-000-11511300008778693M-1-00';

  test('an import NOTIFYs the server; searches during the reload answer from the old index, then from the new one', async () => {
    const before = services.catalog;
    const entered = gate();
    const released = gate();
    hold = { entered: entered.open, released: released.opened };

    // Imported on the raw database: the import's own transaction is not held, the reload its NOTIFY starts is.
    const result = await importCatalog(raw, [{ name: '古树名木迁移审批', code: CODE, department: '区林业局', type: 'licensing' }]);
    assert.ok(result.version);
    await entered.opened; // the reload is loading rows now

    assert.equal((await search('古树名木迁移审批')).total, 0, 'the old index answers during the reload');
    assert.equal((await fetch(`${origin}/api/v1/items/${importedItemId(CODE)}`)).status, 404);
    assert.equal(services.catalog, before, 'nothing was swapped yet');

    released.open();
    // Resolves once the reload in flight (or one after it) has put this version in force.
    await services.catalogs.reload({ atLeastVersion: result.version });
    assert.equal(services.catalog.version?.version, result.version);
    assert.equal((await search('古树名木迁移审批')).items[0]?.item.code, CODE, 'the new index answers after the swap');
    assert.equal((await fetch(`${origin}/api/v1/items/${importedItemId(CODE)}`)).status, 200);
  });

  test('a reload that fails keeps serving the catalog in force', async () => {
    const before = services.catalog;
    failNext = true;
    // The test server logs reload failures with console.error.
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args[0]);
    try {
      assert.equal(await services.catalogs.reload(), false);
    } finally {
      console.error = original;
    }
    assert.equal(services.catalog, before);
    assert.ok(
      errors.some((e) => /reload failed/.test(String(e))),
      'the failure is logged',
    );
    assert.equal((await search('古树名木迁移审批')).items[0]?.item.code, CODE);
  });
});
