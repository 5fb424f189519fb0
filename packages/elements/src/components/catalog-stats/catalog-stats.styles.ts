import { css } from 'lit';

// The department bars (the default view) and the frame; the 督查 and performance views bring their own
// styles with their modules (views/audit.styles.ts, views/performance.styles.ts).

export const catalogStatsStyles = css`
  :host {
    --_bar-color: var(--yw-catalog-stats-bar-color, var(--_yw-color-primary));
    --_bar-height: var(--yw-catalog-stats-bar-height, 8px);
  }
  .yw-state {
    padding: var(--_yw-space-4);
    border-radius: var(--_yw-radius-l);
    background: var(--_yw-color-surface);
  }
  .summary {
    margin: 0 0 var(--_yw-space-3);
    font-size: var(--_yw-font-size-l);
  }
  .published {
    margin: calc(-1 * var(--_yw-space-2)) 0 var(--_yw-space-3);
    color: var(--_yw-color-text-muted);
  }
  .list {
    display: grid;
    grid-gap: var(--_yw-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-gap: var(--_yw-space-1) var(--_yw-space-3);
    align-items: center;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border: 0;
    border-left: 4px solid transparent;
    border-radius: var(--_yw-radius-m);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .row:hover {
    background: var(--_yw-color-surface-muted);
  }
  /* Selected: a thick rule and bold type, not only a colour. */
  .row[aria-pressed='true'] {
    border-left-color: var(--_yw-color-primary);
    background: var(--_yw-color-surface-muted);
    font-weight: 700;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: flex-end;
  }
  .figures > * + * {
    margin-left: var(--_yw-space-2);
  }
  .value {
    font-size: var(--_yw-font-size-l);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .count {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .badge {
    font-size: var(--_yw-font-size-s);
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.met {
    color: var(--_yw-color-success);
  }
  .badge.unmet {
    color: var(--_yw-color-warning);
  }
  .bar {
    grid-column: 1 / -1;
    display: block;
    height: var(--_bar-height);
    border-radius: var(--_yw-radius-s);
    background: var(--_yw-color-surface-muted);
    overflow: hidden;
  }
  .row:hover .bar,
  .row[aria-pressed='true'] .bar {
    background: var(--_yw-color-surface);
  }
  .fill {
    display: block;
    height: 100%;
    background: var(--_bar-color);
    transform: scaleX(var(--_ratio, 0));
    transform-origin: left center;
  }
  @media (max-width: 480px) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .figures {
      justify-content: flex-start;
    }
  }
`;
