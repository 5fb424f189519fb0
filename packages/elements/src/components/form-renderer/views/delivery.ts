// The step the renderer adds after the schema's: how to apply (online, or book
// a visit to the hall where the item allows it) and how to receive the result
// (collect at the hall, or EMS to an address from <yw-address-picker>). What
// the wizard and the submission need of it; its template is in
// delivery-step.ts, which comes with the steps after the first (later.ts).
import { isValidMobile, normalizeMobile, divisionLevel } from '@yiwang/contract';
import type { FormSchema } from '@yiwang/contract';
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
