// Written for the browser baseline (Chromium 87, Safari 14): grid-gap, no flex
// `gap`, no `:is()`, no `inset`. Errors and states carry a sign and words, never
// colour alone; every target is at least --yw-target-size.
import { css } from 'lit';

// The styles of the later views (files, e-licenses, review, receipt) are in views/later.styles.ts.
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

  @media (max-width: 30rem) {
    .nav > * {
      flex: 1 1 auto;
    }
  }
`;
