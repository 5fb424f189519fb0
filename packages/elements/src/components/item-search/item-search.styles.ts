import { css } from 'lit';

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

  /* Facets and chips */
  .filters {
    margin-bottom: var(--_yw-space-3);
  }
  .facet-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-bottom: var(--_yw-space-1);
  }
  .facet-label {
    min-width: 5em;
    margin-right: var(--_yw-space-2);
    font-weight: 600;
    font-size: var(--_yw-font-size-s);
  }
  .facet,
  .chip {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    margin: var(--_yw-space-1) var(--_yw-space-2) var(--_yw-space-1) 0;
    padding: 0 var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: calc(var(--_yw-target-size) / 2);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
    font-size: var(--_yw-font-size-s);
    cursor: pointer;
  }
  .facet:hover,
  .chip:hover {
    background: var(--_yw-color-surface-muted);
  }
  /* Chosen: a ✓ and a thicker primary border, not only a colour. */
  .facet[aria-pressed='true'] {
    border: 2px solid var(--_yw-color-primary);
    font-weight: 700;
  }
  .facet[aria-pressed='true']::before {
    content: '✓ ';
    white-space: pre;
  }
  .facet .count {
    margin-left: var(--_yw-space-1);
    color: var(--_yw-color-text-muted);
  }
  .facet.more {
    border-style: dashed;
  }
  /* Narrow screens: the facets fold away behind a "筛选" button. */
  .filters-toggle {
    display: none;
  }
  @media (max-width: 600px) {
    .filters-toggle {
      display: inline-flex;
    }
    .facet-groups:not([data-open]) {
      display: none;
    }
  }
  .sort {
    display: inline-flex;
    align-items: center;
    margin: var(--_yw-space-1) 0;
    font-size: var(--_yw-font-size-s);
  }
  .sort select {
    min-height: var(--_yw-target-size);
    margin-left: var(--_yw-space-2);
    padding: 0 var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    margin-bottom: var(--_yw-space-3);
  }
  .chip {
    border-color: var(--_yw-color-primary);
  }
  .chip span[aria-hidden] {
    margin-left: var(--_yw-space-2);
  }
  .chip.clear {
    border-style: dashed;
    border-color: var(--_yw-color-border);
  }

  /* Results */
  .yw-state {
    min-width: 0;
  }
  .total {
    margin-bottom: var(--_yw-space-2);
    font-weight: 600;
  }
  .results {
    padding: 0;
    list-style: none;
  }
  .result {
    padding: var(--_yw-space-3) 0;
    border-bottom: 1px solid var(--_yw-color-surface-muted);
  }
  .result-name {
    display: block;
    min-height: var(--_yw-target-size);
    min-width: var(--_yw-target-size);
    padding: var(--_yw-space-1) 0;
    border: 0;
    background: transparent;
    color: var(--_yw-color-accent);
    font: inherit;
    font-size: var(--_yw-font-size-l);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 4px;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .department {
    color: var(--_yw-color-text-muted);
    overflow-wrap: anywhere;
  }
  .keywords {
    margin-top: var(--_yw-space-1);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
    overflow-wrap: anywhere;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-top: var(--_yw-space-4);
  }
  .page {
    min-width: var(--_yw-target-size);
    min-height: var(--_yw-target-size);
    margin: 0 var(--_yw-space-2) var(--_yw-space-2) 0;
    padding: 0 var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
    cursor: pointer;
  }
  .page[aria-current='page'] {
    border: 2px solid var(--_yw-color-primary);
    font-weight: 700;
  }
  .page[disabled] {
    cursor: not-allowed;
    color: var(--_yw-color-text-muted);
  }
  .gap {
    margin-right: var(--_yw-space-2);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-top: var(--_yw-space-4);
  }
  .more .shown {
    margin-right: var(--_yw-space-3);
    color: var(--_yw-color-text-muted);
  }
  .yw-button.secondary {
    background: var(--_yw-color-surface);
    color: var(--_yw-color-primary);
  }
  .yw-button[aria-disabled='true'] {
    cursor: progress;
  }

  /* Empty state */
  .tries {
    display: flex;
    flex-wrap: wrap;
    padding: 0;
    list-style: none;
  }
  .tries .yw-link-button {
    margin-right: var(--_yw-space-1);
  }

  /* The guide panel */
  .guide-panel:focus {
    outline: none;
  }
  .back {
    margin-bottom: var(--_yw-space-3);
  }
`;
