// The popup and options of a combobox (base/controllers/combobox.ts), shared by
// every element that has one. An option is a click target of at least
// `--_yw-target-size` (40px; 48px in elder mode, never below 44px). The active
// option (the keys' visual focus) has a focus-coloured outline and a tint, the
// chosen one a bar and bold type: neither by colour alone.
import { css } from 'lit';

export const optionStyles = css`
  .popup {
    position: absolute;
    z-index: 20;
    top: 100%;
    left: 0;
    right: 0;
    margin-top: 2px;
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  }
  .popup[hidden] {
    display: none;
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-3);
    border-left: 4px solid transparent;
    cursor: pointer;
  }
  .option:hover {
    background: var(--_yw-color-surface-muted);
  }
  .option.active {
    background: var(--_yw-color-surface-muted);
    outline: 2px solid var(--_yw-color-focus);
    outline-offset: -2px;
  }
  .option.chosen {
    border-left-color: var(--_yw-color-primary);
    font-weight: 700;
  }
  /* What the popup says instead of options (loading, no match). */
  .list-status {
    margin: 0;
    padding: var(--_yw-space-2) var(--_yw-space-3);
    color: var(--_yw-color-text-muted);
  }
`;
