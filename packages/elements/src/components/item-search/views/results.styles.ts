import { css } from 'lit';

/** The facets, the result list with its paging and the empty state: added with the views that render them. */
export const resultStyles = css`
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
  .chip,
  .sort select {
    min-height: var(--_yw-target-size);
    border: 1px solid var(--_yw-color-border);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  .facet,
  .chip {
    display: inline-flex;
    align-items: center;
    margin: var(--_yw-space-1) var(--_yw-space-2) var(--_yw-space-1) 0;
    padding: 0 var(--_yw-space-3);
    border-radius: calc(var(--_yw-target-size) / 2);
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
    margin-left: var(--_yw-space-2);
    padding: 0 var(--_yw-space-2);
    border-radius: var(--_yw-radius-m);
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
`;
