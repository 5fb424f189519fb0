// Written for the browser baseline (Chromium 87, Safari 14): grid gaps only,
// margins between flex items, no :is(), no `inset`, no `overflow-wrap: anywhere`.
import { css } from 'lit';

// The element's frame, the query form and "my applications": what shows before an application is on
// screen. The case view brings the rest (case-view.styles.ts), with its module.
export const progressTrackerStyles = css`
  .yw-state {
    padding: var(--_yw-space-4);
    border-radius: var(--_yw-radius-l);
    background: var(--_yw-color-surface);
    overflow-wrap: break-word;
    word-break: break-word;
  }
  .title {
    font-size: var(--_yw-font-size-xl);
    line-height: 1.3;
  }
  .hint {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }

  /* Layout: every block of a view stacked with the same gap. */
  .query,
  .mine,
  .field,
  .fields {
    display: grid;
    grid-gap: var(--_yw-space-2);
    min-width: 0;
  }
  .query,
  .mine {
    grid-gap: var(--_yw-space-4);
  }
  .fields {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    grid-gap: var(--_yw-space-3) var(--_yw-space-4);
  }
  .actions,
  .head-row,
  .app-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    /* Gaps as trailing margins (no flex gap in Safari 14); only the bottom one
       is taken back, so nothing sticks out sideways on a narrow screen. */
    margin-bottom: calc(var(--_yw-space-2) * -1);
  }
  .actions > *,
  .head-row > *,
  .app-meta > * {
    margin: 0 var(--_yw-space-3) var(--_yw-space-2) 0;
  }

  /* Controls */
  label {
    font-weight: 600;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_yw-color-danger);
  }
  .field-error {
    color: var(--_yw-color-danger);
    font-weight: 600;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .yw-button.secondary {
    background: var(--_yw-color-surface);
    color: var(--_yw-color-primary);
  }
  .yw-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.75;
  }
  .alert {
    padding: var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-danger);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface-muted);
  }

  /* My applications */
  .apps {
    display: grid;
    grid-gap: var(--_yw-space-2);
  }
  .app {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-gap: var(--_yw-space-1) var(--_yw-space-3);
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .app:hover {
    background: var(--_yw-color-surface-muted);
  }
  .app-name {
    font-weight: 600;
  }
  .app-status {
    font-weight: 600;
    white-space: nowrap;
  }
  .app-meta {
    grid-column: 1 / -1;
  }

  @media (max-width: 480px) {
    .yw-state {
      padding: var(--_yw-space-3);
    }
    .app {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
