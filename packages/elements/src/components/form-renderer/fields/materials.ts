// Materials: a file field uploads (progress bar per file, retry, remove,
// replace, several files where `maxFiles` allows) or, where the schema names
// an e-license type, uses the applicant's e-license instead — showing which
// one. A license field attaches one of the applicant's e-licenses.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormField, License } from '@yiwang/contract';
import { cssProps } from '../../../base/directives/css-props.ts';
import { asFileValue } from '../model.ts';
import { validLicenses } from '../controllers/prefill.ts';
import { acceptedTypes, maxMb, typeNames } from '../controllers/uploads.ts';
import type { FieldContext } from './context.ts';
import { describedBy, ids, labelText, licenseCard, notes } from './context.ts';

type FileField = Extract<FormField, { type: 'file' }>;
type LicenseField = Extract<FormField, { type: 'license' }>;

/** The applicant's licenses of a type: valid ones to choose from, others shown as unusable. */
function licensesOf(ctx: FieldContext, type: License['type']): License[] {
  return (ctx.session?.licenses ?? []).filter((l) => l.type === type);
}

function licenseChoices(
  ctx: FieldContext,
  licenses: License[],
  name: string,
  selected: string | null,
  kind: string,
  path: string,
  firstId: string | null,
): TemplateResult {
  return html`<div class="choices" part="choices">
    ${licenses.map(
      (license, n) => html`<label class="choice license" part="choice"
        ><input type="radio" id=${n === 0 && firstId ? firstId : nothing} name=${name} value=${license.id} data-path=${path} data-kind=${kind}
          .checked=${live(selected === license.id)} ?disabled=${ctx.disabled || license.status !== 'valid'} />${licenseCard(ctx, license)}</label
      >`,
    )}
  </div>`;
}

export function renderLicense(ctx: FieldContext, field: LicenseField, path: string): TemplateResult {
  const i = ids(path);
  const localize = ctx.localize;
  const error = ctx.errors.has(path);
  const value = ctx.model.get(path);
  const licenses = licensesOf(ctx, field.licenseType);
  const signedIn = !!ctx.session?.profile;
  let body: TemplateResult;
  if (!signedIn) body = html`<p class="note" id=${i.id} tabindex="-1">${localize.t('formRenderer.license.signIn')}</p>`;
  else if (licenses.length === 0)
    body = html`<p class="note" id=${i.id} tabindex="-1">${localize.t('formRenderer.license.none', localize.t(`formRenderer.licenseType.${field.licenseType}`))}</p>`;
  else body = licenseChoices(ctx, licenses, i.id, typeof value === 'string' ? value : null, 'license', path, i.id);
  return html`<fieldset class="field" part="field material" data-type="license" ?data-invalid=${error} role="radiogroup" aria-labelledby=${i.label}
    aria-invalid=${error ? 'true' : 'false'} aria-required=${field.required ? 'true' : nothing} aria-describedby=${describedBy(ctx, path, field)}>
    <legend part="label" id=${i.label}>${labelText(ctx, field)}</legend>
    ${notes(ctx, path, field)} ${body}
  </fieldset>`;
}

export function renderFile(ctx: FieldContext, field: FileField, path: string): TemplateResult {
  const i = ids(path);
  const localize = ctx.localize;
  const error = ctx.errors.has(path);
  const value = asFileValue(ctx.model.get(path));
  const usable = field.licenseType ? validLicenses(ctx.session, field.licenseType) : [];
  const byLicense = usable.length > 0 && value.use === 'license';
  const rules = localize.t(
    'formRenderer.file.rules',
    typeNames(field, localize.t('formRenderer.listSeparator')),
    localize.number(maxMb(field)),
    field.maxFiles ?? 1,
  );
  return html`<fieldset class="field" part="field material" data-type="file" ?data-invalid=${error} aria-describedby=${describedBy(ctx, path, field, true)}>
    <legend part="label" id=${i.label}>${labelText(ctx, field)}</legend>
    ${notes(ctx, path, field)}
    ${
      usable.length > 0
        ? html`<div class="choices use" part="choices" role="radiogroup" aria-label=${localize.t('formRenderer.file.use')}>
          <label class="choice" part="choice"
            ><input type="radio" id=${byLicense ? i.id : nothing} name=${`${i.id}-use`} value="license" data-path=${path} data-kind="file-use"
              .checked=${live(byLicense)} ?disabled=${ctx.disabled} /><span>${localize.t('formRenderer.file.useLicense')}</span></label
          >
          <label class="choice" part="choice"
            ><input type="radio" name=${`${i.id}-use`} value="upload" data-path=${path} data-kind="file-use" .checked=${live(!byLicense)}
              ?disabled=${ctx.disabled} /><span>${localize.t('formRenderer.file.useUpload')}</span></label
          >
        </div>`
        : nothing
    }
    ${
      byLicense
        ? usable.length === 1
          ? html`<p class="chosen-license">${licenseCard(ctx, usable[0]!)}</p>`
          : licenseChoices(ctx, usable, `${i.id}-license`, value.licenseId, 'file-license', path, null)
        : renderUploads(ctx, field, path, rules)
    }
  </fieldset>`;
}

function renderUploads(ctx: FieldContext, field: FileField, path: string, rules: string): TemplateResult {
  const i = ids(path);
  const localize = ctx.localize;
  const value = asFileValue(ctx.model.get(path));
  const uploads = ctx.uploads.of(path);
  const max = field.maxFiles ?? 1;
  const count = value.fileIds.length + uploads.length;
  const signedIn = !!ctx.session?.profile;
  const chooseLabel =
    count === 0
      ? localize.t('formRenderer.file.choose')
      : max === 1
        ? localize.t('formRenderer.file.replace')
        : localize.t('formRenderer.file.chooseMore');
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? localize.t('formRenderer.file.kb', localize.number(Math.max(1, Math.ceil(bytes / 1024))))
      : localize.t('formRenderer.file.mb', localize.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }));
  return html`<p class="hint" part="hint" id=${i.extra}>${rules}</p>
    ${
      count > 0
        ? html`<ul class="files" part="file-list">
          ${value.fileIds.map((id) => {
            const info = ctx.uploads.info.get(id);
            const name = info?.name ?? localize.t('formRenderer.file.unknown');
            return html`<li class="file" part="file" data-status="done">
              <span class="file-name">${name}</span>
              ${info ? html`<span class="file-size">${size(info.size)}</span>` : nothing}
              <span class="file-status">✓ ${localize.t('formRenderer.file.uploaded')}</span>
              <button type="button" class="yw-link-button" part="file-remove" ?disabled=${ctx.disabled} @click=${() => ctx.removeFile(path, id)}>
                ${localize.t('formRenderer.file.remove')}<span class="yw-sr-only">${name}</span>
              </button>
            </li>`;
          })}
          ${uploads.map((u) => {
            const percent = localize.percent(u.progress, { maximumFractionDigits: 0 });
            return html`<li class="file" part="file" data-status=${u.status}>
              <span class="file-name">${u.name}</span>
              <span class="file-size">${size(u.size)}</span>
              ${
                u.status === 'uploading'
                  ? html`<span class="progress" part="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                      aria-valuenow=${Math.round(u.progress * 100)} aria-label=${localize.t('formRenderer.file.progress', u.name)}
                      ><span class="progress-fill" part="progress-fill" ${cssProps({ '--_progress-ratio': u.progress })}></span></span
                    ><span class="file-status">${localize.t('formRenderer.file.uploading', percent)}</span>
                    <button type="button" class="yw-link-button" part="file-remove" @click=${() => ctx.removeFile(path, u.key)}>
                      ${localize.t('formRenderer.file.cancel')}<span class="yw-sr-only">${u.name}</span>
                    </button>`
                  : html`<span class="file-status failed" part="file-error">⚠ ${localize.t('formRenderer.file.failed')}：${u.error}</span>
                    <button type="button" class="yw-link-button" part="upload-retry" ?disabled=${ctx.disabled} @click=${() => ctx.retryUpload(path, field, u.key)}>
                      ${localize.t('formRenderer.file.retry')}<span class="yw-sr-only">${u.name}</span>
                    </button>
                    <button type="button" class="yw-link-button" part="file-remove" ?disabled=${ctx.disabled} @click=${() => ctx.removeFile(path, u.key)}>
                      ${localize.t('formRenderer.file.remove')}<span class="yw-sr-only">${u.name}</span>
                    </button>`
              }
            </li>`;
          })}
        </ul>`
        : nothing
    }
    ${
      signedIn
        ? html`<div class="chooser">
          <input type="file" id=${i.id} class="file-input" data-path=${path} data-kind="file" accept=${acceptedTypes(field).join(',')}
            ?multiple=${max > 1} ?disabled=${ctx.disabled || (max > 1 && count >= max)} aria-describedby=${describedBy(ctx, path, field, true)} />
          <label for=${i.id} class="yw-button secondary" part="choose-button"
            ><span class="yw-sr-only">${field.label}：</span>${chooseLabel}</label
          >
        </div>`
        : html`<p class="note" id=${i.id} tabindex="-1">${localize.t('formRenderer.file.signIn')}</p>`
    }`;
}
