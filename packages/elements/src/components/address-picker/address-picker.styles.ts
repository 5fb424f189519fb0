// Baseline browsers (Chromium 87, Safari 14): no flex `gap`, `inset`, `:is()`
// or container queries; the layout switch is the element's own (ResizeObserver).
import { css } from 'lit';

export const addressPickerStyles = css`
  :host {
    --_sheet-max-height: var(--yw-address-picker-sheet-max-height, 85vh);
    --_list-max-height: var(--yw-address-picker-list-max-height, 18em);
  }
  .yw-state {
    padding: var(--_yw-space-4);
    border-radius: var(--_yw-radius-l);
    background: var(--_yw-color-surface);
  }
  p {
    margin: 0;
  }
  .region {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    padding: 0;
    margin-bottom: var(--_yw-space-2);
    font-weight: 700;
  }
  .label {
    display: block;
    margin-bottom: var(--_yw-space-1);
    font-weight: 600;
  }
  .hint {
    margin-top: var(--_yw-space-1);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .region > .hint {
    margin: 0 0 var(--_yw-space-2);
  }
  .input {
    display: block;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  textarea.input {
    resize: vertical;
  }
  .input::placeholder {
    color: var(--_yw-color-text-muted);
    opacity: 1;
  }
  .input[aria-invalid='true'] {
    border: 2px solid var(--_yw-color-danger);
  }
  .input:disabled {
    background: var(--_yw-color-surface-muted);
    cursor: not-allowed;
  }
  .field,
  .levels,
  .search + .hint {
    margin-top: var(--_yw-space-3);
  }
  .search {
    margin-bottom: var(--_yw-space-3);
  }
  .pair,
  .levels {
    display: grid;
    grid-gap: 0 var(--_yw-space-3);
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
  }
  .levels {
    grid-gap: var(--_yw-space-3);
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    align-items: start;
  }
  .level-error {
    margin-top: var(--_yw-space-1);
    font-size: var(--_yw-font-size-s);
    font-weight: 600;
    color: var(--_yw-color-danger);
  }
  .level-error::before {
    content: '⚠ ';
  }
  .field-error {
    margin-top: var(--_yw-space-1);
    font-size: var(--_yw-font-size-s);
    font-weight: 600;
    color: var(--_yw-color-danger);
  }
  /* Not by colour alone: a sign with the words. */
  .field-error::before,
  .paste-error::before {
    content: '⚠ ';
  }

  /* Comboboxes (popup and options: base/styles/options.ts): the list drops down under the input (inline) or fills the sheet. */
  .combo-box {
    position: relative;
  }
  /* The listbox itself scrolls (a combobox's popup, which needs no focusable content). */
  .listbox {
    max-height: var(--_list-max-height);
    margin: 0;
    padding: var(--_yw-space-1) 0;
    overflow-y: auto;
    list-style: none;
  }
  .listbox:empty {
    padding: 0;
  }
  .hit-path {
    margin-left: var(--_yw-space-2);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .retry {
    margin-top: var(--_yw-space-2);
  }

  /* The coverage line's own styles come with it (coverage.styles.ts). */

  /* Buttons besides the primary .yw-button. */
  .outline-button,
  .sheet-trigger,
  .tab {
    min-height: var(--_yw-target-size);
    font: inherit;
    cursor: pointer;
  }
  .outline-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--_yw-target-size);
    padding: 0 var(--_yw-space-3);
    border: 1px solid var(--_yw-color-primary);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-primary);
  }
  .outline-button[disabled],
  .sheet-trigger[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .paste {
    margin-bottom: var(--_yw-space-4);
  }
  .paste-panel {
    margin-top: var(--_yw-space-2);
  }
  .paste-panel[hidden] {
    display: none;
  }
  /* The panel's own (smart-paste.styles.ts) and the address book's (address-book.styles.ts) come with them. */
  .paste-error,
  .paste-missing {
    font-weight: 600;
    color: var(--_yw-color-danger);
  }

  /* Narrow layout: one button, and a bottom sheet with a tab and a column per level. */
  .sheet-trigger {
    display: flex;
    align-items: center;
    justify-content: space-between;
    width: 100%;
    padding: var(--_yw-space-1) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    text-align: start;
  }
  .sheet-trigger[aria-invalid='true'] {
    border: 2px solid var(--_yw-color-danger);
  }
  .placeholder {
    color: var(--_yw-color-text-muted);
  }
  .backdrop {
    position: fixed;
    z-index: 1000;
    top: 0;
    right: 0;
    bottom: 0;
    left: 0;
    background: rgba(0, 0, 0, 0.5);
  }
  .sheet {
    position: fixed;
    z-index: 1001;
    right: 0;
    bottom: 0;
    left: 0;
    display: flex;
    flex-direction: column;
    max-height: var(--_sheet-max-height);
    padding: var(--_yw-space-3) var(--_yw-space-4) var(--_yw-space-4);
    border-radius: var(--_yw-radius-l) var(--_yw-radius-l) 0 0;
    background: var(--_yw-color-surface);
    box-shadow: 0 -8px 24px rgba(0, 0, 0, 0.25);
  }
  .sheet-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .sheet-title {
    font-size: var(--_yw-font-size-l);
    font-weight: 700;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    margin: var(--_yw-space-2) 0;
    border-bottom: 1px solid var(--_yw-color-border);
  }
  .tab {
    max-width: 100%;
    padding: 0 var(--_yw-space-2);
    border: 0;
    border-bottom: 3px solid transparent;
    background: transparent;
    color: var(--_yw-color-text);
  }
  /* The open level: a thick rule and bold type. */
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_yw-color-primary);
    font-weight: 700;
  }
  .tab[disabled] {
    color: var(--_yw-color-text-muted);
    cursor: not-allowed;
  }
  .column {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .column .combo-box {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .column .popup {
    position: static;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 6em;
    margin-top: var(--_yw-space-2);
    box-shadow: none;
  }
  .column .listbox {
    flex: 1 1 auto;
    max-height: none;
  }
  .column .hint {
    margin: 0 0 var(--_yw-space-2);
  }
`;
