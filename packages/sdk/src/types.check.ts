// Compile-time checks of the derived method types (`npm run typecheck` runs them;
// nothing here executes). Each @ts-expect-error must stay an error.
import { createClient } from './index.ts';
import type {
  CatalogImportResult,
  DocumentVerification,
  ItemDetail,
  ItemSearchResult,
  Progress,
  StaffCase,
  StaffCasePage,
  StaffEntry,
  WebhookSubscriptionCreated,
} from '@yiwang/contract';

export async function typeChecks(): Promise<void> {
  const client = createClient({ baseUrl: '/api/v1' });
  const result: ItemSearchResult = await client.items.search({ q: '营业执照', audience: 'enterprise', page: 2 });
  await client.items.search();
  const item: ItemDetail = await client.items.get('scjg-001');
  await client.items.suggest('yyzz', { limit: 5 });
  await client.divisions.children();
  await client.divisions.children('410700');
  await client.applications.create(
    { itemId: 'a', formId: 'f', data: {}, materials: [], channel: 'online', delivery: { method: 'pickup' } },
    { idempotencyKey: 'k' },
  );
  const progress: Progress = await client.applications.progress('YW2026112800001', { queryCode: 'ABC123' });
  await client.files.upload(new Blob(['x']), { onProgress: (p) => p.percent });
  const imported: CatalogImportResult = await client.admin.importCatalog(new Blob(['[]']), {
    dryRun: true,
    mapping: { 办件类别: 'type' },
  });
  const gone: void = await client.drafts.delete('form-1');
  const queue: StaffCasePage = await client.staff.cases({ status: 'prereview', overdue: true });
  const staffCase: StaffCase = await client.staff.get('YW2026112800001');
  await client.staff.accept('YW2026112800001', {}, { idempotencyKey: 'k' });
  await client.staff.reject('YW2026112800001', { reason: '材料不齐全' });
  await client.staff.supplement('YW2026112800001', { reason: '材料不清晰', materials: [{ materialId: 'premises', note: '请重新上传' }] });
  await client.staff.openTracks('YW2026112800001', { departments: ['gaj'] });
  await client.staff.decideTrack('YW2026112800001', 'gaj', { outcome: 'approved' });
  await client.staff.decide('YW2026112800001', { outcome: 'denied', reason: '不符合条件' });
  await client.staff.certify('YW2026112800001', { validUntil: '2031-12-31' });
  await client.staff.dispatch('YW2026112800001', {});
  await client.staff.complete('YW2026112800001', {});
  const entry: StaffEntry = await client.admin.staffPut({
    idNumber: '11010519491231002X',
    name: '王敏',
    department: 'scjg',
    roles: ['intake'],
  });
  await client.admin.staffDelete(entry.id);
  await client.admin.caseViews({ number: 'YW2026112800001' });
  const file: Blob = await client.applications.result('YW2026112800001');
  const verified: DocumentVerification = await client.documents.verify('YWD2026112800001');
  const checked: DocumentVerification = await client.documents.check(file);
  const revoked: DocumentVerification = await client.documents.revoke('YWD2026112800001', { reason: '证照信息有误' });

  // @ts-expect-error the id is required
  await client.items.get();
  // @ts-expect-error audience is an enum
  await client.items.search({ audience: 'alien' });
  // @ts-expect-error a search takes no idempotency key
  await client.items.search({ idempotencyKey: 'x' });
  // @ts-expect-error the body is required
  await client.applications.create();
  // @ts-expect-error an import's options are named, not free-form
  await client.admin.importCatalog(new Blob(['[]']), { dryRun: 'yes' });
  // @ts-expect-error a revocation needs the reason
  await client.documents.revoke('YWD2026112800001', {});
  // @ts-expect-error 不予受理 needs the reason
  await client.staff.reject('YW2026112800001', {});
  // @ts-expect-error roles are the contract's StaffRole
  await client.admin.staffPut({ idNumber: 'x', name: 'x', department: 'scjg', roles: ['boss'] });
  // @ts-expect-error no such endpoint
  await client.items.remove('x');
  const subscription: WebhookSubscriptionCreated = await client.notifications.createWebhook({ url: 'https://example.org/hooks' });
  await client.notifications.replayWebhook(subscription.id, { fromSequence: 1 });
  // @ts-expect-error a replay names a delivery or a sequence number
  await client.notifications.replayWebhook(subscription.id, {});
  void [result, item, progress, gone, file, imported, queue, staffCase, verified, checked, revoked, subscription];
}
