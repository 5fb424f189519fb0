// Written for the browser baseline (Chromium 87, Safari 14): grid gaps only,
// margins between flex items, no :is(), no `inset`, no `overflow-wrap: anywhere`.
import { css } from 'lit';

// The styles of <yw-progress-tracker>'s case view (an application on screen: header, panels, 补正,
// evaluation, outcome, time limit, timeline, EMS, event log), adopted with the case view's module
// (LazyPart), after the element's own (progress-tracker.styles.ts) and so over them where both apply.
export const caseViewStyles = css`
  :host {
    --_current: var(--yw-progress-tracker-current-color, var(--_yw-color-primary));
    --_done: var(--yw-progress-tracker-done-color, var(--_yw-color-success));
    --_line: var(--yw-progress-tracker-line-width, 2px);
  }
  h3 {
    font-size: var(--_yw-font-size-l);
    line-height: 1.4;
  }
  .stage-times,
  .stage-state {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .label {
    font-weight: 600;
  }
  .progress,
  .header,
  .panel,
  .panel form,
  .supplement-form,
  .materials,
  .material,
  .stage-body,
  .delivery,
  .event {
    display: grid;
    grid-gap: var(--_yw-space-2);
    min-width: 0;
  }
  .progress {
    grid-gap: var(--_yw-space-4);
  }
  .toolbar,
  .waybill-row,
  .figures,
  .stage-head,
  .stage-times {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-bottom: calc(var(--_yw-space-2) * -1);
  }
  .toolbar > *,
  .waybill-row > *,
  .figures > *,
  .stage-head > *,
  .stage-times > * {
    margin: 0 var(--_yw-space-3) var(--_yw-space-2) 0;
  }
  legend {
    font-weight: 600;
  }
  textarea {
    min-height: calc(var(--_yw-target-size) * 2);
    resize: vertical;
  }
  input[type='file'] {
    padding: var(--_yw-space-1);
  }
  input[type='file']::-webkit-file-upload-button {
    min-height: calc(var(--_yw-target-size) - 10px);
    font: inherit;
  }
  fieldset {
    display: grid;
    grid-gap: var(--_yw-space-2);
    min-width: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_yw-space-2);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8em), 1fr));
    grid-gap: var(--_yw-space-2);
  }
  .choice {
    display: flex;
    align-items: center;
    min-height: var(--_yw-target-size);
    padding: var(--_yw-space-1) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-m);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    margin: 0 var(--_yw-space-2) 0 0;
    accent-color: var(--_current);
  }
  /* Chosen: bold text and a tick besides the checked control, not only colour. */
  .choice input:checked + span {
    font-weight: 700;
  }
  .mark {
    margin-left: var(--_yw-space-1);
    font-weight: 700;
  }
  .indicator {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(8em, 12em);
    grid-gap: var(--_yw-space-2);
    align-items: center;
  }
  .yw-button.danger {
    border-color: var(--_yw-color-danger);
    background: var(--_yw-color-danger);
  }
  a.yw-button {
    text-decoration: none;
  }
  /* The event log's disclosure: a .yw-link-button that reads as a heading. */
  .toggle {
    justify-self: start;
    padding: 0;
    font-weight: 600;
    text-decoration: none;
  }
  /* The application */
  .status {
    font-size: var(--_yw-font-size-l);
    font-weight: 700;
  }
  .status[data-status='supplement_requested'],
  .status[data-status='rejected'] {
    color: var(--_yw-color-danger);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    grid-gap: var(--_yw-space-2) var(--_yw-space-4);
  }
  dt {
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .panel {
    padding: var(--_yw-space-3) var(--_yw-space-4);
    border: 1px solid var(--_yw-color-border);
    border-left-width: 4px;
    border-radius: var(--_yw-radius-m);
  }
  .supplement,
  .outcome[data-outcome='denied'],
  .outcome[data-outcome='not_accepted'],
  .deadline[data-deadline='overdue'] {
    border-left-color: var(--_yw-color-danger);
  }
  .deadline[data-deadline='soon'],
  .deadline[data-deadline='late'],
  .confirm {
    border-left-color: var(--_yw-color-warning);
  }
  .outcome[data-outcome='approved'],
  .deadline[data-deadline='on-time'],
  .notice {
    border-left-color: var(--_done);
  }
  .outcome-title,
  .verdict {
    font-size: var(--_yw-font-size-l);
    font-weight: 700;
  }
  .deadline[data-deadline='overdue'] .verdict {
    color: var(--_yw-color-danger);
  }
  .deadline[data-deadline='soon'] .verdict,
  .deadline[data-deadline='late'] .verdict {
    color: var(--_yw-color-warning);
  }
  .meter {
    display: block;
    height: 8px;
    border-radius: var(--_yw-radius-s);
    background: var(--_yw-color-surface-muted);
    overflow: hidden;
  }
  .meter-fill {
    display: block;
    height: 100%;
    background: var(--_yw-color-accent);
    transform: scaleX(var(--_used, 0));
    transform-origin: left center;
  }
  .deadline[data-deadline='overdue'] .meter-fill,
  .deadline[data-deadline='late'] .meter-fill {
    background: var(--_yw-color-danger);
  }
  .deadline[data-deadline='soon'] .meter-fill {
    background: var(--_yw-color-warning);
  }
  .deadline[data-deadline='on-time'] .meter-fill {
    background: var(--_done);
  }
  .material {
    padding: var(--_yw-space-2) 0;
    border-top: 1px solid var(--_yw-color-surface-muted);
  }
  .material-name {
    font-weight: 600;
  }
  .upload {
    display: grid;
    grid-gap: var(--_yw-space-1);
  }
  progress {
    width: 100%;
    height: 8px;
    accent-color: var(--_current);
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }
  .ratings {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    grid-gap: var(--_yw-space-2);
  }
  /* The department's 整改 of a 差评: set off by a rule, its status in words (not the colour alone). */
  .rectification {
    margin-top: var(--_yw-space-3);
    padding-left: var(--_yw-space-3);
    border-left: 3px solid var(--_yw-color-success);
  }
  .rectification h4 {
    margin: 0 0 var(--_yw-space-2);
    font-size: inherit;
  }
  .tag-list {
    display: flex;
    flex-wrap: wrap;
  }
  .tag-list li {
    margin: 0 var(--_yw-space-2) var(--_yw-space-1) 0;
    padding: 0 var(--_yw-space-2);
    border: 1px solid var(--_yw-color-border);
    border-radius: var(--_yw-radius-s);
    font-size: var(--_yw-font-size-s);
  }

  /* Timeline: a line joining the stage signs; done stages draw it in the done colour. */
  .timeline {
    display: grid;
  }
  .stage {
    position: relative;
    display: grid;
    grid-template-columns: 2em minmax(0, 1fr);
    grid-gap: var(--_yw-space-3);
    padding-bottom: var(--_yw-space-4);
  }
  .stage::before {
    content: '';
    position: absolute;
    top: 2em;
    bottom: 0;
    left: calc(1em - var(--_line) / 2);
    width: var(--_line);
    background: var(--_yw-color-border);
  }
  .stage:last-child::before {
    display: none;
  }
  .stage[data-state='done']::before {
    background: var(--_done);
  }
  .marker {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 2em;
    height: 2em;
    border: var(--_line) solid var(--_yw-color-border);
    border-radius: 50%;
    background: var(--_yw-color-surface);
    color: var(--_yw-color-text-muted);
    font-weight: 700;
    line-height: 1;
  }
  .stage[data-state='done'] .marker {
    border-color: var(--_done);
    color: var(--_done);
  }
  .stage[data-state='current'] .marker {
    border-color: var(--_current);
    background: var(--_current);
    color: var(--_yw-color-on-primary);
  }
  .stage-name {
    font-weight: 700;
  }
  .stage[data-state='current'] .stage-state {
    color: var(--_yw-color-text);
    font-weight: 700;
  }
  .stage[data-state='skipped'] .stage-name {
    color: var(--_yw-color-text-muted);
    text-decoration: line-through;
  }
  .stage-note {
    color: var(--_yw-color-danger);
    font-weight: 600;
  }
  .tracks {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    grid-gap: var(--_yw-space-2);
  }
  .track {
    display: grid;
    grid-gap: var(--_yw-space-1);
    align-content: start;
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border: 1px solid var(--_yw-color-border);
    border-top-width: 4px;
    border-radius: var(--_yw-radius-m);
  }
  .track[data-state='approved'] {
    border-top-color: var(--_done);
  }
  .track[data-state='in_progress'] {
    border-top-color: var(--_current);
  }
  .track[data-state='denied'],
  .track[data-state='supplement_requested'] {
    border-top-color: var(--_yw-color-danger);
  }
  .track-dept,
  .track-state {
    font-weight: 600;
  }
  .delivery {
    padding: var(--_yw-space-2) var(--_yw-space-3);
    border-radius: var(--_yw-radius-m);
    background: var(--_yw-color-surface-muted);
  }
  .delivery-status {
    font-weight: 700;
  }
  .waybill {
    font-size: var(--_yw-font-size-l);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
    user-select: all;
  }
  .tracking {
    display: grid;
    grid-gap: var(--_yw-space-2);
    padding-left: var(--_yw-space-3);
    border-left: var(--_line) solid var(--_yw-color-border);
  }
  .tracking time {
    display: block;
    font-size: var(--_yw-font-size-s);
    color: var(--_yw-color-text-muted);
  }
  .event-list {
    display: grid;
    grid-gap: var(--_yw-space-3);
  }
  .event-list[hidden] {
    display: none;
  }
  .event-head {
    font-weight: 600;
  }
  .event-head time {
    margin-right: var(--_yw-space-2);
    font-weight: 400;
    color: var(--_yw-color-text-muted);
  }

  @media (max-width: 480px) {
    .indicator {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
