import { css } from 'lit';

// The 申请帮办代办 form's styles, adopted with its module after the element's own.
export const agencyFormStyles = css`
  .agency {
    margin-top: var(--_yw-space-3);
    padding: var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
  }
  .agency h3 {
    margin: 0 0 var(--_yw-space-2);
  }
  .agency .field {
    margin-bottom: var(--_yw-space-2);
  }
  .agency label {
    display: block;
    font-weight: 600;
  }
  .agency select,
  .agency textarea,
  .agency input {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  .agency textarea {
    resize: vertical;
  }
  .agency [aria-invalid='true'] {
    border: 2px solid var(--_yw-color-danger);
  }
  .agency .problem {
    color: var(--_yw-color-danger);
  }
  .agency .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yw-space-2);
  }
`;
