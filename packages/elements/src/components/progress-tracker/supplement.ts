// 补正: the department asked for materials again. The owner answers right
// here — a file upload per material (with progress) or, where the guide accepts
// one, an e-license — and the tracker shows the answer's new state. Anyone else
// (a query by number and code) sees what is asked and by when.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES, SupplementResponse } from '@yiwang/contract';
import type { FileMeta, License, LicenseType, MaterialProvision, Progress, SupplementRequest } from '@yiwang/contract';
import { TrackerPanel } from './panel.ts';
import { formatDay, formatSize } from './format.ts';

interface MaterialEntry {
  files: FileMeta[];
  licenseId: string;
  uploading: { name: string; percent: number } | null;
  error: string;
}

/** E-licenses the applicant may use, by material id. */
type LicenseOptions = Map<string, License[]>;

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd,' + ALLOWED_FILE_TYPES.join(',');
const EXTENSIONS = /\.(pdf|jpe?g|png|ofd)$/i;

/** Whether the reference server takes the file (its type, or its extension: browsers give OFD no type). */
const acceptable = (file: File) => (ALLOWED_FILE_TYPES as readonly string[]).includes(file.type) || EXTENSIONS.test(file.name);

export class SupplementController extends TrackerPanel {
  /** The supplement request the entries below answer. */
  private requestId = '';
  private entries = new Map<string, MaterialEntry>();
  private note = '';
  private licenses: { number: string; options: LicenseOptions } | null = null;
  private loadingFor = '';
  private error = '';
  /** The request answered in this session (a confirmation stays on screen). */
  private sentFor = '';

  override hostUpdated(): void {
    const p = this.host.progress;
    if (p && this.isOpen(p) && this.isOwner(p) && this.licenses?.number !== p.number && this.loadingFor !== p.number) void this.loadLicenses(p);
    super.hostUpdated();
  }

  render(p: Progress): TemplateResult | typeof nothing {
    const s = p.supplement;
    if (s && this.sentFor === s.id && s.respondedAt) {
      return html`<section class="panel notice" part="supplement" role="status"><p>✓ ${this.localize.t('progressTracker.supplement.sent')}</p></section>`;
    }
    if (!s || !this.isOpen(p)) return nothing;
    this.sync(s);
    const localize = this.localize;
    return html`<section class="panel supplement" part="supplement" aria-labelledby="pt-supplement-title">
      <h3 id="pt-supplement-title">! ${localize.t('progressTracker.supplement.title')}</h3>
      <p>${localize.t('progressTracker.supplement.reason', s.reason)}</p>
      <p class="due"><strong>${localize.t('progressTracker.supplement.due', formatDay(localize, s.dueDate))}</strong></p>
      ${this.isOwner(p)
        ? this.renderForm(p, s)
        : html`<p class="label">${localize.t('progressTracker.supplement.materials')}</p>
            <ul class="materials">
              ${s.materials.map((m) => html`<li class="material"><p class="material-name">${m.name}</p>${m.note ? html`<p class="hint">${m.note}</p>` : nothing}</li>`)}
            </ul>
            <p class="hint">${localize.t('progressTracker.supplement.signIn')}</p>`}
    </section>`;
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

  private renderForm(p: Progress, s: SupplementRequest): TemplateResult {
    const localize = this.localize;
    const uploading = [...this.entries.values()].some((e) => e.uploading);
    return html`<form class="supplement-form" novalidate @submit=${(e: Event) => this.submit(e, p, s)}>
      <p class="label">${localize.t('progressTracker.supplement.materials')}</p>
      <ul class="materials">
        ${s.materials.map((m, i) => this.renderMaterial(m, i))}
      </ul>
      <div class="field">
        <label for="pt-supplement-note">${localize.t('progressTracker.supplement.note')}</label>
        <textarea id="pt-supplement-note" part="textarea" maxlength="500" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${this.error ? html`<div class="alert" role="alert"><p class="yw-error-message">${this.error}</p></div>` : nothing}
      <div class="actions">
        <button type="submit" class="yw-button" part="supplement-submit" aria-disabled=${this.action.busy || uploading ? 'true' : 'false'}>
          ${this.action.busy ? localize.t('progressTracker.supplement.busy') : localize.t('progressTracker.supplement.submit')}
        </button>
      </div>
    </form>`;
  }

  private renderMaterial(m: SupplementRequest['materials'][number], i: number): TemplateResult {
    const localize = this.localize;
    const entry = this.entry(m.materialId);
    const options = this.licenses?.options.get(m.materialId) ?? [];
    const fileId = `pt-file-${i}`;
    const describedBy = `${fileId}-hint${entry.error ? ` ${fileId}-error` : ''}`;
    // Each control is named by the material and its own label ("“多测合一”竣工测量成果 上传文件").
    const nameId = `pt-material-${i}`;
    return html`<li class="material" part="supplement-material" data-material=${m.materialId}>
      <p class="material-name" id=${nameId}>${m.name}</p>
      ${m.note ? html`<p class="hint">${m.note}</p>` : nothing}
      ${options.length > 0
        ? html`<div class="field">
            <label for=${`pt-license-${i}`} id=${`pt-license-${i}-label`}>${localize.t('progressTracker.supplement.license')}</label>
            <select id=${`pt-license-${i}`} part="select" aria-labelledby=${`${nameId} pt-license-${i}-label`} @change=${(e: Event) => this.chooseLicense(m.materialId, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!entry.licenseId}>${localize.t('progressTracker.supplement.noLicense')}</option>
              ${options.map((l) => html`<option value=${l.id} ?selected=${entry.licenseId === l.id}>${l.name}（${l.number}）</option>`)}
            </select>
          </div>`
        : nothing}
      ${entry.licenseId
        ? nothing
        : html`<div class="field">
            <label for=${fileId} id=${`${fileId}-label`}>${localize.t('progressTracker.supplement.file')}</label>
            <input
              id=${fileId}
              type="file"
              part="file-input"
              multiple
              accept=${ACCEPT}
              aria-labelledby=${`${nameId} ${fileId}-label`}
              aria-invalid=${entry.error ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @change=${(e: Event) => void this.upload(m.materialId, e.target as HTMLInputElement)}
            />
            <p class="hint" id=${`${fileId}-hint`}>${localize.t('progressTracker.supplement.fileHint')}</p>
          </div>`}
      ${entry.uploading
        ? html`<p class="upload" part="upload-progress">
            <span>${localize.t('progressTracker.supplement.uploading', entry.uploading.name)} ${localize.percent(entry.uploading.percent, { maximumFractionDigits: 0 })}</span>
            <progress max="100" .value=${Math.round(entry.uploading.percent * 100)} aria-label=${localize.t('progressTracker.supplement.uploading', entry.uploading.name)}></progress>
          </p>`
        : nothing}
      ${entry.files.length > 0 && !entry.licenseId
        ? html`<ul class="files" part="files">
            ${entry.files.map(
              (f) => html`<li>
                <span>✓ ${f.name}（${formatSize(localize, f.size)}）</span>
                <button type="button" class="yw-link-button" part="remove-button" @click=${() => this.remove(m.materialId, f.id)}>
                  ${localize.t('progressTracker.supplement.removeLabel')}<span class="yw-sr-only"> ${f.name}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${entry.error ? html`<p class="field-error" id=${`${fileId}-error`}>${entry.error}</p>` : nothing}
    </li>`;
  }

  private chooseLicense(materialId: string, licenseId: string): void {
    const entry = this.entry(materialId);
    entry.licenseId = licenseId;
    entry.error = '';
    this.host.requestUpdate();
  }

  private remove(materialId: string, fileId: string): void {
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

  private async upload(materialId: string, input: HTMLInputElement): Promise<void> {
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

  private async submit(event: Event, p: Progress, s: SupplementRequest): Promise<void> {
    event.preventDefault();
    const client = this.host.client;
    if (!client || this.action.busy || [...this.entries.values()].some((e) => e.uploading)) return;
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
    const body = SupplementResponse.safeParse({ supplementId: s.id, materials, ...(note ? { note } : {}) });
    if (!body.success) {
      this.error = localize.t('error.validation');
      this.host.requestUpdate();
      return;
    }
    const run = (signal: AbortSignal) => client.applications.supplement(p.number, body.data, { signal });
    const outcome = await this.action.run(() => this.host.act('applications.supplement', run, localize.t('progressTracker.supplement.sent'), () => (this.sentFor = s.id)));
    if (outcome.status === 'done') this.error = outcome.value.error;
    this.host.requestUpdate();
  }
}
