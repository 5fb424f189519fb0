// React wrapper of <yw-item-guide> (@lit/react): `import { YwItemGuide } from '@yiwang/elements/react/item-guide'`.
// Importing it registers <yw-item-guide> (and the elements it shows) and nothing else, so a page
// pays only for the elements it uses. Props are the element's properties; `yw-*` events
// are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwItemGuide as YwItemGuideElement } from '../define/yw-item-guide.ts';
import type { YwAgencyRequestEvent, YwApplyEvent, YwApplyExternalEvent, YwErrorEvent } from '../base/events/index.ts';

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
