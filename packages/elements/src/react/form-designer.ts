// React wrapper of <yw-form-designer> (@lit/react): `import { YwFormDesigner } from '@yiwang/elements/react/form-designer'`.
// Importing it registers <yw-form-designer> (and the <yw-form-renderer> of its preview) and nothing else.
// Props are the element's properties (`form`, `backend`); `yw-*` events are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwFormDesigner as YwFormDesignerElement } from '../define/yw-form-designer.ts';
import type { YwErrorEvent, YwFormPublishEvent } from '../base/events/index.ts';

/** `<yw-form-designer>`: build an application form by mouse and keyboard. */
export const YwFormDesigner = createComponent({
  tagName: 'yw-form-designer',
  elementClass: YwFormDesignerElement,
  react: React,
  events: {
    onYwFormPublish: 'yw-form-publish' as EventName<YwFormPublishEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});
