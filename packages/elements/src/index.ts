// @yiwang/elements: the element classes and the shared base, without
// registering any tag or message (an element's messages are registered when
// its first instance is created). Import `@yiwang/elements/<name>.js` (or `all.js`) to
// register tags, or call `YwCatalogStats.define('my-tag')` yourself.
// First, so that the message tables sit together in a bundle of this index (gzip compresses them best).
export { MESSAGE_PARTS } from './i18n/messages/parts.ts';
export { YwElement, elderConverter } from './base/yw-element.ts';
export { configContext } from './base/context.ts';
export type { YwConfigValue } from './base/context.ts';
export { DataController, DATA_STATES } from './base/controllers/data.ts';
export type { DataHost, DataOptions, DataState } from './base/controllers/data.ts';
export { ActionController } from './base/controllers/action.ts';
export type { ActionHost, ActionOptions, ActionOutcome } from './base/controllers/action.ts';
export { LocalizeController } from './base/controllers/localize.ts';
export type { LocalizeHost } from './base/controllers/localize.ts';
export { YwDepartmentSelectEvent, YwErrorEvent } from './base/events/index.ts';
export type { YwDepartmentSelectDetail, YwErrorDetail, YwEvent, YwEventMap } from './base/events/index.ts';
export { baseStyles, linkButtonStyles } from './base/styles/shared.ts';
export { COLOR_TOKENS, SIZE_TOKENS, THEMES, TOKENS, TOKEN_NAMES, tokenStyles } from './base/styles/tokens.ts';
export type { Theme, TokenDef, TokenName } from './base/styles/tokens.ts';
export { renderDataState, renderEmpty, renderError, renderErrorState, renderSkeleton } from './base/views/async-views.ts';
export type { DataStateTemplates } from './base/views/async-views.ts';
export { cssProps } from './base/directives/css-props.ts';
export type { CssProps } from './base/directives/css-props.ts';
export { DEFAULT_LOCALE, LOCALES, ensureMessages, matchLocale, overrideMessages, registerMessages, translations } from './i18n/index.ts';
export type { Locale, MessageArgs, MessageKey, MessagePart, MessagesOf, Translation } from './i18n/index.ts';
export { ERROR_KINDS, NotConfiguredError, describeError, errorKind } from './i18n/errors.ts';
export type { ErrorDescription, ErrorKind } from './i18n/errors.ts';

export { YwConfig } from './components/config/config.ts';
export type { ConfigClientOptions } from './components/config/config.ts';
export { STATS_SORTS, STATS_VIEWS, YwCatalogStats } from './components/catalog-stats/catalog-stats.ts';
export type { StatsSort, StatsView } from './components/catalog-stats/catalog-stats.ts';
export { YwItemSearch } from './components/item-search/item-search.ts';
export { PAGING_MODES } from './components/item-search/results.ts';
export type { PagingMode } from './components/item-search/results.ts';
export type { SearchFilters, SearchSort } from './components/item-search/url-state.ts';
export { YwItemGuide } from './components/item-guide/item-guide.ts';
export { YwAgencyRequestEvent, YwApplyEvent, YwApplyExternalEvent, YwResultsEvent, YwSelectEvent } from './base/events/index.ts';
export type {
  YwAgencyRequestDetail,
  YwApplyDetail,
  YwApplyExternalDetail,
  YwResultsDetail,
  YwSelectDetail,
  YwSelectSource,
} from './base/events/index.ts';
export { YwProgressTracker } from './components/progress-tracker/progress-tracker.ts';
export { EVALUATION_LEVELS, NEGATIVE_TAGS, POSITIVE_TAGS } from './components/progress-tracker/evaluation-scale.ts';
export type { EvaluationLevel } from './components/progress-tracker/evaluation-scale.ts';
export { YwEvaluateEvent } from './base/events/index.ts';
export type { YwEvaluateDetail } from './base/events/index.ts';
export { PICKER_LAYOUTS, YwAddressPicker } from './components/address-picker/address-picker.ts';
export type { AddressField, AddressValue, PickerLayout } from './components/address-picker/address-picker.ts';
export { YwAddressChangeEvent } from './base/events/index.ts';
export type { YwAddressChangeDetail } from './base/events/index.ts';
export { YwFormRenderer } from './components/form-renderer/form-renderer.ts';
export type { FormValues } from './components/form-renderer/form-renderer.ts';
export { YwSubmitEvent } from './base/events/index.ts';
export type { YwSubmitDetail } from './base/events/index.ts';
export { YwAccountSwitch } from './components/account-switch/account-switch.ts';
export { YwActingChangeEvent } from './base/events/index.ts';
export type { YwActingChangeDetail } from './base/events/index.ts';
export { YwCaseDesk } from './components/case-desk/case-desk.ts';
export { CASE_ACTIONS, actionsFor } from './components/case-desk/actions.ts';
export type {
  ActionErrors,
  ActionFormContext,
  ActionFormDef,
  ActionValues,
  CaseActionDef,
  FieldContext,
} from './components/case-desk/actions.ts';
export { AGENCY_ACTION_DEFS, agencyActionsFor } from './components/case-desk/agency-actions.ts';
export type { AgencyActionDef, AgencyFormContext } from './components/case-desk/agency-actions.ts';
export { YwAgencyActionEvent, YwCaseActionEvent } from './base/events/index.ts';
export type { YwAgencyActionDetail, YwCaseActionDetail } from './base/events/index.ts';
export { YwFormDesigner } from './components/form-designer/form-designer.ts';
export type { FormDesignerBackend } from './components/form-designer/form-designer.ts';
export { YwFormPublishEvent } from './base/events/index.ts';
export type { YwFormPublishDetail } from './base/events/index.ts';
