// The styles of the views fetched after the first step (views/later.ts): file and e-license
// fields, the review and the receipt. Written for the same baseline as form-renderer.styles.ts.
import { css } from 'lit';

export const laterStyles = css`
  .license-card {
    display: block;
  }
  .license-name {
    font-weight: 700;
  }
  .license-meta {
    display: block;
    color: var(--_yw-color-text-muted);
    font-size: var(--_yw-font-size-s);
    word-break: break-all;
  }
  .chosen-license {
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-success);
    background: var(--_yw-color-surface-muted);
  }
  .files {
    margin: 0 0 var(--_yw-space-2);
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    padding: var(--_yw-space-2) 0;
    border-bottom: 1px solid var(--_yw-color-surface-muted);
  }
  .file > * {
    margin-right: var(--_yw-space-2);
  }
  .file-name {
    flex: 1 1 10rem;
    min-width: 0;
    word-break: break-all;
  }
  .file-size {
    color: var(--_yw-color-text-muted);
    font-size: var(--_yw-font-size-s);
  }
  .file-status.failed {
    flex-basis: 100%;
    color: var(--_yw-color-danger);
    font-weight: 700;
  }
  .progress {
    position: relative;
    flex: 1 1 6rem;
    height: 8px;
    overflow: hidden;
    border-radius: var(--_yw-radius-s);
    background: var(--_yw-color-surface-muted);
    outline: 1px solid var(--_yw-color-border);
  }
  .progress-fill {
    position: absolute;
    top: 0;
    bottom: 0;
    left: 0;
    width: calc(var(--_progress-ratio, 0) * 100%);
    background: var(--_progress);
  }
  .chooser {
    position: relative;
  }
  /* The native input keeps focus and keyboard use; its label is the visible button. */
  .file-input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .file-input:focus + label {
    outline: var(--_yw-focus-ring-width) solid var(--_yw-color-focus);
    outline-offset: var(--_yw-focus-ring-offset);
  }
  .file-input[disabled] + label {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .review-section {
    margin-bottom: var(--_yw-space-4);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    border-bottom: 2px solid var(--_yw-color-border);
  }
  .review-head h4 {
    margin: 0;
  }
  .review-list {
    margin: 0;
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    grid-gap: var(--_yw-space-1) var(--_yw-space-3);
    padding: var(--_yw-space-2) 0;
    border-bottom: 1px solid var(--_yw-color-surface-muted);
  }
  .review-row.group {
    grid-template-columns: minmax(0, 1fr);
  }
  .review-row dt {
    font-weight: 700;
  }
  .review-row dd {
    margin: 0;
    word-break: break-word;
  }
  .plain {
    margin: 0;
    padding-left: 1.2em;
  }

  .receipt-list > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    grid-gap: var(--_yw-space-3);
    padding: var(--_yw-space-2) 0;
    border-bottom: 1px solid var(--_yw-color-surface-muted);
  }
  .receipt-list dt {
    font-weight: 700;
  }
  .receipt-list dd {
    margin: 0;
    word-break: break-all;
  }
  .query-code,
  .receipt-number {
    font-size: var(--_yw-font-size-xl);
    font-weight: 700;
    letter-spacing: 0.1em;
  }
  .keep {
    margin-top: var(--_yw-space-3);
    font-weight: 700;
  }
  .copied {
    margin-left: var(--_yw-space-2);
  }

  @media (max-width: 30rem) {
    .review-row,
    .receipt-list > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
