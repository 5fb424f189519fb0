import { css } from 'lit';

// The performance view's styles, adopted with its module (after the element's own).
export const performanceStyles = css`
  .performance-title {
    margin: 0 0 var(--_yw-space-2);
    font-size: var(--_yw-font-size-l);
  }
  .performance .summary {
    font-size: inherit;
  }
  /* The table scrolls inside its box on narrow screens; the page never scrolls sideways. */
  .table-scroll {
    overflow-x: auto;
    border-radius: var(--_yw-radius-m);
  }
  .performance-table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .performance-table th,
  .performance-table td {
    padding: var(--_yw-space-2);
    border-bottom: 1px solid var(--_yw-color-border);
    text-align: end;
    vertical-align: top;
  }
  .performance-table th[scope='row'],
  .performance-table thead th:first-child {
    text-align: start;
  }
  .performance-table thead th {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
    font-weight: 600;
  }
  .performance-table tbody th {
    font-weight: normal;
  }
  .performance-table tfoot th,
  .performance-table tfoot td {
    font-weight: 700;
    border-bottom: 0;
  }
  .performance-table .sub {
    display: block;
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
    white-space: nowrap;
  }
  /* Something to act on: a sign and weight, not only a colour. */
  .performance-table .attention {
    color: var(--_yw-color-warning);
    font-weight: 700;
  }
  .note {
    margin: var(--_yw-space-2) 0 0;
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .attention-list h3 {
    margin: var(--_yw-space-3) 0 var(--_yw-space-1);
    font-size: inherit;
  }
  .attention-list ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yw-space-1) var(--_yw-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-variant-numeric: tabular-nums;
  }
  .attention-list p {
    margin: 0;
  }
`;
