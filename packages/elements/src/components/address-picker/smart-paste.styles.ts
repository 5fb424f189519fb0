// Styles of the smart paste panel (views/smart-paste.ts), fetched with it
// (smart-paste.part.ts); the toggle and the panel's box are the picker's own.
import { css } from 'lit';

export const smartPasteStyles = css`
  .paste-panel .yw-button {
    margin-top: var(--_yw-space-2);
  }
  .paste-result {
    margin-top: var(--_yw-space-2);
  }
  .paste-result > span {
    display: block;
  }
`;
