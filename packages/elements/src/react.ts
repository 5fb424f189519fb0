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
