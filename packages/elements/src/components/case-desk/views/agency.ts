// The 代办 view of <yw-case-desk>: the department's 预审代办 requests as a list
// (one tab stop, the queue's keys) and one request with the requester, the
// contact mobile in full (staff call it), the help wanted, the agent, the
// linked applications and the events with who acted. Pure render functions of
// data and callbacks; every server string is bound as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { AGENCY_STATUSES } from '@yiwang/contract';
import type { AgencyStatus, StaffAgencyPage, StaffAgencyRequest } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { renderRowList } from './rows.ts';

const DATE_TIME = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' } as const;

/** A request's status in words, with a sign. */
export function agencyStatusText(localize: LocalizeController, status: AgencyStatus): string {
  const sign = { submitted: '○', assigned: '◔', in_progress: '…', completed: '✓', closed: '✕' } as const;
  return `${sign[status]} ${localize.t(`caseDesk.agency.status.${status}` as 'caseDesk.agency.status.submitted')}`;
}

/** The status filter of the list: open requests (default) or one status. */
export function renderAgencyFilters(
  localize: LocalizeController,
  status: string,
  onChange: (status: AgencyStatus | '') => void,
): TemplateResult {
  return html`<div class="filters" part="filters" role="group" aria-label=${localize.t('caseDesk.agency.filters')}>
    <div class="filter">
      <label for="cd-agency-status">${localize.t('caseDesk.agency.filter.status')}</label>
      <select id="cd-agency-status" part="filter" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as AgencyStatus | '')}>
        <option value="" ?selected=${status === ''}>${localize.t('caseDesk.agency.filter.open')}</option>
        ${AGENCY_STATUSES.map(
          (s) =>
            html`<option value=${s} ?selected=${status === s}>${localize.t(`caseDesk.agency.status.${s}` as 'caseDesk.agency.status.submitted')}</option>`,
        )}
      </select>
    </div>
  </div>`;
}

export function renderAgencyCount(localize: LocalizeController, page: StaffAgencyPage): TemplateResult {
  return html`<p class="count" part="count">${localize.t('caseDesk.agency.count', localize.number(page.total))}</p>`;
}

/** The list: each request a button (one of them in the tab order), the keys on the list. */
export function renderAgencyList(
  localize: LocalizeController,
  page: StaffAgencyPage,
  active: number,
  on: { key: (e: KeyboardEvent) => void; focus: (index: number) => void; open: (r: StaffAgencyRequest) => void },
): TemplateResult {
  return html`${renderAgencyCount(localize, page)}
  ${renderRowList({
    items: page.items,
    active,
    label: localize.t('caseDesk.agency.listLabel'),
    shortcuts: localize.t('caseDesk.agency.shortcuts'),
    shortcutsId: 'cd-agency-shortcuts',
    part: 'queue agency-queue',
    rowPart: 'agency-row',
    row: (r) => ({
      number: r.number,
      itemName: r.projectName ? `${r.itemName}（${r.projectName}）` : r.itemName,
      data: { id: r.id },
      facts: html`<span class="applicant">${localize.t('caseDesk.agency.requester', r.contactName)}</span>
        <span class="status" part="status">${agencyStatusText(localize, r.status)}</span>
        <span class="marker" part="marker agent"
          >${r.agent ? localize.t('caseDesk.agency.agentIs', r.agent.name) : localize.t('caseDesk.agency.noAgent')}</span
        >
        <span class="marker"><time datetime=${r.createdAt}>${localize.t('caseDesk.agency.since', localize.date(r.createdAt))}</time></span>`,
    }),
    on,
  })}`;
}

/** Who asked, how to reach them (the mobile in full: staff call it) and what help they want. */
export function renderAgencyFacts(localize: LocalizeController, r: StaffAgencyRequest): TemplateResult {
  const contact = localize.t(`caseDesk.agency.contact.${r.preferredContact}` as 'caseDesk.agency.contact.phone');
  return html`<section class="section" part="section" aria-labelledby="cd-requester">
      <h3 id="cd-requester">${localize.t('caseDesk.agency.section.requester')}</h3>
      <dl class="facts" part="requester">
        <dt>${localize.t('caseDesk.agency.contactName')}</dt>
        <dd>${r.contactName}</dd>
        <dt>${localize.t('caseDesk.agency.mobile')}</dt>
        <dd><a href="tel:${r.mobile}" part="mobile">${r.mobile}</a></dd>
        <dt>${localize.t('caseDesk.agency.preferred')}</dt>
        <dd>${r.preferredTime ? localize.t('caseDesk.agency.preferredAt', contact, r.preferredTime) : contact}</dd>
        ${r.enterpriseName ? html`<dt>${localize.t('caseDesk.agency.enterprise')}</dt><dd>${r.enterpriseName}</dd>` : nothing}
        ${r.uscc ? html`<dt>${localize.t('caseDesk.agency.uscc')}</dt><dd>${r.uscc}</dd>` : nothing}
        ${r.projectName ? html`<dt>${localize.t('caseDesk.agency.project')}</dt><dd>${r.projectName}</dd>` : nothing}
        <dt>${localize.t('caseDesk.agency.agent')}</dt>
        <dd part="agent">${r.agent ? localize.t('caseDesk.agency.agentWithPhone', r.agent.name, r.agent.phone) : localize.t('caseDesk.agency.noAgent')}</dd>
      </dl>
    </section>
    <section class="section" part="section" aria-labelledby="cd-help">
      <h3 id="cd-help">${localize.t('caseDesk.agency.section.help')}</h3>
      <p class="help-text" part="help">${r.description}</p>
    </section>`;
}

/** The applications the agent filed for the requester. */
export function renderLinkedApplications(
  localize: LocalizeController,
  r: StaffAgencyRequest,
  statusText: (status: StaffAgencyRequest['applications'][number]['status']) => string,
): TemplateResult {
  return html`<section class="section" part="section" aria-labelledby="cd-linked">
    <h3 id="cd-linked">${localize.t('caseDesk.agency.section.applications')}</h3>
    ${
      r.applications.length === 0
        ? html`<p>${localize.t('caseDesk.agency.applications.none')}</p>`
        : html`<ul class="ledger" part="linked">
            ${r.applications.map(
              (a) => html`<li part="linked-application">
                <span class="number">${a.number}</span> <span class="material-name">${a.itemName}</span>
                <span class="status">${statusText(a.status)}</span>
              </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The request's events, newest first, each with who acted. */
export function renderAgencyEvents(localize: LocalizeController, r: StaffAgencyRequest): TemplateResult {
  return html`<section class="section" part="section" aria-labelledby="cd-agency-events">
    <h3 id="cd-agency-events">${localize.t('caseDesk.section.events')}</h3>
    <ol class="events" part="events">
      ${[...r.events].reverse().map(
        (e) => html`<li class="event" part="event">
          <span class="event-head"
            ><time datetime=${e.at}>${localize.date(e.at, DATE_TIME)}</time>
            <strong>${localize.t(`caseDesk.agency.event.${e.kind}` as 'caseDesk.agency.event.submitted')}</strong></span
          >
          ${e.note ? html`<span class="event-message">${e.note}</span>` : nothing}
          <span class="actor" part="actor"
            >${e.actor.department ? localize.t('caseDesk.event.staff', e.actor.name, e.actor.department) : e.actor.name}</span
          >
        </li>`,
      )}
    </ol>
  </section>`;
}
