// React wrapper of <yw-address-picker> (@lit/react): `import { YwAddressPicker } from '@yiwang/elements/react/address-picker'`.
// Importing it registers <yw-address-picker> (and the elements it shows) and nothing else, so a page
// pays only for the elements it uses. Props are the element's properties; `yw-*` events
// are `onYw…` props with the typed event.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { YwAddressPicker as YwAddressPickerElement } from '../define/yw-address-picker.ts';
import type { YwAddressChangeEvent, YwErrorEvent } from '../base/events/index.ts';

/**
 * `<yw-address-picker>`: a delivery address (area levels, pinyin search, smart paste, saved
 * addresses, EMS coverage); a form control. `value` is the structured address.
 */
export const YwAddressPicker = createComponent({
  tagName: 'yw-address-picker',
  elementClass: YwAddressPickerElement,
  react: React,
  events: {
    onYwChange: 'yw-change' as EventName<YwAddressChangeEvent>,
    onYwError: 'yw-error' as EventName<YwErrorEvent>,
  },
});
