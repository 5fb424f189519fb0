// Submitting with an Idempotency-Key that is generated once and kept (on the
// device too, unless the applicant opted out) until the application is
// created: a double click, a retry after a timeout or a dropped connection,
// or a reload mid-submit replays the first creation instead of making a second
// application. If the applicant changed something after an attempt whose
// answer was lost, the server answers IDEMPOTENCY_MISMATCH; the attempt that
// did get through is then replayed to show its receipt.
import { newIdempotencyKey } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import type { ApplicationCreate, ApplicationReceipt } from '@yiwang/contract';
import { DeviceRecord } from './storage.ts';

interface Pending {
  key: string;
  /** Bodies sent with the key (JSON), oldest first. */
  bodies: string[];
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

export class Submission {
  private pending: Pending | null = null;
  private record: DeviceRecord<Pending> | null = null;
  private readonly deviceAllowed: () => boolean;

  constructor(deviceAllowed: () => boolean) {
    this.deviceAllowed = deviceAllowed;
  }

  /** Picks up a submission a reload interrupted. */
  open(formId: string, user: string | null): void {
    this.record = new DeviceRecord('submission', formId, user ?? 'anonymous');
    this.pending = this.deviceAllowed() ? this.record.read() : null;
  }

  /** The key the next attempt uses (for tests and support). */
  get key(): string | null {
    return this.pending?.key ?? null;
  }

  /**
   * Creates the application. Resolves with the receipt, and `earlier` when the
   * receipt is of an earlier attempt than `body`; rejects with the SDK's error.
   */
  async submit(client: Client, body: ApplicationCreate, signal?: AbortSignal): Promise<{ receipt: ApplicationReceipt; earlier: boolean }> {
    const json = JSON.stringify(body);
    this.pending ??= { key: newIdempotencyKey(), bodies: [] };
    const pending = this.pending;
    if (!pending.bodies.includes(json)) pending.bodies.push(json);
    this.save();
    try {
      const receipt = await client.applications.create(body, { idempotencyKey: pending.key, signal });
      this.done();
      return { receipt, earlier: false };
    } catch (error) {
      if (codeOf(error) !== 'IDEMPOTENCY_MISMATCH') throw error;
      // An earlier attempt with this key was created: replay it for its receipt.
      for (const earlier of pending.bodies.filter((b) => b !== json).reverse()) {
        try {
          const receipt = await client.applications.create(JSON.parse(earlier) as ApplicationCreate, {
            idempotencyKey: pending.key,
            signal,
          });
          this.done();
          return { receipt, earlier: true };
        } catch (again) {
          if (codeOf(again) !== 'IDEMPOTENCY_MISMATCH') throw again;
        }
      }
      throw error;
    }
  }

  /** The device copy follows the applicant's choice. */
  deviceChoiceChanged(): void {
    this.save();
  }

  private save(): void {
    if (!this.record) return;
    if (this.pending && this.deviceAllowed()) this.record.write(this.pending);
    else this.record.remove();
  }

  private done(): void {
    this.pending = null;
    this.record?.remove();
  }
}
