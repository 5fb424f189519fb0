import { css } from 'lit';

/** The search box, its suggestions and the guide panel: what shows before the first answer. */
export const itemSearchStyles = css`
  :host {
    --_mark: var(--yw-item-search-mark-background, #fff3b0);
    --_popup-max-height: var(--yw-item-search-popup-max-height, 60vh);
  }
  :host([data-yw-theme='dark']) {
    --_mark: var(--yw-item-search-mark-background, #3d3100);
  }
  @media (prefers-color-scheme: dark) {
    :host([data-yw-theme='auto']) {
      --_mark: var(--yw-item-search-mark-background, #3d3100);
    }
  }
  [hidden] {
    display: none !important;
  }
  p,
  ol,
  ul {
    margin: 0;
  }
  mark {
    padding: 0 1px;
    border-radius: var(--_yw-radius-s);
    background: var(--_mark);
    color: inherit;
    /* Not by colour alone: matches are also underlined. */
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }

  /* The search form */
  .search {
    margin-bottom: var(--_yw-space-4);
  }
  .label {
    display: block;
    margin-bottom: var(--_yw-space-1);
    font-weight: 600;
  }
  .box {
    display: flex;
    align-items: stretch;
  }
  .combo {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
  }
  input {
    display: block;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: 0 calc(var(--_yw-target-size) + var(--_yw-space-1)) 0 var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m) 0 0 var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  input::placeholder {
    color: var(--_yw-color-text-muted);
    opacity: 1;
  }
  .clear {
    position: absolute;
    top: 0;
    right: 0;
    width: var(--_yw-target-size);
    height: 100%;
    border: 0;
    background: transparent;
    color: var(--_yw-color-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .submit {
    flex: none;
    border-radius: 0 var(--_yw-radius-m) var(--_yw-radius-m) 0;
  }
  .hint {
    margin-top: var(--_yw-space-1);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }

  /* The suggestion popup (base/styles/options.ts), which is the listbox and scrolls. */
  .popup {
    max-height: var(--_popup-max-height);
    padding: var(--_yw-space-1) 0;
    overflow-y: auto;
  }
  .group-label {
    padding: var(--_yw-space-1) var(--_yw-space-3);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  /* A name, and its department at the right. */
  .option {
    align-items: baseline;
    justify-content: space-between;
  }
  .option.action {
    color: var(--_yw-color-accent);
  }
  .option-text {
    margin-right: var(--_yw-space-3);
    overflow-wrap: anywhere;
  }
  .option-detail {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }

  .yw-state {
    min-width: 0;
  }
  .yw-button.secondary {
    background: var(--_yw-color-surface);
    color: var(--_yw-color-primary);
  }
  .yw-button[aria-disabled='true'] {
    cursor: progress;
  }

  /* The guide panel */
  .guide-panel:focus {
    outline: none;
  }
  .back {
    margin-bottom: var(--_yw-space-3);
  }
`;
