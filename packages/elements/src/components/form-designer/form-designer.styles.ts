import { css } from 'lit';

// Three columns side by side where there is room (1280 px: build, properties, preview); on a tablet
// the columns wrap (build and properties side by side, the preview below); never a sideways scroll.
export const formDesignerStyles = css`
  .designer {
    max-width: 100%;
  }
  .title {
    margin: 0 0 var(--_yw-space-3);
    font-size: var(--_yw-font-size-xl);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yw-space-2) var(--_yw-space-4);
    padding: var(--_yw-space-2) 0 var(--_yw-space-3);
    border-bottom: 1px solid var(--_yw-color-border);
    margin-bottom: var(--_yw-space-3);
  }
  .tool-group {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yw-space-2);
  }
  .status {
    margin: 0;
    flex: 1 1 12rem;
    color: var(--_yw-color-text-muted);
  }
  .status[data-status='saveFailed'],
  .status[data-status='starterFailed'] {
    color: var(--_yw-color-danger);
  }
  .status[data-status='saved'] {
    color: var(--_yw-color-success);
  }
  .yw-button.secondary {
    border-color: var(--_yw-color-border);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
  }
  .yw-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .yw-button[aria-pressed='true'] {
    background: var(--_yw-color-primary);
    border-color: var(--_yw-color-primary);
    color: var(--_yw-color-on-primary);
  }
  .yw-button.small {
    padding: 0 var(--_yw-space-2);
  }
  .yw-button.danger {
    color: var(--_yw-color-danger);
  }
  .workspace {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    margin: 0 calc(-1 * var(--_yw-space-2));
  }
  .workspace > * {
    min-width: 0;
    margin: 0 var(--_yw-space-2) var(--_yw-space-4);
  }
  .column.build {
    flex: 1 1 17rem;
  }
  .column.edit {
    flex: 1 1 19rem;
  }
  .preview {
    flex: 1.4 1 22rem;
  }
  .panel {
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-l);
    padding: var(--_yw-space-3);
    background: var(--_yw-color-surface);
    margin-bottom: var(--_yw-space-3);
  }
  .panel-heading {
    margin: 0 0 var(--_yw-space-2);
    font-size: var(--_yw-font-size-l);
  }
  .hint {
    margin: 0 0 var(--_yw-space-2);
    color: var(--_yw-color-text-muted);
    font-size: var(--_yw-font-size-s);
  }
  .palette-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yw-space-2);
  }
  .palette-item {
    padding: 0 var(--_yw-space-3);
  }
  .steps,
  .sections,
  .fields {
    display: block;
  }
  .step {
    margin-bottom: var(--_yw-space-3);
  }
  .sections {
    padding-left: var(--_yw-space-3);
    border-left: 2px solid var(--_yw-color-border);
  }
  .section {
    margin: var(--_yw-space-2) 0;
  }
  .structure-button,
  .field-button {
    display: block;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-2);
    border: 1px solid transparent;
    border-radius: var(--_yw-radius-m);
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .structure-button {
    font-weight: 600;
  }
  .structure-button[aria-pressed='true'],
  .field-button[aria-pressed='true'] {
    border-color: var(--_yw-color-primary);
    background: var(--yw-form-designer-selected-background, var(--_yw-color-surface-muted));
  }
  .field-row {
    margin: 2px 0;
  }
  .field-row[data-selected] {
    padding-bottom: var(--_yw-space-1);
  }
  .drag-handle {
    color: var(--_yw-color-text-muted);
    margin-right: var(--_yw-space-1);
    cursor: grab;
  }
  .row-actions,
  .prop-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yw-space-1);
    margin-top: var(--_yw-space-1);
  }
  .empty-section {
    padding: var(--_yw-space-2);
    border: 1px dashed var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
  }
  .props {
    display: block;
  }
  .field-type {
    margin: 0 0 var(--_yw-space-2);
    font-weight: 600;
  }
  .prop {
    display: flex;
    flex-direction: column;
    margin-bottom: var(--_yw-space-3);
  }
  .prop.check {
    flex-direction: row;
    align-items: center;
    gap: var(--_yw-space-2);
  }
  .prop.check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .prop label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_yw-color-text);
    background: var(--_yw-color-surface);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-2);
    max-width: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_yw-color-danger);
    border-width: 2px;
  }
  .problem {
    color: var(--_yw-color-danger);
    margin: var(--_yw-space-1) 0 0;
  }
  .problem::before {
    content: '! ';
    font-weight: 700;
  }
  .ok {
    color: var(--_yw-color-success);
    margin: var(--_yw-space-1) 0 0;
  }
  .ok::before {
    content: '✓ ';
  }
  .prop-group {
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    margin: 0 0 var(--_yw-space-3);
    padding: var(--_yw-space-2) var(--_yw-space-3);
    min-width: 0;
  }
  .prop-group legend {
    font-weight: 600;
    padding: 0 var(--_yw-space-1);
  }
  .option-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yw-space-1);
    margin-bottom: var(--_yw-space-2);
  }
  .option-inputs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yw-space-1);
    flex: 1 1 12rem;
    min-width: 0;
  }
  .option-inputs input {
    flex: 1 1 6rem;
    min-width: 0;
  }
  .option-actions {
    display: inline-flex;
    gap: var(--_yw-space-1);
  }
  .condition {
    margin-top: var(--_yw-space-3);
  }
  .condition-panel {
    margin-top: var(--_yw-space-2);
  }
  .comparisons {
    display: block;
  }
  .inline-label {
    font-weight: 600;
  }
  .starter-item {
    width: 10rem;
  }
  .json-text {
    display: block;
    width: 100%;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: var(--_yw-font-size-s);
    line-height: 1.5;
  }
  .problems {
    margin-top: var(--_yw-space-2);
  }
  .problems li {
    margin-bottom: var(--_yw-space-1);
    overflow-wrap: anywhere;
  }
  .problems li::before {
    content: '! ';
    color: var(--_yw-color-danger);
    font-weight: 700;
  }
  .save-failure {
    flex: 1 1 100%;
    color: var(--_yw-color-danger);
  }
  .save-failure p,
  .save-failure ul {
    margin: 0;
  }
  .save-failure li {
    overflow-wrap: anywhere;
  }
  yw-form-renderer {
    display: block;
  }
`;
