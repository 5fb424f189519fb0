// React wrappers (@lit/react): `import { YwConfig, YwCatalogStats } from
// '@yiwang/elements/react'`. Props are the elements' properties; `yw-*` events
// are `onYw…` props with the typed event. Importing this module registers the
// tags, as a React user expects a component to work once imported.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwConfig as YwConfigElement } from './define/yw-config.ts';
import { YwCatalogStats as YwCatalogStatsElement } from './define/yw-catalog-stats.ts';
import type { YwDepartmentSelectEvent, YwErrorEvent } from './base/events/index.ts';
import { YwItemSearch as YwItemSearchElement } from './define/yw-item-search.ts';
import { YwItemGuide as YwItemGuideElement } from './define/yw-item-guide.ts';
import type { YwAgencyRequestEvent, YwApplyEvent, YwApplyExternalEvent, YwResultsEvent, YwSelectEvent } from './base/events/index.ts';
import { YwAddressPicker as YwAddressPickerElement } from './define/yw-address-picker.ts';
import type { YwAddressChangeEvent } from './base/events/index.ts';
import { YwProgressTracker as YwProgressTrackerElement } from './define/yw-progress-tracker.ts';
import type { YwEvaluateEvent } from './base/events/index.ts';
import { YwFormRenderer as YwFormRendererElement } from './define/yw-form-renderer.ts';
import type { YwSubmitEvent } from './base/events/index.ts';

/** `<yw-config>`: API base, token, locale, theme and elder mode for the elements inside. */
export const YwConfig = createComponent({
  tagName: 'yw-config',
  elementClass: YwConfigElement,
  react: React,
  events: { onYwError: 'yw-error' as EventName<YwErrorEvent> },
});

/** `<yw-catalog-stats>`: per-department share of items that need no visit. */
export const YwCatalogStats = createComponent({
  tagName: 'yw-catalog-stats',
  elementClass: YwCatalogStatsElement,
  react: React,
  events: {
    onYwDepartmentSelect: 'yw-department-select' as EventName<YwDepartmentSelectEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});

/** `<yw-progress-tracker>`: progress of an application, by number and query code or from my applications. */
export const YwProgressTracker = createComponent({
  tagName: 'yw-progress-tracker',
  elementClass: YwProgressTrackerElement,
  react: React,
  events: {
    onYwEvaluate: 'yw-evaluate' as EventName<YwEvaluateEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});

/**
 * `<yw-address-picker>`: a delivery address (area levels, pinyin search, smart paste, saved
 * addresses, EMS coverage); a form control. `value` is the structured address.
 */
export const YwAddressPicker = createComponent({
  tagName: 'yw-address-picker',
  elementClass: YwAddressPickerElement,
  react: React,
  events: {
    onYwChange: 'yw-change' as EventName<YwAddressChangeEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});

/** `<yw-item-search>`: catalog search as you type, with facets, paging and the service guide panel. */
export const YwItemSearch = createComponent({
  tagName: 'yw-item-search',
  elementClass: YwItemSearchElement,
  react: React,
  events: {
    onYwSelect: 'yw-select' as EventName<YwSelectEvent>,
    onYwResults: 'yw-results' as EventName<YwResultsEvent>,
    onYwApply: 'yw-apply' as EventName<YwApplyEvent>,
    onYwApplyExternal: 'yw-apply-external' as EventName<YwApplyExternalEvent>,
    onYwAgencyRequest: 'yw-agency-request' as EventName<YwAgencyRequestEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});

/** `<yw-item-guide>`: the service guide (办事指南) of one item, with "在线申请" and "申请帮办代办". */
export const YwItemGuide = createComponent({
  tagName: 'yw-item-guide',
  elementClass: YwItemGuideElement,
  react: React,
  events: {
    onYwApply: 'yw-apply' as EventName<YwApplyEvent>,
    onYwApplyExternal: 'yw-apply-external' as EventName<YwApplyExternalEvent>,
    onYwAgencyRequest: 'yw-agency-request' as EventName<YwAgencyRequestEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});

/**
 * `<yw-form-renderer>`: an application form from its schema (`formId` or `schema`), with prefill,
 * uploads, drafts and idempotent submission. `onYwSubmit` gets the application number and query code.
 */
export const YwFormRenderer = createComponent({
  tagName: 'yw-form-renderer',
  elementClass: YwFormRendererElement,
  react: React,
  events: {
    onYwSubmit: 'yw-submit' as EventName<YwSubmitEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});
