import { css } from 'lit';

export const itemGuideStyles = css`
  :host {
    --_accent: var(--yw-item-guide-accent, var(--_yw-color-accent));
  }
  .yw-state {
    padding: var(--_yw-space-4);
    border-radius: var(--_yw-radius-l);
    background: var(--_yw-color-surface);
  }
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
  }
  ul,
  ol {
    padding-left: 1.5em;
  }
  .title {
    font-size: var(--_yw-font-size-xl);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .title:focus {
    outline-offset: 4px;
  }
  .department,
  .published {
    margin-top: var(--_yw-space-1);
    color: var(--_yw-color-text-muted);
  }
  a.yw-button {
    text-decoration: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-top: var(--_yw-space-3);
  }
  .actions > * {
    margin: 0 var(--_yw-space-3) var(--_yw-space-2) 0;
  }
  .yw-button.secondary {
    background: var(--_yw-color-surface);
    color: var(--_yw-color-primary);
  }
  .note {
    color: var(--_yw-color-text-muted);
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-gap: var(--_yw-space-1);
    margin-top: var(--_yw-space-4);
    padding: var(--_yw-space-3);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface-muted);
  }
  .facts > div {
    display: grid;
    grid-template-columns: 8em minmax(0, 1fr);
    grid-gap: var(--_yw-space-3);
  }
  .facts dt {
    color: var(--_yw-color-text-muted);
  }
  .facts dd {
    overflow-wrap: anywhere;
  }
  .section {
    margin-top: var(--_yw-space-6);
  }
  .section > h3 {
    margin-bottom: var(--_yw-space-2);
    padding-left: var(--_yw-space-2);
    border-left: 4px solid var(--_accent);
    font-size: var(--_yw-font-size-l);
  }
  .section li + li {
    margin-top: var(--_yw-space-2);
  }
  .section p + p,
  .section p + ul,
  .section p + ol {
    margin-top: var(--_yw-space-2);
  }
  .situation {
    margin: var(--_yw-space-3) 0 0;
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    min-width: 0;
  }
  .situation legend {
    padding: 0 var(--_yw-space-1);
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    cursor: pointer;
  }
  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0 var(--_yw-space-2) 0 0;
    accent-color: var(--_yw-color-primary);
  }
  .reset {
    margin-top: var(--_yw-space-3);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-primary);
  }
  .materials,
  .steps {
    padding: 0;
    list-style: none;
    counter-reset: yw-n;
  }
  .material,
  .step {
    position: relative;
    padding: var(--_yw-space-3) var(--_yw-space-3) var(--_yw-space-3) calc(var(--_yw-space-3) + 2em);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    counter-increment: yw-n;
  }
  .material::before,
  .step::before {
    content: counter(yw-n);
    position: absolute;
    top: var(--_yw-space-3);
    left: var(--_yw-space-3);
    min-width: 1.5em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_yw-color-on-primary);
    font-size: var(--_yw-font-size-s);
    line-height: 1.5em;
    text-align: center;
  }
  .material-name,
  .step-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    margin: var(--_yw-space-1) 0 0;
    padding: 0;
    list-style: none;
  }
  .section .tags li {
    margin: var(--_yw-space-1) var(--_yw-space-2) 0 0;
  }
  .tag {
    padding: 0 var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-s);
    font-size: var(--_yw-font-size-s);
  }
  .tag.required {
    border-color: var(--_yw-color-primary);
    color: var(--_yw-color-primary);
    font-weight: 600;
  }
  .e-license {
    margin-top: var(--_yw-space-2);
    color: var(--_yw-color-success);
    font-weight: 600;
  }
  .because,
  .detail {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
    overflow-wrap: anywhere;
  }
  .links a,
  .phones a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    margin-right: var(--_yw-space-3);
    color: var(--_accent);
  }
  .step-meta {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .count {
    font-weight: 600;
  }
  .updated {
    margin-top: var(--_yw-space-6);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  @media (max-width: 480px) {
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
      grid-gap: 0;
    }
  }

  /* 申请帮办代办 request form */
  .agency {
    margin-top: var(--_yw-space-3);
    padding: var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
  }
  .agency h3 {
    margin: 0 0 var(--_yw-space-2);
  }
  .agency .field {
    margin-bottom: var(--_yw-space-2);
  }
  .agency label {
    display: block;
    font-weight: 600;
  }
  .agency select,
  .agency textarea,
  .agency input {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text);
    font: inherit;
  }
  .agency textarea {
    resize: vertical;
  }
  .agency [aria-invalid='true'] {
    border: 2px solid var(--_yw-color-danger);
  }
  .agency .problem {
    color: var(--_yw-color-danger);
  }
  .agency .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_yw-space-2);
  }
`;
