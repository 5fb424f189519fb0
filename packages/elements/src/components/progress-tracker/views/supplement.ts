// 补正: what the department asks for again and by when; for the owner, a
// form answering it with files (with upload progress) or an e-license per
// material; after the answer, a confirmation.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ALLOWED_FILE_TYPES } from '@yiwang/contract';
import type { FileMeta, License, SupplementRequest } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { formatDay, formatSize } from '../format.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd,' + ALLOWED_FILE_TYPES.join(',');

/** The answer to one requested material so far. */
export interface MaterialEntry {
  files: FileMeta[];
  licenseId: string;
  uploading: { name: string; percent: number } | null;
  error: string;
}

export interface SupplementState {
  /** The application's number. */
  number: string;
  request: SupplementRequest;
  /** The request was answered in this session: only a confirmation shows. */
  sent: boolean;
  /** The owner answers here; anyone else sees what is asked. */
  owner: boolean;
  /** Each requested material with its answer so far and the e-licenses that may answer it. */
  materials: Array<{ material: SupplementRequest['materials'][number]; entry: MaterialEntry; licenses: License[] }>;
  note: string;
  /** Why the last submission failed. */
  error: string;
  /** The answer is being sent. */
  busy: boolean;
  /** A file is being uploaded. */
  uploading: boolean;
}

export interface SupplementActions {
  onNote: (note: string) => void;
  onLicense: (materialId: string, licenseId: string) => void;
  /** Files chosen in a material's file field (uploaded at once). */
  onFiles: (materialId: string, input: HTMLInputElement) => void;
  onRemove: (materialId: string, fileId: string) => void;
  onSubmit: (event: Event, number: string, request: SupplementRequest) => void;
}

export function renderSupplement(
  localize: LocalizeController,
  state: SupplementState | null,
  actions: SupplementActions,
): TemplateResult | typeof nothing {
  if (!state) return nothing;
  if (state.sent) {
    return html`<section class="panel notice" part="supplement" role="status"><p>✓ ${localize.t('progressTracker.supplement.sent')}</p></section>`;
  }
  const s = state.request;
  return html`<section class="panel supplement" part="supplement" aria-labelledby="pt-supplement-title">
    <h3 id="pt-supplement-title">! ${localize.t('progressTracker.supplement.title')}</h3>
    <p>${localize.t('progressTracker.supplement.reason', s.reason)}</p>
    <p class="due"><strong>${localize.t('progressTracker.supplement.due', formatDay(localize, s.dueDate))}</strong></p>
    ${s.estimated ? html`<p class="hint" part="supplement-estimate">${localize.t('progressTracker.supplement.estimated')}</p>` : nothing}
    ${
      state.owner
        ? renderForm(localize, state, actions)
        : html`<p class="label">${localize.t('progressTracker.supplement.materials')}</p>
          <ul class="materials">
            ${s.materials.map((m) => html`<li class="material"><p class="material-name">${m.name}</p>${m.note ? html`<p class="hint">${m.note}</p>` : nothing}</li>`)}
          </ul>
          <p class="hint">${localize.t('progressTracker.supplement.signIn')}</p>`
    }
  </section>`;
}

function renderForm(localize: LocalizeController, state: SupplementState, actions: SupplementActions): TemplateResult {
  return html`<form class="supplement-form" novalidate @submit=${(e: Event) => actions.onSubmit(e, state.number, state.request)}>
    <p class="label">${localize.t('progressTracker.supplement.materials')}</p>
    <ul class="materials">
      ${state.materials.map((m, i) => renderMaterial(localize, m, i, actions))}
    </ul>
    <div class="field">
      <label for="pt-supplement-note">${localize.t('progressTracker.supplement.note')}</label>
      <textarea id="pt-supplement-note" part="textarea" maxlength="500" .value=${state.note} @input=${(e: Event) => actions.onNote((e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    ${state.error ? html`<div class="alert" role="alert"><p class="yw-error-message">${state.error}</p></div>` : nothing}
    <div class="actions">
      <button type="submit" class="yw-button" part="supplement-submit" aria-disabled=${state.busy || state.uploading ? 'true' : 'false'}>
        ${state.busy ? localize.t('progressTracker.supplement.busy') : localize.t('progressTracker.supplement.submit')}
      </button>
    </div>
  </form>`;
}

function renderMaterial(
  localize: LocalizeController,
  { material: m, entry, licenses }: SupplementState['materials'][number],
  i: number,
  actions: SupplementActions,
): TemplateResult {
  const fileId = `pt-file-${i}`;
  const describedBy = `${fileId}-hint${entry.error ? ` ${fileId}-error` : ''}`;
  // Each control is named by the material and its own label ("“多测合一”竣工测量成果 上传文件").
  const nameId = `pt-material-${i}`;
  return html`<li class="material" part="supplement-material" data-material=${m.materialId}>
    <p class="material-name" id=${nameId}>${m.name}</p>
    ${m.note ? html`<p class="hint">${m.note}</p>` : nothing}
    ${
      licenses.length > 0
        ? html`<div class="field">
          <label for=${`pt-license-${i}`} id=${`pt-license-${i}-label`}>${localize.t('progressTracker.supplement.license')}</label>
          <select id=${`pt-license-${i}`} part="select" aria-labelledby=${`${nameId} pt-license-${i}-label`} @change=${(e: Event) => actions.onLicense(m.materialId, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!entry.licenseId}>${localize.t('progressTracker.supplement.noLicense')}</option>
            ${licenses.map((l) => html`<option value=${l.id} ?selected=${entry.licenseId === l.id}>${l.name}（${l.number}）</option>`)}
          </select>
        </div>`
        : nothing
    }
    ${
      entry.licenseId
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
            @change=${(e: Event) => actions.onFiles(m.materialId, e.target as HTMLInputElement)}
          />
          <p class="hint" id=${`${fileId}-hint`}>${localize.t('progressTracker.supplement.fileHint')}</p>
        </div>`
    }
    ${
      entry.uploading
        ? html`<p class="upload" part="upload-progress">
          <span>${localize.t('progressTracker.supplement.uploading', entry.uploading.name)} ${localize.percent(entry.uploading.percent, { maximumFractionDigits: 0 })}</span>
          <progress max="100" .value=${Math.round(entry.uploading.percent * 100)} aria-label=${localize.t('progressTracker.supplement.uploading', entry.uploading.name)}></progress>
        </p>`
        : nothing
    }
    ${
      entry.files.length > 0 && !entry.licenseId
        ? html`<ul class="files" part="files">
          ${entry.files.map(
            (f) => html`<li>
              <span>✓ ${f.name}（${formatSize(localize, f.size)}）</span>
              <button type="button" class="yw-link-button" part="remove-button" @click=${() => actions.onRemove(m.materialId, f.id)}>
                ${localize.t('progressTracker.supplement.removeLabel')}<span class="yw-sr-only"> ${f.name}</span>
              </button>
            </li>`,
          )}
        </ul>`
        : nothing
    }
    ${entry.error ? html`<p class="field-error" id=${`${fileId}-error`}>${entry.error}</p>` : nothing}
  </li>`;
}
