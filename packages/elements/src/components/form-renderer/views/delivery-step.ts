// The delivery step's template: how to apply and how to receive the result
// (the choices and their checks are in delivery.ts).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldContext } from '../fields/context.ts';
import { ids } from '../fields/context.ts';
import { addressElement } from '../fields/address.ts';
import { CHANNEL_PATH, DELIVERY_ADDRESS_PATH, DELIVERY_PATH } from '../validation.ts';
import { channelOf, deliveryMethods, deliveryOf } from './delivery.ts';

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
