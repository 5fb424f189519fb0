// React wrapper of <yw-item-search> (@lit/react): `import { YwItemSearch } from '@yiwang/elements/react/item-search'`.
// Importing it registers <yw-item-search> (and the elements it shows) and nothing else, so a page
// pays only for the elements it uses. Props are the element's properties; `yw-*` events
// are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwItemSearch as YwItemSearchElement } from '../define/yw-item-search.ts';
import type {
  YwAgencyRequestEvent,
  YwApplyEvent,
  YwApplyExternalEvent,
  YwErrorEvent,
  YwResultsEvent,
  YwSelectEvent,
} from '../base/events/index.ts';

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
