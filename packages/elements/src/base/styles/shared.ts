// Styles every element carries: the host box, the focus ring, buttons, and the
// loading / empty / error states of base/views/async-views.ts. Written for the
// browser baseline (Chromium 87, Safari 14): no flex `gap`, `:is()`, `inset`,
// nesting or container queries.
import { css } from 'lit';
import { tokenStyles } from './token-css.ts';

const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_yw-font-family);
    font-size: var(--_yw-font-size-base);
    line-height: var(--_yw-line-height);
    color: var(--_yw-color-text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Focus ring on keyboard focus. Safari 14 has no :focus-visible: there the
     second rule is dropped as a whole and every focus shows the ring. */
  :focus {
    outline: var(--_yw-focus-ring-width) solid var(--_yw-color-focus);
    outline-offset: var(--_yw-focus-ring-offset);
  }
  :focus:not(:focus-visible) {
    outline: none;
  }

  .yw-sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .yw-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--_yw-target-size);
    min-height: var(--_yw-target-size);
    padding: 0 var(--_yw-space-4);
    border: 1px solid var(--_yw-color-primary);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-primary);
    color: var(--_yw-color-on-primary);
    font: inherit;
    cursor: pointer;
  }
  .yw-button:hover {
    filter: brightness(1.08);
  }
  .yw-button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

/** Loading skeleton, empty and error-with-retry (see base/views/async-views.ts). */
const stateStyles = css`
  .yw-state {
    display: block;
  }
  .yw-skeleton {
    display: grid;
    grid-gap: var(--_yw-space-3);
    padding: var(--_yw-space-2) 0;
  }
  .yw-skeleton-line {
    display: block;
    height: calc(var(--_yw-font-size-base) * 1.2);
    border-radius: var(--_yw-radius-s);
    background: var(--_yw-color-surface-muted);
    animation: yw-pulse 1.4s ease-in-out infinite;
  }
  .yw-skeleton-line:nth-child(3n + 2) {
    width: 80%;
  }
  .yw-skeleton-line:nth-child(3n) {
    width: 60%;
  }
  @keyframes yw-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .yw-skeleton-line {
      animation: none;
    }
  }
  .yw-empty,
  .yw-error {
    display: grid;
    grid-gap: var(--_yw-space-2);
    justify-items: start;
    padding: var(--_yw-space-3);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface-muted);
  }
  .yw-empty {
    color: var(--_yw-color-text-muted);
  }
  .yw-error {
    border-left: 4px solid var(--_yw-color-danger);
  }
  .yw-error-message {
    margin: 0;
    font-weight: 600;
  }
  .yw-error-message::before {
    /* Not by colour alone: the error carries a sign as well as the red rule. */
    content: '⚠ ';
    color: var(--_yw-color-danger);
  }
  .yw-error-id {
    margin: 0;
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
`;

/**
 * A button that reads as a link (change, remove, retry in a line of text, try
 * another search), for the elements that have one: a full target all the
 * same, 44px, 48px in elder mode.
 */
export const linkButtonStyles = css`
  .yw-link-button {
    min-width: var(--_yw-target-size);
    min-height: var(--_yw-target-size);
    padding: 0 var(--_yw-space-2);
    border: 0;
    background: none;
    color: var(--_yw-color-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .yw-link-button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

export const baseStyles = [tokenStyles, hostStyles, stateStyles];

/**
 * Text and lists without the browser's margins and bullets, for the panels that
 * lay out headings, paragraphs and lists with their own spacing (the tracker, the desk).
 */
export const panelResetStyles = css`
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
`;

/** The sign-in state (base/views/sign-in.ts), for the elements that need a user only. */
export const signInStyles = css`
  .yw-sign-in {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_yw-space-2);
    padding: var(--_yw-space-3);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface-muted);
  }
  .yw-sign-in-message {
    margin: 0;
    flex: 1 1 16em;
  }
`;
