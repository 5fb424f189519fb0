// The styles of item-facts.ts's templates, apart from the guide's: the search
// results show the badges too, and a search page does not carry the guide's styles.
import { css } from 'lit';

/** Badges and the channel line: shared by the search results and the guide. */
export const itemFactStyles = css`
  .badges {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    margin: var(--_yw-space-1) var(--_yw-space-2) 0 0;
    padding: 0 var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-s);
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text);
    overflow-wrap: anywhere;
  }
  .badge.zero-visit {
    border-color: var(--_yw-color-success);
    color: var(--_yw-color-success);
    font-weight: 600;
  }
  .channels {
    margin: var(--_yw-space-1) 0 0;
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
`;
