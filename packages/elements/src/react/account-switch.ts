// React wrapper of <yw-account-switch> (@lit/react): `import { YwAccountSwitch } from '@yiwang/elements/react/account-switch'`.
// Importing it registers <yw-account-switch> and nothing else. Props are the element's properties;
// `yw-*` events are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwAccountSwitch as YwAccountSwitchElement } from '../define/yw-account-switch.ts';
import type { YwActingChangeEvent, YwErrorEvent } from '../base/events/index.ts';

/** `<yw-account-switch>`: switch between acting for yourself and for an enterprise. */
export const YwAccountSwitch = createComponent({
  tagName: 'yw-account-switch',
  elementClass: YwAccountSwitchElement,
  react: React,
  events: {
    onYwActingChange: 'yw-acting-change' as EventName<YwActingChangeEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});
