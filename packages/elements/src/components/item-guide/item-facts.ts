// How an item's facts read, in words: the badges of a search result and the
// fact list of a guide say the same things (零跑动, 网办深度, 承诺 vs 法定 days,
// channels), so both use these. Every fact is text — never a colour alone.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Audience, Channel, ItemSummary, ItemType, LicenseType } from '@yiwang/contract';
import type { LocalizeController } from '../../base/controllers/localize.ts';

export const audienceLabel = (localize: LocalizeController, audience: Audience): string =>
  localize.t(`itemSearch.audience.${audience}` as const);
export const typeLabel = (localize: LocalizeController, type: ItemType): string => localize.t(`itemSearch.type.${type}` as const);
export const channelLabel = (localize: LocalizeController, channel: Channel): string =>
  localize.t(`itemSearch.channel.${channel}` as const);
export const licenseLabel = (localize: LocalizeController, license: LicenseType): string =>
  localize.t(`itemGuide.license.${license}` as const);

/** A list in the locale's way: 全程网办、快递送达 / Fully online, Result by post. */
export function listText(localize: LocalizeController, parts: readonly string[]): string {
  return parts.join(localize.t('itemSearch.listSeparator'));
}

/**
 * The badges of an item: visits (零跑动 or how many), online depth, promised
 * against legal working days. Zero visits carries a ✓ besides its colour.
 */
export function renderBadges(localize: LocalizeController, item: ItemSummary): TemplateResult {
  return html`<ul class="badges" part="badges">
    ${
      item.visitsRequired === 0
        ? html`<li class="badge zero-visit" part="badge zero-visit">✓ ${localize.t('itemSearch.zeroVisit')}</li>`
        : html`<li class="badge" part="badge">${localize.t('itemSearch.visits', item.visitsRequired)}</li>`
    }
    <li class="badge" part="badge">${localize.t('itemSearch.depth', item.onlineDepth)}</li>
    <li class="badge" part="badge">${localize.t('itemSearch.days', item.promisedLimitDays, item.legalLimitDays)}</li>
  </ul>`;
}

/** "办理方式：全程网办、快递送达", or nothing when the item lists no channel. */
export function renderChannels(localize: LocalizeController, channels: readonly Channel[]): TemplateResult | typeof nothing {
  if (channels.length === 0) return nothing;
  return html`<p class="channels" part="channels">${localize.t(
    'itemSearch.channels',
    listText(
      localize,
      channels.map((c) => channelLabel(localize, c)),
    ),
  )}</p>`;
}
