import { css } from 'lit';

// The frame, the header with its actions, the facts box and the sections (the phones show in the
// empty state too). The guide body (views/guide-body.styles.ts) and the 代办 form
// (views/agency-form.styles.ts) bring their own styles with their modules.

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
  .phones a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    margin-right: var(--_yw-space-3);
    color: var(--_accent);
  }
  @media (max-width: 480px) {
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
      grid-gap: 0;
    }
  }
`;
