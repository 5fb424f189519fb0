// Written for the browser baseline (Chromium 87, Safari 14): grid-gap, no flex
// `gap`, no `:is()`, no `inset`. Errors and states carry a sign and words, never
// colour alone; every target is at least --yw-target-size.
import { css } from 'lit';

export const formRendererStyles = css`
  :host {
    --_max-width: var(--yw-form-renderer-max-width, 48rem);
    --_progress: var(--yw-form-renderer-progress-color, var(--_yw-color-accent));
  }
  .yw-state {
    max-width: var(--_max-width);
    padding: var(--_yw-space-4);
    border-radius: var(--_yw-radius-l);
    background: var(--_yw-color-surface);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_yw-space-3);
    line-height: 1.4;
  }
  .form-title {
    font-size: var(--_yw-font-size-xl);
  }
  .step-heading {
    font-size: var(--_yw-font-size-l);
  }
  .section h4 {
    font-size: var(--_yw-font-size-base);
    padding-bottom: var(--_yw-space-1);
    border-bottom: 1px solid var(--_yw-color-border);
  }
  p {
    margin: 0 0 var(--_yw-space-2);
  }
  .hint,
  .muted,
  .counter,
  .note {
    color: var(--_yw-color-text-muted);
    font-size: var(--_yw-font-size-s);
  }
  .note {
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-accent);
    background: var(--_yw-color-surface-muted);
  }
  .optional {
    font-weight: 400;
    color: var(--_yw-color-text-muted);
  }
  .yw-button.secondary {
    border-color: var(--_yw-color-border);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
  }
  /* Steps: wrap on narrow screens instead of scrolling sideways. */
  .steps ol {
    display: flex;
    flex-wrap: wrap;
    margin: 0 0 var(--_yw-space-4);
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .step {
    display: flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    margin: 0 var(--_yw-space-3) var(--_yw-space-1) 0;
    color: var(--_yw-color-text-muted);
    font-size: var(--_yw-font-size-s);
  }
  .step[data-state='current'] {
    color: var(--_yw-color-text);
    font-weight: 700;
  }
  .step-link {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_yw-color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .step-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.8em;
    height: 1.8em;
    margin-right: var(--_yw-space-1);
    border: 2px solid currentColor;
    border-radius: 50%;
    text-decoration: none;
  }
  .step[data-state='current'] .step-number {
    border-color: var(--_yw-color-primary);
    background: var(--_yw-color-primary);
    color: var(--_yw-color-on-primary);
  }

  /* GOV.UK error summary: a thick danger rule, a heading, links to the fields. */
  .error-summary,
  .submit-error {
    margin: 0 0 var(--_yw-space-4);
    padding: var(--_yw-space-3) var(--_yw-space-4);
    border: 4px solid var(--_yw-color-danger);
    border-radius: var(--_yw-radius-m);
  }
  .error-summary h3::before,
  .submit-error-message::before {
    content: '⚠ ';
    color: var(--_yw-color-danger);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .error-summary a {
    display: inline-block;
    padding: var(--_yw-space-1) 0;
    color: var(--_yw-color-danger);
    font-weight: 700;
  }
  .submit-error-message {
    font-weight: 700;
  }

  .section {
    margin-bottom: var(--_yw-space-4);
  }
  .field {
    min-width: 0;
    margin: 0 0 var(--_yw-space-4);
    padding: 0;
    border: 0;
  }
  .field[data-invalid] {
    padding-left: var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-danger);
  }
  label,
  legend {
    display: block;
    margin-bottom: var(--_yw-space-1);
    padding: 0;
    font-weight: 700;
  }
  .field-error {
    color: var(--_yw-color-danger);
    font-weight: 700;
  }
  .field-error::before {
    content: '⚠ ';
  }
  .prefilled {
    color: var(--_yw-color-success);
    font-size: var(--_yw-font-size-s);
  }
  input:not([type='radio']):not([type='checkbox']):not([type='file']),
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  input[readonly] {
    background: var(--_yw-color-surface-muted);
  }
  [aria-invalid='true'] {
    border-color: var(--_yw-color-danger);
    border-width: 2px;
  }
  .with-unit {
    display: flex;
    align-items: center;
  }
  .with-unit input {
    flex: 1 1 auto;
    min-width: 0;
  }
  .unit {
    flex: none;
    margin-left: var(--_yw-space-2);
  }
  .counter[data-over] {
    color: var(--_yw-color-danger);
    font-weight: 700;
  }
  .choices {
    display: grid;
    grid-gap: var(--_yw-space-1);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    min-height: var(--_yw-target-size);
    margin: 0;
    padding: var(--_yw-space-1) 0;
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: calc(var(--_yw-font-size-base) * 1.25);
    height: calc(var(--_yw-font-size-base) * 1.25);
    margin: 0.2em var(--_yw-space-2) 0 0;
  }
  .choice.small {
    font-size: var(--_yw-font-size-s);
  }

  .group,
  .entry {
    padding: var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
  }
  .entry {
    margin: 0 0 var(--_yw-space-3);
  }

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

  .nav {
    display: flex;
    flex-wrap: wrap;
    margin-top: var(--_yw-space-4);
  }
  .nav > * {
    margin: 0 var(--_yw-space-3) var(--_yw-space-2) 0;
  }
  .banner {
    margin: 0 0 var(--_yw-space-4);
    padding: var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-accent);
    background: var(--_yw-color-surface-muted);
  }
  .banner.warning {
    border-left-color: var(--_yw-color-warning);
  }
  .banner-actions > * {
    margin: 0 var(--_yw-space-2) var(--_yw-space-2) 0;
  }
  .footer {
    margin-top: var(--_yw-space-3);
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
    .nav > * {
      flex: 1 1 auto;
    }
  }
`;
