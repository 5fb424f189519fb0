// How an item's facts read, in words: the badges of a search result and the
// fact list of a guide say the same things (零跑动, 网办深度, 承诺 vs 法定 days,
// channels), so both use these. Every fact is text — never a colour alone.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Audience, Channel, ItemSummary, ItemType, LicenseType } from '@yiwang/contract';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import { itemFactsMessages } from '../../i18n/messages/item-facts.ts';
import { registerMessages } from '../../i18n/index.ts';

registerMessages(itemFactsMessages);

export const audienceLabel = (i18n: LocalizeController, audience: Audience): string => i18n.t(`itemSearch.audience.${audience}` as const);
export const typeLabel = (i18n: LocalizeController, type: ItemType): string => i18n.t(`itemSearch.type.${type}` as const);
export const channelLabel = (i18n: LocalizeController, channel: Channel): string => i18n.t(`itemSearch.channel.${channel}` as const);
export const licenseLabel = (i18n: LocalizeController, license: LicenseType): string => i18n.t(`itemGuide.license.${license}` as const);

/** A list in the locale's way: 全程网办、快递送达 / Fully online, Result by post. */
export function listText(i18n: LocalizeController, parts: readonly string[]): string {
  return parts.join(i18n.t('itemSearch.listSeparator'));
}

/**
 * The badges of an item: visits (零跑动 or how many), online depth, promised
 * against legal working days. Zero visits carries a ✓ besides its colour.
 */
export function renderBadges(i18n: LocalizeController, item: ItemSummary): TemplateResult {
  return html`<ul class="badges" part="badges">
    ${item.visitsRequired === 0
      ? html`<li class="badge zero-visit" part="badge zero-visit">✓ ${i18n.t('itemSearch.zeroVisit')}</li>`
      : html`<li class="badge" part="badge">${i18n.t('itemSearch.visits', item.visitsRequired)}</li>`}
    <li class="badge" part="badge">${i18n.t('itemSearch.depth', item.onlineDepth)}</li>
    <li class="badge" part="badge">${i18n.t('itemSearch.days', item.promisedLimitDays, item.legalLimitDays)}</li>
  </ul>`;
}

/** "办理方式：全程网办、快递送达", or nothing when the item lists no channel. */
export function renderChannels(i18n: LocalizeController, channels: readonly Channel[]): TemplateResult | typeof nothing {
  if (channels.length === 0) return nothing;
  return html`<p class="channels" part="channels">${i18n.t('itemSearch.channels', listText(i18n, channels.map((c) => channelLabel(i18n, c))))}</p>`;
}
