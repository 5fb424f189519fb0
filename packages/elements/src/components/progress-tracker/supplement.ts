// 补正: the department asked for materials again. The owner answers right
// here — a file upload per material (with progress) or, where the guide accepts
// one, an e-license — and the tracker shows the answer's new state. Anyone else
// (a query by number and code) sees what is asked and by when.
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '@yiwang/contract';
import type { License, LicenseType, MaterialProvision, Progress, SupplementRequest } from '@yiwang/contract';
import { TrackerPanel } from './panel.ts';
import type { MaterialEntry, SupplementActions, SupplementState } from './views/supplement.ts';
import type { TrackerHost } from './tracker-host.ts';

/** E-licenses the applicant may use, by material id. */
type LicenseOptions = Map<string, License[]>;

const EXTENSIONS = /\.(pdf|jpe?g|png|ofd)$/i;

/** Whether the reference server takes the file (its type, or its extension: browsers give OFD no type). */
const acceptable = (file: File) => (ALLOWED_FILE_TYPES as readonly string[]).includes(file.type) || EXTENSIONS.test(file.name);

export class SupplementController extends TrackerPanel implements SupplementActions {
  /** The supplement request the entries below answer. */
  private requestId = '';
  private entries = new Map<string, MaterialEntry>();
  private note = '';
  private licenses: { number: string; options: LicenseOptions } | null = null;
  private loadingFor = '';
  private error = '';
  /** The request answered in this session (a confirmation stays on screen). */
  private sentFor = '';

  /** Before the render that shows the owner an open request: the e-licenses they may use start loading (busy in that render). */
  hostUpdate(): void {
    const p = this.host.progress;
    if (p && this.isOpen(p) && this.isOwner(p) && this.licenses?.number !== p.number && this.loadingFor !== p.number)
      void this.loadLicenses(p);
  }

  /** What the panel shows for `p` (null: nothing). A new request starts its answers afresh. */
  state(p: Progress): SupplementState | null {
    const s = p.supplement;
    // Answered in this session: a confirmation stays on screen instead of the form.
    const sent = !!s && this.sentFor === s.id && !!s.respondedAt;
    if (!s || (!sent && !this.isOpen(p))) return null;
    if (!sent) this.sync(s);
    return {
      number: p.number,
      request: s,
      sent,
      owner: this.isOwner(p),
      materials: sent
        ? []
        : s.materials.map((material) => ({
            material,
            entry: this.entry(material.materialId),
            licenses: this.licenses?.options.get(material.materialId) ?? [],
          })),
      note: this.note,
      error: this.error,
      busy: this.action.busy,
      uploading: this.uploading(),
    };
  }

  /** An unanswered request of an application waiting for it. */
  private isOpen(p: Progress): boolean {
    return p.status === 'supplement_requested' && !!p.supplement && !p.supplement.respondedAt;
  }

  /** Only the owner may withdraw an application waiting for a supplement, so this tells the owner's view. */
  private isOwner(p: Progress): boolean {
    return p.canWithdraw;
  }

  private sync(s: SupplementRequest): void {
    if (this.requestId === s.id) return;
    this.requestId = s.id;
    this.entries = new Map(s.materials.map((m) => [m.materialId, { files: [], licenseId: '', uploading: null, error: '' }]));
    this.note = '';
    this.error = '';
  }

  private entry(materialId: string): MaterialEntry {
    let entry = this.entries.get(materialId);
    if (!entry) this.entries.set(materialId, (entry = { files: [], licenseId: '', uploading: null, error: '' }));
    return entry;
  }

  /** A file is being uploaded. */
  private uploading(): boolean {
    return [...this.entries.values()].some((e) => e.uploading);
  }

  onNote(note: string): void {
    this.note = note;
  }

  onLicense(materialId: string, licenseId: string): void {
    const entry = this.entry(materialId);
    entry.licenseId = licenseId;
    entry.error = '';
    this.host.requestUpdate();
  }

  onRemove(materialId: string, fileId: string): void {
    const entry = this.entry(materialId);
    entry.files = entry.files.filter((f) => f.id !== fileId);
    this.focusSelector = `[data-material="${materialId}"] input[type="file"]`;
    this.host.requestUpdate();
  }

  /** E-licenses of the owner that the guide accepts for each requested material. */
  private async loadLicenses(p: Progress): Promise<void> {
    const client = this.host.client;
    const s = p.supplement;
    if (!client || !s) return;
    this.loadingFor = p.number;
    const options: LicenseOptions = new Map();
    // A failure is reported; without the list the applicant can still upload files.
    const outcome = await this.host.exclusive(async (signal) => {
      const list = await client.licenses.list({ signal });
      const item = await client.items.get(p.itemId, { signal });
      return { licenses: list.items, types: new Map<string, LicenseType | null>(item.guide.materials.map((m) => [m.id, m.licenseType])) };
    }, 'licenses.list');
    if (outcome.status === 'done') {
      const { licenses, types } = outcome.value;
      for (const m of s.materials) {
        const type = types.get(m.materialId);
        const fitting = type ? licenses.filter((l) => l.type === type && l.status === 'valid') : [];
        if (fitting.length > 0) options.set(m.materialId, fitting);
      }
    }
    this.loadingFor = '';
    this.licenses = { number: p.number, options };
    this.host.requestUpdate();
  }

  /** Uploads the files chosen for a material, one after the other. */
  async onFiles(materialId: string, input: HTMLInputElement): Promise<void> {
    const client = this.host.client;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again uploads it again.
    input.value = '';
    const entry = this.entry(materialId);
    entry.error = '';
    if (!client) return;
    const localize = this.localize;
    for (const file of files) {
      if (!acceptable(file)) {
        entry.error = localize.t('progressTracker.supplement.badType', file.name);
        continue;
      }
      if (file.size > MAX_FILE_BYTES) {
        entry.error = localize.t('progressTracker.supplement.tooLarge', file.name);
        continue;
      }
      entry.uploading = { name: file.name, percent: 0 };
      this.host.requestUpdate();
      const outcome = await this.host.exclusive(
        (signal) =>
          client.files.upload(file, {
            signal,
            fileName: file.name,
            onProgress: ({ percent }) => {
              if (entry.uploading) entry.uploading.percent = percent;
              this.host.requestUpdate();
            },
          }),
        'files.upload',
      );
      entry.uploading = null;
      this.host.requestUpdate();
      if (outcome.status === 'done') {
        entry.files = [...entry.files, outcome.value];
        this.host.announce(`✓ ${outcome.value.name}`);
      } else if (outcome.status === 'failed') entry.error = outcome.description.message;
      else return;
    }
    this.host.requestUpdate();
  }

  async onSubmit(event: Event, number: string, s: SupplementRequest): Promise<void> {
    event.preventDefault();
    const client = this.host.client;
    if (!client || this.action.busy || this.uploading()) return;
    const localize = this.localize;
    const materials: MaterialProvision[] = [];
    let firstMissing = '';
    for (const m of s.materials) {
      const entry = this.entry(m.materialId);
      if (entry.licenseId) materials.push({ materialId: m.materialId, licenseId: entry.licenseId });
      else if (entry.files.length > 0) materials.push({ materialId: m.materialId, fileIds: entry.files.map((f) => f.id) });
      else {
        entry.error = localize.t('progressTracker.supplement.missing', m.name);
        firstMissing ||= m.materialId;
      }
    }
    this.error = '';
    if (firstMissing) {
      this.focusSelector = `[data-material="${firstMissing}"] input[type="file"], [data-material="${firstMissing}"] select`;
      this.host.requestUpdate();
      return;
    }
    const note = this.note.trim();
    let schemas: Awaited<ReturnType<TrackerHost['bodySchemas']>>;
    try {
      schemas = await this.host.bodySchemas();
    } catch {
      this.error = localize.t('error.network');
      this.host.requestUpdate();
      return;
    }
    const body = schemas.SupplementResponse.safeParse({ supplementId: s.id, materials, ...(note ? { note } : {}) });
    if (!body.success) {
      this.error = localize.t('error.validation');
      this.host.requestUpdate();
      return;
    }
    const run = (signal: AbortSignal) => client.applications.supplement(number, body.data, { signal });
    const outcome = await this.action.run(() =>
      this.host.act('applications.supplement', run, localize.t('progressTracker.supplement.sent'), () => (this.sentFor = s.id)),
    );
    if (outcome.status === 'done') this.error = outcome.value.error;
    this.host.requestUpdate();
  }
}
