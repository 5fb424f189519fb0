import { css } from 'lit';

// The 督查 view's styles, adopted with its module (after the element's own).
export const auditStyles = css`
  .audit-title {
    margin: 0 0 var(--_yw-space-3);
    font-size: var(--_yw-font-size-l);
  }
  .audit-department + .audit-department {
    margin-top: var(--_yw-space-4);
  }
  .audit-heading {
    margin: 0 0 var(--_yw-space-1);
    font-size: inherit;
  }
  .audit-needed,
  .audit-more,
  .audit-none {
    margin: 0 0 var(--_yw-space-2);
  }
  .audit-more {
    color: var(--_yw-color-text-muted);
  }
  .audit-table {
    width: 100%;
    border-collapse: collapse;
  }
  .audit-table th,
  .audit-table td {
    padding: var(--_yw-space-2);
    border-bottom: 1px solid var(--_yw-color-border);
    text-align: start;
    vertical-align: top;
  }
  .audit-table thead th {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .audit-table tbody th {
    font-weight: normal;
  }
`;
