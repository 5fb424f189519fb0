// The step the renderer adds after the schema's: how to apply (online, or book
// a visit to the hall where the item allows it) and how to receive the result
// (collect at the hall, or EMS to an address from <yw-address-picker>).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isValidMobile, normalizeMobile, divisionLevel } from '@yiwang/contract';
import type { FormSchema } from '@yiwang/contract';
import type { FieldContext } from '../fields/context.ts';
import { ids } from '../fields/context.ts';
import { addressElement } from '../fields/address.ts';
import { asAddress } from '../model.ts';
import type { FormModel } from '../model.ts';
import { CHANNEL_PATH, DELIVERY_ADDRESS_PATH, DELIVERY_PATH } from '../validation.ts';
import type { Errors } from '../validation.ts';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

export type Channel = 'online' | 'offline';
export type DeliveryMethod = 'pickup' | 'express';

/** Whether the schema leaves the applicant anything to choose here. */
export const hasDeliveryStep = (schema: FormSchema) => schema.offlineAllowed || schema.delivery.express;

/** The methods the item offers, in the order shown. */
export const deliveryMethods = (schema: FormSchema): DeliveryMethod[] =>
  [schema.delivery.express ? 'express' : null, schema.delivery.pickup ? 'pickup' : null].filter((m): m is DeliveryMethod => m !== null);

export function channelOf(model: FormModel): Channel {
  return model.schema.offlineAllowed && model.get(CHANNEL_PATH) === 'offline' ? 'offline' : 'online';
}

export function deliveryOf(model: FormModel): DeliveryMethod | null {
  const methods = deliveryMethods(model.schema);
  const chosen = model.get(DELIVERY_PATH);
  if (methods.length === 1) return methods[0]!;
  return methods.includes(chosen as DeliveryMethod) ? (chosen as DeliveryMethod) : null;
}

/** Checks of this step (the contract validates them on the server; these say it in the applicant's words first). */
export function deliveryErrors(model: FormModel, localize: LocalizeController): Errors {
  const errors: Errors = new Map();
  const method = deliveryOf(model);
  if (!method) errors.set(DELIVERY_PATH, localize.t('formRenderer.delivery.chooseMethod'));
  if (method !== 'express') return errors;
  const address = asAddress(model.get(DELIVERY_ADDRESS_PATH));
  const level = address ? divisionLevel(address.divisionCode) : null;
  let message: string | null = null;
  if (!address) message = localize.t('formRenderer.delivery.addressMissing');
  else if (!address.recipient.trim()) message = localize.t('formRenderer.delivery.recipient');
  else if (!isValidMobile(normalizeMobile(address.mobile))) message = localize.t('formRenderer.delivery.mobile');
  else if (level !== 'county' && level !== 'township') message = localize.t('formRenderer.delivery.division');
  else if (!address.detail.trim() || address.detail.trim().length > 120) message = localize.t('formRenderer.delivery.detail');
  if (message) errors.set(DELIVERY_ADDRESS_PATH, message);
  return errors;
}

function radios(ctx: FieldContext, path: string, legend: string, options: Array<[string, string]>, value: string | null): TemplateResult {
  const i = ids(path);
  const error = ctx.errors.get(path);
  return html`<fieldset class="field" part="field" role="radiogroup" aria-required="true" ?data-invalid=${!!error} aria-labelledby=${i.label}
    aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? i.error : nothing}>
    <legend part="label" id=${i.label}>${legend}</legend>
    ${
      error
        ? html`<p class="field-error" part="field-error" id=${i.error}><span class="yw-sr-only">${ctx.localize.t('formRenderer.errorPrefix')}</span>${error}</p>`
        : nothing
    }
    <div class="choices" part="choices">
      ${options.map(
        ([v, label], n) => html`<label class="choice" part="choice"
          ><input type="radio" id=${n === 0 ? i.id : `${i.id}-${n}`} name=${i.id} value=${v} data-path=${path} data-kind="radio"
            .checked=${live(value === v)} ?disabled=${ctx.disabled} /><span>${label}</span></label
        >`,
      )}
    </div>
  </fieldset>`;
}

export function renderDelivery(ctx: FieldContext): TemplateResult {
  const localize = ctx.localize;
  const schema = ctx.model.schema;
  const methods = deliveryMethods(schema);
  const method = deliveryOf(ctx.model);
  const address = ids(DELIVERY_ADDRESS_PATH);
  const addressError = ctx.errors.get(DELIVERY_ADDRESS_PATH);
  return html`${
    schema.offlineAllowed
      ? html`${radios(
          ctx,
          CHANNEL_PATH,
          localize.t('formRenderer.channel.legend'),
          [
            ['online', localize.t('formRenderer.channel.online')],
            ['offline', localize.t('formRenderer.channel.offline')],
          ],
          channelOf(ctx.model),
        )}
        ${channelOf(ctx.model) === 'offline' ? html`<p class="note">${localize.t('formRenderer.channel.offlineNote')}</p>` : nothing}`
      : html`<p class="note">${localize.t('formRenderer.channel.onlineOnly')}</p>`
  }
    ${
      methods.length > 1
        ? radios(
            ctx,
            DELIVERY_PATH,
            localize.t('formRenderer.delivery.legend'),
            methods.map((m) => [m, localize.t(`formRenderer.delivery.${m}`)]),
            method,
          )
        : html`<p class="note">${localize.t('formRenderer.delivery.only', localize.t(`formRenderer.delivery.${methods[0] ?? 'pickup'}`))}</p>`
    }
    ${
      method === 'express'
        ? html`<fieldset class="field" part="field" data-type="address" ?data-invalid=${!!addressError} aria-describedby=${addressError ? address.error : nothing}>
          <legend part="label">${localize.t('formRenderer.delivery.address')}</legend>
          ${
            addressError
              ? html`<p class="field-error" part="field-error" id=${address.error}><span class="yw-sr-only">${localize.t('formRenderer.errorPrefix')}</span>${addressError}</p>`
              : nothing
          }
          ${addressElement(ctx, { id: address.id, path: DELIVERY_ADDRESS_PATH, required: true, recipient: true })}
        </fieldset>`
        : nothing
    }`;
}
