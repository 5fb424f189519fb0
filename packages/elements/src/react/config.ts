// React wrapper of <yw-config> (@lit/react): `import { YwConfig } from '@yiwang/elements/react/config'`.
// Importing it registers <yw-config> (and the elements it shows) and nothing else, so a page
// pays only for the elements it uses. Props are the element's properties; `yw-*` events
// are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwConfig as YwConfigElement } from '../define/yw-config.ts';
import type { YwErrorEvent } from '../base/events/index.ts';

/** `<yw-config>`: API base, token, locale, theme and elder mode for the elements inside. */
export const YwConfig = createComponent({
  tagName: 'yw-config',
  elementClass: YwConfigElement,
  react: React,
  events: { onYwError: 'yw-error' as EventName<YwErrorEvent> },
});
