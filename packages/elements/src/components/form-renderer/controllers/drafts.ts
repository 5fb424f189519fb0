// Never lose data: the entered values are saved (debounced) on the device and,
// when the applicant is signed in, to the drafts endpoint with the version the
// page started from (a newer save elsewhere answers 409, and the applicant
// chooses which copy to keep). Reopening the form offers the newest draft;
// nothing is saved over a draft the applicant has not answered that offer for.
import type { Client } from '@yiwang/sdk';
import type { Values } from '../model.ts';
import { DeviceRecord } from './storage.ts';

export type DraftStatus = 'idle' | 'pending' | 'saved' | 'device' | 'failed' | 'conflict';

/** What a draft restores. */
export interface DraftSnapshot {
  data: Values;
  /** The wizard step the applicant was on. */
  step: number;
}

export interface DraftOffer extends DraftSnapshot {
  source: 'device' | 'server';
  savedAt: string;
  /** The form version the draft was entered on, when known. */
  formVersion?: number;
}

interface DeviceDraft extends DraftSnapshot {
  v: 1;
  formVersion: number;
  savedAt: string;
}

export interface DraftOptions {
  formId: string;
  formVersion: number;
  /**
   * The top-level fields of the form in force, name → label. A draft of an earlier version is
   * carried over: the answers whose fields still exist are kept, the others dropped (and the
   * banner says which are kept and how many are not).
   */
  fieldLabels: ReadonlyMap<string, string>;
  snapshot(): DraftSnapshot;
  apply(snapshot: DraftSnapshot): void;
  /** Whether a device copy may be kept (the applicant has not opted out). */
  deviceAllowed(): boolean;
  /** Something to show changed. */
  changed(): void;
}

/** Debounce of the device copy and of the server save, in ms. */
export const DEVICE_DELAY = 400;
export const SERVER_DELAY = 1500;

/** Whether a draft holds anything the applicant entered (not only empty entries, choices left blank). */
function hasData(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || value === true) return true;
  if (Array.isArray(value)) return value.some(hasData);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasData);
  return false;
}
const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status;

export class Drafts {
  status: DraftStatus = 'idle';
  /** When the last save (device or server) finished. */
  savedAt: Date | null = null;
  /** A draft found on opening, until the applicant restores or discards it. */
  offer: DraftOffer | null = null;
  /** The drafts have been looked for (the offer, if any, is known). */
  opened = false;

  private readonly options: DraftOptions;
  private client: Client | null = null;
  private device: DeviceRecord<DeviceDraft> | null = null;
  /** Saving starts once the offer (if any) is answered. */
  private ready = false;
  private closed = false;
  private version: number | undefined;
  private deviceTimer: ReturnType<typeof setTimeout> | undefined;
  private serverTimer: ReturnType<typeof setTimeout> | undefined;
  private serverQueue: Promise<void> = Promise.resolve();

  constructor(options: DraftOptions) {
    this.options = options;
  }

  /** Looks for drafts of `user` (null: not signed in; only the device copy then). */
  async open(user: string | null, client: Client | null): Promise<void> {
    this.device = new DeviceRecord('draft', this.options.formId, user ?? 'anonymous');
    const local = this.options.deviceAllowed() ? this.device.read() : null;
    let server: { data: Values; version: number; updatedAt: string; formVersion?: number } | null = null;
    if (user && client) {
      try {
        // The list, not GET /drafts/{formId}: no draft yet is the usual case, and
        // its 404 would be logged by the browser as an error on every new form.
        const mine = await client.drafts.list();
        server = mine.items.find((draft) => draft.formId === this.options.formId) ?? null;
        this.client = client;
      } catch {
        // The server copy is unknown: saving over it unseen could lose it.
      }
    }
    if (this.closed) return;
    this.version = server?.version;
    const candidates: DraftOffer[] = [];
    if (server && hasData(server.data))
      candidates.push({
        source: 'server',
        data: server.data,
        step: 0,
        savedAt: server.updatedAt,
        ...(server.formVersion !== undefined ? { formVersion: server.formVersion } : {}),
      });
    if (local && hasData(local.data))
      candidates.push({ source: 'device', data: local.data, step: local.step, savedAt: local.savedAt, formVersion: local.formVersion });
    candidates.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    this.offer = candidates[0] ?? null;
    if (this.offer?.source === 'server' && local?.step !== undefined) this.offer.step = local.step;
    this.ready = !this.offer;
    this.opened = true;
    this.options.changed();
  }

  /** Whether a draft was entered on an earlier version of the form than the one in force. */
  olderVersion(offer: DraftOffer | null = this.offer): boolean {
    return offer?.formVersion !== undefined && offer.formVersion < this.options.formVersion;
  }

  /** The version of the form in force. */
  get formVersion(): number {
    return this.options.formVersion;
  }

  /**
   * What restoring a draft of an earlier version carries over: the labels of the
   * answered fields the form in force still has, and how many answers it drops.
   */
  carriedOver(offer: DraftOffer | null = this.offer): { kept: string[]; dropped: number } {
    const kept: string[] = [];
    let dropped = 0;
    for (const [name, value] of Object.entries(offer?.data ?? {})) {
      if (name.startsWith('$') || !hasData(value)) continue;
      const label = this.options.fieldLabels.get(name);
      if (label === undefined) dropped++;
      else kept.push(label);
    }
    return { kept, dropped };
  }

  /** Restores the offered draft and goes on saving. */
  restore(): void {
    const offer = this.offer;
    if (!offer) return;
    this.offer = null;
    this.ready = true;
    const older = this.olderVersion(offer);
    // Answers of fields the newer version no longer has are dropped; the wizard starts at the first step.
    const data = older
      ? Object.fromEntries(Object.entries(offer.data).filter(([name]) => name.startsWith('$') || this.options.fieldLabels.has(name)))
      : offer.data;
    this.options.apply({ data, step: older ? 0 : offer.step });
    this.schedule();
  }

  /** Drops the offered draft (device and server) and starts afresh. */
  async discard(): Promise<void> {
    this.offer = null;
    this.ready = true;
    this.device?.remove();
    if (this.client && this.version !== undefined) {
      this.version = undefined;
      await this.client.drafts.delete(this.options.formId).catch(() => undefined);
    }
    this.options.changed();
  }

  /** Something was entered: save soon. */
  schedule(): void {
    if (!this.ready || this.closed) return;
    clearTimeout(this.deviceTimer);
    this.deviceTimer = setTimeout(() => this.saveDevice(), DEVICE_DELAY);
    if (this.client && this.status !== 'conflict') {
      clearTimeout(this.serverTimer);
      this.serverTimer = setTimeout(() => void this.saveServer(), SERVER_DELAY);
    }
    if (this.status !== 'conflict' && this.status !== 'pending') {
      this.status = 'pending';
      this.options.changed();
    }
  }

  /** Saves now (leaving a step, the page hiding). */
  async flush(): Promise<void> {
    if (!this.ready || this.closed) return;
    clearTimeout(this.deviceTimer);
    this.saveDevice();
    if (this.client && this.status !== 'conflict') {
      clearTimeout(this.serverTimer);
      await this.saveServer();
    }
  }

  /** The device copy follows the applicant's choice at once. */
  deviceChoiceChanged(): void {
    if (this.options.deviceAllowed()) this.saveDevice();
    else this.device?.remove();
  }

  /** After a 409: keep the copy saved elsewhere (loaded into the form). */
  async keepTheirs(): Promise<void> {
    if (!this.client) return;
    try {
      const draft = await this.client.drafts.get(this.options.formId);
      this.version = draft.version;
      this.options.apply({ data: draft.data, step: this.options.snapshot().step });
      this.status = 'saved';
      this.savedAt = new Date(draft.updatedAt);
      this.saveDevice();
    } catch (error) {
      // The other copy is gone (submitted or discarded): this page's copy is the only one.
      if (statusOf(error) !== 404) throw error;
      this.version = undefined;
      this.status = 'pending';
      await this.saveServer();
    }
    this.options.changed();
  }

  /** After a 409: save this page's values over the other copy. */
  async keepMine(): Promise<void> {
    this.version = undefined;
    this.status = 'pending';
    await this.saveServer(true);
  }

  /** After a successful submission: no copies remain (the server drops its own). */
  clear(): void {
    this.close();
    this.device?.remove();
  }

  /** Stops saving (the element left the page or loaded another form). */
  close(): void {
    this.closed = true;
    clearTimeout(this.deviceTimer);
    clearTimeout(this.serverTimer);
  }

  private saveDevice(): void {
    if (!this.device || this.closed) return;
    if (!this.options.deviceAllowed()) {
      this.device.remove();
      return;
    }
    const { data, step } = this.options.snapshot();
    const savedAt = new Date();
    if (this.device.write({ v: 1, formVersion: this.options.formVersion, savedAt: savedAt.toISOString(), step, data }) && !this.client) {
      this.status = 'device';
      this.savedAt = savedAt;
      this.options.changed();
    }
  }

  private saveServer(overwrite = false): Promise<void> {
    // One save at a time, each based on the version the previous one returned.
    this.serverQueue = this.serverQueue.then(async () => {
      const client = this.client;
      if (!client || this.closed || (this.status === 'conflict' && !overwrite)) return;
      const { data } = this.options.snapshot();
      try {
        const saved = await client.drafts.save(this.options.formId, {
          data,
          formVersion: this.options.formVersion,
          ...(this.version !== undefined ? { baseVersion: this.version } : {}),
        });
        this.version = saved.version;
        this.status = 'saved';
        this.savedAt = new Date(saved.updatedAt);
      } catch (error) {
        this.status = statusOf(error) === 409 ? 'conflict' : 'failed';
      }
      this.options.changed();
    });
    return this.serverQueue;
  }
}
