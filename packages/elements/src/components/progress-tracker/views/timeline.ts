// The read-only parts of an application on screen: the status line, the
// working-day time limit, the stage timeline with parallel department tracks
// and EMS tracking inside it, and the event log. Pure render functions: every
// server string is bound as text; every state has a sign and words, never only
// a colour.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ApplicationStatus, Delivery, Progress, SpecialProcedureKind, Stage, Track } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { cssProps } from '../../../base/directives/css-props.ts';
import { formatDay, formatTime } from '../format.ts';
import { statusName } from './status.ts';

/** Statuses after which the time limit no longer runs (decision taken, or ended). */
const CLOCK_STOPPED: readonly ApplicationStatus[] = ['decided', 'certifying', 'delivering', 'completed', 'rejected', 'withdrawn'];

// Pending stages have an empty circle: their state is in the words beside it.
const STAGE_SIGN: Record<Stage['state'], string> = { done: '✓', current: '●', pending: '', skipped: '–' };

/** A track's state as shown: undecided tracks of an ended application are "ended". */
type TrackView = Track['state'] | 'ended';
const TRACK_SIGN: Record<TrackView, string> = {
  pending: '○',
  in_progress: '●',
  approved: '✓',
  denied: '✕',
  supplement_requested: '!',
  ended: '–',
};

/** `<time>` of a timestamp, in Beijing time. */
export const time = (localize: LocalizeController, iso: string): TemplateResult =>
  html`<time datetime=${iso}>${formatTime(localize, iso)}</time>`;

// ---------------------------------------------------------------------------
// Time limit

/** How the time limit stands, for styling (`data-deadline`) and tests. */
export type DeadlineKind = 'not-started' | 'running' | 'soon' | 'overdue' | 'paused' | 'suspended' | 'on-time' | 'late';

export function deadlineKind(p: Progress): DeadlineKind | null {
  const d = p.deadline;
  if (p.status === 'rejected' || p.status === 'withdrawn') return null;
  if (!d) return 'not-started';
  if (CLOCK_STOPPED.includes(p.status)) return d.overdue ? 'late' : 'on-time';
  if (d.overdue) return 'overdue';
  if (d.suspension) return 'suspended';
  if (d.paused) return 'paused';
  return d.workingDaysLeft <= 2 ? 'soon' : 'running';
}

/** A special procedure's name in the reader's language. */
const procedureName = (localize: LocalizeController, kind: SpecialProcedureKind): string =>
  localize.t(`progressTracker.procedure.${kind}` as 'progressTracker.procedure.hearing');

export function renderDeadline(localize: LocalizeController, p: Progress): TemplateResult | typeof nothing {
  const kind = deadlineKind(p);
  const d = p.deadline;
  if (!kind) return nothing;
  let verdict: string;
  switch (kind) {
    case 'not-started':
      verdict = localize.t('progressTracker.deadline.notStarted');
      break;
    case 'on-time':
      verdict = `✓ ${localize.t('progressTracker.deadline.onTime')}`;
      break;
    case 'late':
      verdict = `! ${localize.t('progressTracker.deadline.late')}`;
      break;
    case 'overdue':
      verdict = `⚠ ${localize.t('progressTracker.deadline.overdue', Math.max(1, -d!.workingDaysLeft))}`;
      break;
    case 'paused':
      verdict = `‖ ${localize.t('progressTracker.deadline.paused')}`;
      break;
    case 'suspended':
      verdict = `‖ ${localize.t('progressTracker.deadline.suspended', procedureName(localize, d!.suspension!.procedure))}`;
      break;
    case 'soon':
      verdict = `! ${d!.workingDaysLeft <= 0 ? localize.t('progressTracker.deadline.today') : localize.t('progressTracker.deadline.soon', d!.workingDaysLeft)}`;
      break;
    default:
      verdict = localize.t('progressTracker.deadline.left', d!.workingDaysLeft);
  }
  const stopped = kind === 'on-time' || kind === 'late';
  // An extension (延期) lengthens the limit the days used are measured against.
  const limit = d ? d.promisedDays + (d.extendedDays ?? 0) : 0;
  const suspension = d?.suspension;
  return html`<section class="panel deadline" part="deadline" data-deadline=${kind} aria-labelledby="pt-deadline-title">
    <h3 id="pt-deadline-title">${localize.t('progressTracker.deadline.title')}</h3>
    <p class="verdict" part="deadline-verdict">${verdict}</p>
    ${
      d
        ? html`<p>${localize.t('progressTracker.deadline.promised', d.promisedDays, d.legalDays)}</p>
          <div class="meter" part="deadline-bar" aria-hidden="true">
            <span class="meter-fill" ${cssProps({ '--_used': Math.min(1, d.workingDaysUsed / Math.max(1, limit)) })}></span>
          </div>
          <p class="figures">
            <span>${stopped ? localize.t('progressTracker.deadline.stopped', d.workingDaysUsed, d.promisedDays) : localize.t('progressTracker.deadline.used', d.workingDaysUsed, limit)}</span>
            ${stopped ? nothing : html`<span>${localize.t('progressTracker.deadline.due', formatDay(localize, d.dueDate))}</span>`}
          </p>
          ${
            suspension && !stopped
              ? html`<p part="deadline-suspension">
                  ${localize.t('progressTracker.deadline.suspendedSince', formatDay(localize, suspension.since.slice(0, 10)), suspension.reason)}
                  ${suspension.expectedEnd ? localize.t('progressTracker.deadline.suspendedUntil', formatDay(localize, suspension.expectedEnd)) : nothing}
                </p>`
              : nothing
          }
          ${d.extendedDays ? html`<p part="deadline-extension">${localize.t('progressTracker.deadline.extended', d.extendedDays)}</p>` : nothing}
          ${d.pausedDays > 0 ? html`<p class="hint">${localize.t('progressTracker.deadline.pausedDays', d.pausedDays)}</p>` : nothing}
          ${d.estimated && !stopped ? html`<p class="hint" part="deadline-estimate">${localize.t('progressTracker.deadline.estimated')}</p>` : nothing}`
        : nothing
    }
  </section>`;
}

// ---------------------------------------------------------------------------
// Timeline

export interface TimelineOptions {
  /** Copies the waybill number (the element gives feedback). */
  onCopy: (waybill: string) => void;
  /** The outcome of the last copy, shown next to the button. */
  copyMessage: string;
}

export function renderTimeline(localize: LocalizeController, p: Progress, options: TimelineOptions): TemplateResult {
  return html`<section class="timeline-section" aria-labelledby="pt-timeline-title">
    <h3 id="pt-timeline-title">${localize.t('progressTracker.timeline')}</h3>
    <ol class="timeline" part="timeline" aria-labelledby="pt-timeline-title">
      ${p.stages.map((stage) => renderStage(localize, p, stage, options))}
    </ol>
  </section>`;
}

function renderStage(localize: LocalizeController, p: Progress, stage: Stage, options: TimelineOptions): TemplateResult {
  const current = stage.state === 'current';
  const waiting = current && p.status === 'supplement_requested';
  const reached = stage.state === 'done' || current;
  return html`<li class="stage" part="stage" data-state=${stage.state} data-stage=${stage.key} aria-current=${current ? 'step' : nothing}>
    <span class="marker" part="stage-marker" aria-hidden="true">${STAGE_SIGN[stage.state]}</span>
    <div class="stage-body">
      <p class="stage-head">
        <span class="stage-name" part="stage-name">${localize.t(`progressTracker.stage.${stage.key}`)}</span>
        <span class="stage-state" part="stage-state">${localize.t(`progressTracker.stageState.${stage.state}`)}</span>
      </p>
      ${
        stage.startedAt || stage.finishedAt
          ? html`<p class="stage-times">
            ${stage.startedAt ? html`<span>${localize.t('progressTracker.stage.started')} ${time(localize, stage.startedAt)}</span>` : nothing}
            ${stage.finishedAt && stage.key !== 'completed' ? html`<span>${localize.t('progressTracker.stage.finished')} ${time(localize, stage.finishedAt)}</span>` : nothing}
          </p>`
          : nothing
      }
      ${stage.department && stage.key !== 'reviewing' ? html`<p class="stage-dept">${localize.t('progressTracker.stage.department', stage.department)}</p>` : nothing}
      ${waiting ? html`<p class="stage-note">! ${localize.t('progressTracker.stage.supplement')}</p>` : nothing}
      ${stage.key === 'reviewing' && reached && p.tracks.length > 0 ? renderTracks(localize, p) : nothing}
      ${
        stage.key === 'reviewing' && reached && p.tracks.length === 0 && stage.department
          ? html`<p class="stage-dept">${localize.t('progressTracker.stage.department', stage.department)}</p>`
          : nothing
      }
      ${stage.key === 'delivering' && reached && p.delivery ? renderDelivery(localize, p.delivery, options) : nothing}
    </div>
  </li>`;
}

/** Parallel review (并行办理): one card per department, side by side. */
function renderTracks(localize: LocalizeController, p: Progress): TemplateResult {
  const ended = p.status === 'withdrawn' || p.status === 'rejected';
  return html`<ul class="tracks" part="tracks" aria-label=${localize.t('progressTracker.tracks.label', p.tracks.length)}>
    ${p.tracks.map((track) => {
      const view: TrackView = ended && (track.state === 'pending' || track.state === 'in_progress') ? 'ended' : track.state;
      return html`<li class="track" part="track" data-state=${view}>
        <p class="track-dept">${track.department}</p>
        <p class="track-state" part="track-state">${TRACK_SIGN[view]} ${localize.t(`progressTracker.trackState.${view}`)}</p>
        ${track.opinion ? html`<p class="track-opinion">${localize.t('progressTracker.track.opinion', track.opinion)}</p>` : nothing}
        ${track.finishedAt ? html`<p class="stage-times">${time(localize, track.finishedAt)}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** EMS delivery (waybill, copy button, tracking events, newest first) or pickup at the window. */
function renderDelivery(localize: LocalizeController, delivery: Delivery, options: TimelineOptions): TemplateResult {
  if (delivery.method === 'pickup') {
    return html`<div class="delivery" part="delivery">
      <p class="delivery-status">
        ${delivery.status === 'delivered' ? `✓ ${localize.t('progressTracker.delivery.pickedUp')}` : localize.t('progressTracker.delivery.pickup', delivery.pickupPlace ?? '')}
      </p>
    </div>`;
  }
  const sign = delivery.status === 'delivered' ? '✓' : delivery.status === 'in_transit' ? '●' : '○';
  const events = [...delivery.events].reverse();
  return html`<div class="delivery" part="delivery" data-delivery=${delivery.status}>
    <p class="delivery-status" part="delivery-status">${sign} ${localize.t(`progressTracker.delivery.${delivery.status}`)}</p>
    ${
      delivery.waybillNumber
        ? html`<p class="waybill-row">
            <span class="waybill-label">${localize.t('progressTracker.delivery.waybill')}</span>
            <span class="waybill" part="waybill">${delivery.waybillNumber}</span>
            <button type="button" class="yw-button secondary" part="copy-button" @click=${() => options.onCopy(delivery.waybillNumber!)}>
              ${localize.t('progressTracker.delivery.copy')}
            </button>
          </p>
          ${options.copyMessage ? html`<p class="hint copy-status" part="copy-status">${options.copyMessage}</p>` : nothing}`
        : nothing
    }
    ${delivery.recipient ? html`<p class="hint">${localize.t('progressTracker.delivery.recipient', delivery.recipient, delivery.mobile ?? '')}</p>` : nothing}
    ${delivery.divisionPath.length > 0 ? html`<p class="hint">${localize.t('progressTracker.delivery.address', delivery.divisionPath.map((d) => d.name).join(' '))}</p>` : nothing}
    ${
      events.length > 0
        ? html`<ol class="tracking" part="tracking" aria-label=${localize.t('progressTracker.delivery.tracking')}>
          ${events.map((e) => html`<li>${time(localize, e.at)} <span>${e.description}</span></li>`)}
        </ol>`
        : nothing
    }
  </div>`;
}

// ---------------------------------------------------------------------------
// Event log

export function renderEventLog(localize: LocalizeController, p: Progress, open: boolean, onToggle: () => void): TemplateResult {
  return html`<section class="events" part="event-log">
    <button type="button" class="yw-link-button toggle" part="event-log-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="pt-events" @click=${onToggle}>
      <span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span> ${localize.t('progressTracker.events.toggle', p.events.length)}
    </button>
    <ol id="pt-events" class="event-list" aria-label=${localize.t('progressTracker.events.label')} ?hidden=${!open}>
      ${
        open
          ? [...p.events].reverse().map(
              (e) => html`<li class="event" part="event">
              <p class="event-head">
                ${time(localize, e.at)}
                <span class="event-status">${e.from && e.from !== e.to ? `${statusName(localize, e.from)} → ` : ''}${statusName(localize, e.to)}</span>
              </p>
              <p class="event-message">${e.message}</p>
              <p class="hint">${e.department}</p>
            </li>`,
            )
          : nothing
      }
    </ol>
  </section>`;
}
