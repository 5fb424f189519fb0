// React wrapper of <yw-case-desk> (@lit/react): `import { YwCaseDesk } from '@yiwang/elements/react/case-desk'`.
// Importing it registers <yw-case-desk> and nothing else. Props are the element's properties;
// `yw-*` events are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwCaseDesk as YwCaseDeskElement } from '../define/yw-case-desk.ts';
import type { YwAgencyActionEvent, YwCaseActionEvent, YwErrorEvent } from '../base/events/index.ts';

/** `<yw-case-desk>`: the department staff's case queue and case view, and the 预审代办 requests. */
export const YwCaseDesk = createComponent({
  tagName: 'yw-case-desk',
  elementClass: YwCaseDeskElement,
  react: React,
  events: {
    onYwCaseAction: 'yw-case-action' as EventName<YwCaseActionEvent>,
    onYwAgencyAction: 'yw-agency-action' as EventName<YwAgencyActionEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});
