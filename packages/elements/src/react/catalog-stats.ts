// React wrapper of <yw-catalog-stats> (@lit/react): `import { YwCatalogStats } from '@yiwang/elements/react/catalog-stats'`.
// Importing it registers <yw-catalog-stats> (and the elements it shows) and nothing else, so a page
// pays only for the elements it uses. Props are the element's properties; `yw-*` events
// are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwCatalogStats as YwCatalogStatsElement } from '../define/yw-catalog-stats.ts';
import type { YwDepartmentSelectEvent, YwErrorEvent } from '../base/events/index.ts';

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
