// "Check your answers": every visible answer by step, with a change link back
// to each step (which then returns here), before the one submit button.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FormField, PostalAddress } from '@yiwang/contract';
import { maskIdCard } from '@yiwang/contract';
import type { FieldContext } from '../fields/context.ts';
import { maskedIdentity } from '../fields/context.ts';
import { asAddress, asFileValue } from '../model.ts';
import { CHANNEL_PATH, DELIVERY_ADDRESS_PATH, DELIVERY_PATH } from '../validation.ts';
import { channelOf, deliveryOf } from './delivery.ts';

export interface ReviewStep {
  /** Index of the step in the wizard (where its change link goes). */
  index: number;
  kind: 'schema' | 'materials' | 'delivery';
  /** Index in `schema.steps` for a schema step. */
  schemaIndex: number;
  title: string;
}

function addressText(a: PostalAddress, withRecipient: boolean): string {
  const place = `${a.divisionPath.map((d) => d.name).join('')}${a.detail}`;
  return withRecipient ? `${a.recipient} ${a.mobile} ${place}`.trim() : place;
}

/** An answer as text (or a small template for lists). */
function answer(ctx: FieldContext, field: FormField, path: string): unknown {
  const localize = ctx.localize;
  const value = ctx.model.get(path);
  const none = html`<span class="muted">${localize.t('formRenderer.review.empty')}</span>`;
  switch (field.type) {
    case 'select':
    case 'radio':
      return field.options.find((o) => o.value === value)?.label ?? none;
    case 'checkbox': {
      if (field.options.length === 0) return value === true ? localize.t('formRenderer.review.yes') : none;
      const labels = field.options.filter((o) => Array.isArray(value) && value.includes(o.value)).map((o) => o.label);
      return labels.length ? html`<ul class="plain">${labels.map((l) => html`<li>${l}</li>`)}</ul>` : none;
    }
    case 'number':
      return value === undefined || value === '' ? none : `${String(value)}${field.unit ? ` ${field.unit}` : ''}`;
    case 'address': {
      const a = asAddress(value);
      return a ? addressText(a, false) : none;
    }
    case 'license': {
      const license = ctx.session?.licenses.find((l) => l.id === value);
      return license ? localize.t('formRenderer.review.license', license.name, license.number) : none;
    }
    case 'file': {
      const file = asFileValue(value);
      if (file.use === 'license' && file.licenseId) {
        const license = ctx.session?.licenses.find((l) => l.id === file.licenseId);
        return license ? localize.t('formRenderer.review.license', license.name, license.number) : none;
      }
      if (file.fileIds.length === 0) return none;
      return html`<ul class="plain">${file.fileIds.map((id) => html`<li>${ctx.uploads.info.get(id)?.name ?? localize.t('formRenderer.file.unknown')}</li>`)}</ul>`;
    }
    case 'group':
      return nothing;
    default:
      if (typeof value !== 'string' || value.trim() === '') return none;
      return maskedIdentity(ctx, field, path) ? maskIdCard(value) : value;
  }
}

function rows(ctx: FieldContext, fields: readonly FormField[], prefix: string): TemplateResult[] {
  const out: TemplateResult[] = [];
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    if (ctx.model.isHidden(path)) continue;
    if (field.type !== 'group') {
      out.push(html`<div class="review-row"><dt>${field.label}</dt><dd>${answer(ctx, field, path)}</dd></div>`);
      continue;
    }
    const value = ctx.model.get(path);
    const entries = field.repeat ? (Array.isArray(value) ? value : []) : [null];
    entries.forEach((_, n) => {
      const at = field.repeat ? `${path}.${n}` : path;
      const title = field.repeat ? ctx.localize.t('formRenderer.entry', field.itemLabel ?? field.label, n + 1) : field.label;
      out.push(
        html`<div class="review-row group"><dt>${title}</dt><dd><dl class="review-list">${rows(ctx, field.fields, at)}</dl></dd></div>`,
      );
    });
    if (entries.length === 0) {
      out.push(
        html`<div class="review-row"><dt>${field.label}</dt><dd><span class="muted">${ctx.localize.t('formRenderer.review.empty')}</span></dd></div>`,
      );
    }
  }
  return out;
}

/** The answers of one step. */
export function reviewSection(ctx: FieldContext, step: ReviewStep, change: (index: number) => void): TemplateResult {
  const localize = ctx.localize;
  const headingId = `review-${step.index}`;
  let list: TemplateResult[];
  if (step.kind === 'schema')
    list = rows(
      ctx,
      ctx.model.schema.steps[step.schemaIndex]!.sections.flatMap((s) => s.fields),
      '',
    );
  else if (step.kind === 'materials')
    list = ctx.extras.map((e) => html`<div class="review-row"><dt>${e.material.name}</dt><dd>${answer(ctx, e.field, e.path)}</dd></div>`);
  else list = deliveryRows(ctx);
  return html`<section class="review-section" part="review-section" aria-labelledby=${headingId}>
    <div class="review-head">
      <h4 id=${headingId}>${step.title}</h4>
      <button type="button" class="yw-link-button" part="change-link" @click=${() => change(step.index)}>
        ${localize.t('formRenderer.review.change')}<span class="yw-sr-only">${step.title}</span>
      </button>
    </div>
    <dl class="review-list">${list}</dl>
  </section>`;
}

function deliveryRows(ctx: FieldContext): TemplateResult[] {
  const localize = ctx.localize;
  const method = deliveryOf(ctx.model);
  const address = asAddress(ctx.model.get(DELIVERY_ADDRESS_PATH));
  const out = [
    html`<div class="review-row" data-path=${CHANNEL_PATH}><dt>${localize.t('formRenderer.channel.legend')}</dt><dd>${localize.t(`formRenderer.channel.${channelOf(ctx.model)}`)}</dd></div>`,
    html`<div class="review-row" data-path=${DELIVERY_PATH}><dt>${localize.t('formRenderer.delivery.legend')}</dt><dd>${method ? localize.t(`formRenderer.delivery.${method}`) : localize.t('formRenderer.review.empty')}</dd></div>`,
  ];
  if (method === 'express') {
    out.push(
      html`<div class="review-row"><dt>${localize.t('formRenderer.delivery.address')}</dt><dd>${address ? addressText(address, true) : localize.t('formRenderer.review.empty')}</dd></div>`,
    );
  }
  return out;
}
