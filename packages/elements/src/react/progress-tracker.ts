// React wrapper of <yw-progress-tracker> (@lit/react): `import { YwProgressTracker } from '@yiwang/elements/react/progress-tracker'`.
// Importing it registers <yw-progress-tracker> (and the elements it shows) and nothing else, so a page
// pays only for the elements it uses. Props are the element's properties; `yw-*` events
// are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwProgressTracker as YwProgressTrackerElement } from '../define/yw-progress-tracker.ts';
import type { YwErrorEvent, YwEvaluateEvent } from '../base/events/index.ts';

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
