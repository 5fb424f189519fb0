// Catalog constants and pure helpers, without zod: pages that only show the catalog use them.

/** Who an item serves: 自然人 (person) or 法人 (enterprise). */
export const AUDIENCES = ['person', 'enterprise'] as const;

/** Each audience by the Chinese name users know (search facets, catalog exports). */
export const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = { person: '自然人', enterprise: '法人' };

/**
 * Item types as the provincial portals classify them: 行政许可, 行政给付, 行政确认,
 * 行政奖励, 行政裁决, 其他行政权力, 公共服务.
 */
export const ITEM_TYPES = ['licensing', 'payment', 'confirmation', 'reward', 'adjudication', 'other_power', 'public_service'] as const;

/** Each item type by the Chinese name users know (search facets, catalog exports). */
export const ITEM_TYPE_LABELS: Record<(typeof ITEM_TYPES)[number], string> = {
  licensing: '行政许可',
  payment: '行政给付',
  confirmation: '行政确认',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other_power: '其他行政权力',
  public_service: '公共服务',
};

/**
 * How an item can be done: 全程网办 (online), 快递送达 (express: result by EMS),
 * 帮办代办 (agency: free help), 窗口办理 (offline, at a hall).
 */
export const CHANNELS = ['online', 'express', 'agency', 'offline'] as const;

/** Each channel by the Chinese name users know (search facets, catalog exports). */
export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  online: '全程网办',
  express: '快递送达',
  agency: '帮办代办',
  offline: '窗口办理',
};

export const SEARCH_SORTS = ['relevance', 'name', 'promised_days'] as const;

/** Whether `url` is an absolute http(s) URL: the only apply links counted, and the only ones elements render. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The reform target: 90 % of a department's items doable without a visit. Departments below it are listed in `CatalogStats.gaps`. */
export const NO_VISIT_TARGET = 0.9;

/** At most this many items per department in `CatalogStats.gaps` (the payload stays bounded); `more` counts the rest. */
export const NO_VISIT_GAP_ITEMS_MAX = 10;

/**
 * Why an item does not count as 不见面: `no_online_path`, declared zero-visit but
 * with neither a form here nor an applyUrl; `visits_required`, the department
 * declares visits in person.
 */
export const NO_VISIT_GAP_REASONS = ['no_online_path', 'visits_required'] as const;
