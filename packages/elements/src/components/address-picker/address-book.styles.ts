// Styles of the address book (views/address-book.ts), fetched with it
// (address-book.part.ts).
import { css } from 'lit';

export const addressBookStyles = css`
  .saved {
    margin-bottom: var(--_yw-space-4);
  }
  .saved-title {
    margin-bottom: var(--_yw-space-2);
    font-weight: 700;
  }
  .saved-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .saved-item {
    margin-bottom: var(--_yw-space-2);
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
  }
  .saved-who {
    font-weight: 600;
  }
  .saved-where {
    display: block;
    overflow-wrap: anywhere;
  }
  .badge {
    margin-left: var(--_yw-space-1);
    padding: 0 var(--_yw-space-1);
    border: 1px solid var(--_yw-color-primary);
    border-radius: var(--_yw-radius-s);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-primary);
  }
  .saved-actions,
  .save {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: var(--_yw-space-1) calc(-1 * var(--_yw-space-1)) 0;
  }
  .saved-actions > *,
  .save > * {
    margin: var(--_yw-space-1);
  }
  .save {
    margin-top: var(--_yw-space-3);
  }
  .check {
    display: inline-flex;
    align-items: center;
    min-height: var(--_yw-target-size);
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0 var(--_yw-space-2) 0 0;
  }
  .book-message {
    flex-basis: 100%;
  }
  .book-message:empty {
    display: none;
  }
`;
