import { css } from 'lit';

// The guide body's styles (situations, materials, steps, tags, links), adopted with its module after the
// element's own.
export const guideBodyStyles = css`
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
  .links a {
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
`;
