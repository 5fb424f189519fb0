import { css } from 'lit';

export const accountSwitchStyles = css`
  .yw-state {
    padding: 0;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yw-space-2);
  }
  .label {
    font-weight: 600;
  }
  .option {
    min-height: var(--_yw-target-size);
  }
  .option[aria-pressed='true'] {
    background: var(--_yw-color-primary);
    border-color: var(--_yw-color-primary);
    color: var(--_yw-color-on-primary);
  }
  .option[aria-pressed='false'] {
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
  }
  .note {
    margin: 0 0 var(--_yw-space-2);
  }
`;
