// Styles of the EMS coverage line (views/coverage.ts), fetched with it
// (coverage.part.ts).
import { css } from 'lit';

export const coverageStyles = css`
  .coverage p {
    margin-top: var(--_yw-space-2);
  }
  .covered {
    font-weight: 600;
    color: var(--_yw-color-success);
  }
  .blocked {
    font-weight: 700;
    color: var(--_yw-color-danger);
  }
  .coverage .blocked-detail {
    margin-top: 0;
  }
  .checking {
    color: var(--_yw-color-text-muted);
  }
`;
