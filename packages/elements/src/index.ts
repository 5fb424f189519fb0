// @yiwang/elements: the element classes and the shared base, without
// registering any tag. Import `@yiwang/elements/<name>.js` (or `all.js`) to
// register tags, or call `YwCatalogStats.define('my-tag')` yourself.
export { YwElement, elderConverter } from './base/yw-element.ts';
export { configContext } from './base/context.ts';
export type { YwConfigValue } from './base/context.ts';
export { ApiController, API_STATES } from './base/controllers/api.ts';
export type { ApiCallOptions, ApiHost, ApiRenderers, ApiState } from './base/controllers/api.ts';
export { LocalizeController } from './base/controllers/localize.ts';
export type { LocalizeHost } from './base/controllers/localize.ts';
export { YwDepartmentSelectEvent, YwErrorEvent } from './base/events/index.ts';
export type { YwDepartmentSelectDetail, YwErrorDetail, YwEvent, YwEventMap } from './base/events/index.ts';
export { baseStyles } from './base/styles/shared.ts';
export { COLOR_TOKENS, SIZE_TOKENS, THEMES, TOKENS, TOKEN_NAMES, tokenStyles } from './base/styles/tokens.ts';
export type { Theme, TokenDef, TokenName } from './base/styles/tokens.ts';
export { renderEmpty, renderError, renderSkeleton } from './base/states.ts';
export { cssProps } from './base/directives/css-props.ts';
export type { CssProps } from './base/directives/css-props.ts';
export { DEFAULT_LOCALE, LOCALES, matchLocale, translations } from './i18n/index.ts';
export type { Locale, MessageArgs, MessageKey, Translation } from './i18n/index.ts';
export { ERROR_KINDS, NotConfiguredError, describeError, errorKind } from './i18n/errors.ts';
export type { ErrorDescription, ErrorKind } from './i18n/errors.ts';

export { YwConfig } from './components/config/config.ts';
export type { ConfigClientOptions } from './components/config/config.ts';
export { STATS_SORTS, YwCatalogStats } from './components/catalog-stats/catalog-stats.ts';
export type { StatsSort } from './components/catalog-stats/catalog-stats.ts';
