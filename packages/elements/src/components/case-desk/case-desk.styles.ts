// Written for the browser baseline (Chromium 87, Safari 14): grid gaps only,
// margins between flex items, no :is(), no `inset`, no container queries.
import { css } from 'lit';

export const caseDeskStyles = css`
  :host {
    padding: var(--_yw-space-4);
    border-radius: var(--_yw-radius-l);
    background: var(--_yw-color-surface);
    overflow-wrap: break-word;
    word-break: break-word;
  }
  .title {
    margin-bottom: var(--_yw-space-3);
    font-size: var(--_yw-font-size-xl);
    line-height: 1.3;
  }
  h3 {
    margin-bottom: var(--_yw-space-2);
    font-size: var(--_yw-font-size-l);
    line-height: 1.4;
  }
  .hint,
  .shortcuts,
  .audit-note,
  .applicant,
  .actor,
  time {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }

  /* Filters */
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    grid-gap: var(--_yw-space-3);
    margin-bottom: var(--_yw-space-3);
    padding: 0;
    border: 0;
  }
  .filter label {
    display: block;
    font-weight: 600;
  }
  select,
  textarea,
  input[type='text'],
  input[type='date'],
  input[type='time'],
  input[type='number'] {
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  textarea {
    min-height: calc(var(--_yw-target-size) * 2);
    resize: vertical;
  }
  textarea[aria-invalid='true'],
  input[aria-invalid='true'] {
    border: 2px solid var(--_yw-color-danger);
  }

  /* Queue */
  .count {
    margin-bottom: var(--_yw-space-1);
    font-weight: 600;
  }
  .shortcuts {
    margin-bottom: var(--_yw-space-2);
  }
  .queue {
    display: grid;
    grid-gap: var(--_yw-space-2);
  }
  .case-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-gap: var(--_yw-space-1) var(--_yw-space-4);
    align-items: center;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .case-row:hover {
    background: var(--_yw-color-surface-muted);
  }
  .row-main,
  .row-facts {
    display: grid;
    grid-gap: var(--_yw-space-1);
  }
  .row-facts {
    justify-items: end;
    text-align: end;
  }
  .number {
    color: var(--_yw-color-primary);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .item-name {
    color: var(--_yw-color-text);
  }
  @media (max-width: 640px) {
    .case-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .row-facts {
      justify-items: start;
      text-align: start;
    }
  }

  /* Deadline badges: a sign and words, with colour on top. */
  .deadline {
    display: inline-block;
    padding: 0 var(--_yw-space-2);
    border: 1px solid currentColor;
    border-radius: var(--_yw-radius-s);
    font-size: var(--_yw-font-size-s);
    font-weight: 600;
  }
  .deadline.overdue {
    color: var(--_yw-color-danger);
  }
  .deadline.soon,
  .deadline.paused {
    color: var(--_yw-color-warning);
  }
  .deadline.ok {
    color: var(--_yw-color-success);
  }
  .deadline.none {
    color: var(--_yw-color-text-muted);
  }
  /* Queue line markers (co-handling, 补正 waiting, 容缺 owed): a sign and words. */
  .marker {
    display: inline-block;
    padding: 0 var(--_yw-space-2);
    border: 1px dashed currentColor;
    border-radius: var(--_yw-radius-s);
    font-size: var(--_yw-font-size-s);
  }
  .marker.overdue,
  .ledger .overdue {
    color: var(--_yw-color-danger);
    font-weight: 600;
  }
  .status {
    font-weight: 600;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-top: var(--_yw-space-3);
  }
  .pager > * {
    margin: 0 var(--_yw-space-3) var(--_yw-space-2) 0;
  }
  .yw-button.secondary {
    background: var(--_yw-color-surface);
    color: var(--_yw-color-primary);
  }

  /* Case */
  .back {
    margin-bottom: var(--_yw-space-2);
  }
  .case-header {
    margin-bottom: var(--_yw-space-3);
  }
  .case-header > * + * {
    margin-top: var(--_yw-space-1);
  }
  .case-facts > * + * {
    margin-left: var(--_yw-space-2);
  }
  .case-grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-gap: var(--_yw-space-4);
  }
  @media (min-width: 1024px) {
    .case-grid {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .case-main,
  .case-side {
    display: grid;
    grid-gap: var(--_yw-space-4);
    align-content: start;
  }
  .section {
    padding: var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(6em, max-content) minmax(0, 1fr);
    grid-gap: var(--_yw-space-1) var(--_yw-space-3);
  }
  .facts dt {
    font-weight: 600;
  }
  .rectification {
    margin-top: var(--_yw-space-3);
    padding-top: var(--_yw-space-3);
    border-top: 1px solid var(--_yw-color-border);
  }
  .rectification h4 {
    margin: 0 0 var(--_yw-space-2);
    font-size: inherit;
  }
  @media (max-width: 480px) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .materials,
  .ledger,
  .events {
    display: grid;
    grid-gap: var(--_yw-space-2);
  }
  .materials li,
  .ledger li,
  .event {
    display: grid;
    grid-gap: var(--_yw-space-1);
  }
  .material-name {
    font-weight: 600;
  }
  /* The e-licenses used: the status in words with a sign; one no longer valid is outlined and says so. */
  .licenses-heading {
    margin: var(--_yw-space-3) 0 var(--_yw-space-2);
    font-size: inherit;
  }
  .licenses,
  .licenses > li {
    display: grid;
    grid-gap: var(--_yw-space-2);
  }
  .licenses,
  .license-uses {
    margin: 0;
  }
  .license.not-valid {
    padding: var(--_yw-space-2);
    border: 2px solid var(--_yw-color-danger);
    border-radius: var(--_yw-radius-s);
  }
  .license-status {
    justify-self: start;
    padding: 0 var(--_yw-space-2);
    border: 1px solid currentColor;
    border-radius: var(--_yw-radius-s);
    font-size: var(--_yw-font-size-s);
    font-weight: 600;
    color: var(--_yw-color-success);
  }
  .license-status.expired,
  .license-status.revoked,
  .license-warning {
    color: var(--_yw-color-danger);
    font-weight: 600;
  }
  .license-warning {
    margin: 0;
  }
  .event {
    padding-left: var(--_yw-space-3);
    border-left: 3px solid var(--_yw-color-border);
  }

  /* Actions */
  .action-list {
    display: flex;
    flex-wrap: wrap;
  }
  .action-list li {
    margin: 0 var(--_yw-space-2) var(--_yw-space-2) 0;
  }
  .action-form,
  .confirm {
    display: grid;
    grid-gap: var(--_yw-space-3);
  }
  .field {
    display: grid;
    grid-gap: var(--_yw-space-1);
  }
  .field label,
  .field legend {
    font-weight: 600;
  }
  fieldset.field {
    padding: 0;
    border: 0;
  }
  .field label.check {
    display: flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    font-weight: 400;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0 var(--_yw-space-2) 0 0;
  }
  .pick {
    display: grid;
    grid-gap: var(--_yw-space-1);
    margin-bottom: var(--_yw-space-2);
  }
  .field label.note-label {
    font-weight: 400;
    font-size: var(--_yw-font-size-s);
  }
  .irreversible {
    color: var(--_yw-color-danger);
  }
  .field-error,
  .action-error {
    color: var(--_yw-color-danger);
    font-weight: 600;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
  }
  .buttons > * {
    margin: 0 var(--_yw-space-2) var(--_yw-space-2) 0;
  }
  .suspension {
    margin: 0 0 var(--_yw-space-3);
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-warning);
    background: var(--_yw-color-surface-muted);
  }
  .notice {
    margin-bottom: var(--_yw-space-3);
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-accent);
    background: var(--_yw-color-surface-muted);
  }
  .refusal {
    padding: var(--_yw-space-3);
    border-left: 4px solid var(--_yw-color-danger);
    background: var(--_yw-color-surface-muted);
  }

  /* Views (tabs) */
  .view-tabs {
    display: flex;
    flex-wrap: wrap;
    margin-bottom: var(--_yw-space-3);
    border-bottom: 1px solid var(--_yw-color-border);
  }
  .view-tab {
    min-height: var(--_yw-target-size);
    margin: 0 var(--_yw-space-2) -1px 0;
    padding: var(--_yw-space-1) var(--_yw-space-3);
    border: 1px solid transparent;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_yw-color-text);
    font: inherit;
    cursor: pointer;
  }
  .view-tab[aria-selected='true'] {
    border-bottom-color: var(--_yw-color-primary);
    font-weight: 700;
  }

  /* The appointment form and view */
  .when {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    grid-gap: var(--_yw-space-3);
  }
  .bring-lines {
    display: grid;
    grid-gap: var(--_yw-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bring-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .bring-line input {
    flex: 1 1 12em;
    min-width: 0;
    margin-right: var(--_yw-space-2);
  }
  .bring-line .field-error {
    flex-basis: 100%;
  }
  .help-text {
    white-space: pre-wrap;
  }
`;
