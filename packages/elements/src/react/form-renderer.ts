// React wrapper of <yw-form-renderer> (@lit/react): `import { YwFormRenderer } from '@yiwang/elements/react/form-renderer'`.
// Importing it registers <yw-form-renderer> (and the elements it shows) and nothing else, so a page
// pays only for the elements it uses. Props are the element's properties; `yw-*` events
// are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwFormRenderer as YwFormRendererElement } from '../define/yw-form-renderer.ts';
import type { YwErrorEvent, YwSubmitEvent } from '../base/events/index.ts';

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
