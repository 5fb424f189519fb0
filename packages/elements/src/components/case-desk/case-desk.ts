import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { APPLICATION_STATUSES, STAFF_ROLE_LABELS } from '@yiwang/contract';
import type {
  AgencyStatus,
  Appointment,
  ApplicationEvent,
  ApplicationStatus,
  Deadline,
  FormSchema,
  StaffCase,
  StaffCasePage,
  StaffLicenseUse,
  StaffAgencyPage,
  StaffAgencyRequest,
  StaffCaseSummary,
  StaffRole,
  FileMeta,
} from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import { YwElement } from '../../base/yw-element.ts';
import { ActionController } from '../../base/controllers/action.ts';
import { DataController } from '../../base/controllers/data.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { YwAgencyActionEvent, YwCaseActionEvent } from '../../base/events/case-desk.ts';
import { signedIn } from '../../base/session.ts';
import { linkButtonStyles, panelResetStyles, signInStyles } from '../../base/styles/shared.ts';
import { renderDataState, renderErrorState } from '../../base/views/async-views.ts';
import { renderSignIn } from '../../base/views/sign-in.ts';
import type { ErrorDescription } from '../../i18n/errors.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { caseDeskMessages } from '../../i18n/messages/case-desk.ts';
import { CASE_ACTIONS, actionsFor, awaitsRectification, rolesOf } from './actions.ts';
import type { ActionErrors, ActionFormDef, ActionValues, CaseActionDef, DeskInfo } from './actions.ts';
import { agencyActionsFor } from './agency-actions.ts';
import type { AgencyActionDef } from './agency-actions.ts';
import {
  agencyStatusText,
  renderAgencyCount,
  renderAgencyEvents,
  renderAgencyFacts,
  renderAgencyFilters,
  renderAgencyList,
  renderLinkedApplications,
} from './views/agency.ts';
import { caseDeskStyles } from './case-desk.styles.ts';
import { CaseFilesController } from './case-files.ts';
import { renderRowList } from './views/rows.ts';

/** A queue load: the page, or nobody signed in (no request sent). */
type QueueLoad = { kind: 'signed-out' } | { kind: 'queue'; page: StaffCasePage };
/** A case load. */
type CaseLoad = { kind: 'signed-out' } | { kind: 'case'; case: StaffCase };
/** A load of the 代办 list, or of one request. */
type AgencyListLoad = { kind: 'signed-out' } | { kind: 'agency'; page: StaffAgencyPage };
type AgencyLoad = { kind: 'signed-out' } | { kind: 'request'; request: StaffAgencyRequest };
/** The desk's two views: the case queue, and the 预审代办 requests. */
export const CASE_DESK_VIEWS = ['cases', 'agency'] as const;
export type CaseDeskView = (typeof CASE_DESK_VIEWS)[number];
/** Who the staff member is (roles) and the items of their department, for the item filter. */
interface DeskContext {
  department: string;
  roles: readonly string[];
  items: Array<{ id: string; name: string }>;
}

/** An appointment's time as the hall keeps it (Beijing time). */
const BEIJING_TIME = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Shanghai',
} as const;

/** The server's per-field problems of a refused action: body path → message (the envelope's message when there is one path). */
function serverProblems(error: unknown, fields: Readonly<Record<string, string>> | undefined): ActionErrors | null {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
    details?: unknown;
    message?: unknown;
  };
  if (!fields || e.name !== 'ApiError' || e.code !== 'VALIDATION_FAILED' || !Array.isArray(e.details)) return null;
  const details = e.details as Array<{ path?: unknown; message?: unknown }>;
  const errors: ActionErrors = {};
  for (const d of details) {
    const path = String(d.path ?? '');
    const key = Object.keys(fields).find((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`));
    if (!key) return null;
    // One problem: the server's sentence in the reader's language; more: each path's own.
    errors[fields[key]!] ??= details.length === 1 && typeof e.message === 'string' && e.message ? e.message : String(d.message ?? '');
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Working days left at or below which a deadline is "due soon". */
const DUE_SOON_DAYS = 3;

/** Why a staff endpoint refused the caller, from the error the SDK threw. */
function refusal(error: unknown): { code: 'NOT_STAFF' } | { code: 'ROLE_REQUIRED'; roles: StaffRole[] } | null {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown; details?: unknown };
  if (e.name !== 'ApiError') return null;
  if (e.code === 'NOT_STAFF') return { code: 'NOT_STAFF' };
  if (e.code !== 'ROLE_REQUIRED') return null;
  const details = Array.isArray(e.details) ? (e.details as Array<{ message?: unknown }>) : [];
  const roles = details.map((d) => d.message).filter((r): r is StaffRole => typeof r === 'string' && r in STAFF_ROLE_LABELS);
  return { code: 'ROLE_REQUIRED', roles };
}

/** Field labels of a form schema by field name (groups' fields too). */
function fieldLabels(form: FormSchema | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (fields: readonly unknown[]) => {
    for (const f of fields as Array<{ name: string; label: string; fields?: unknown[] }>) {
      labels.set(f.name, f.label);
      if (Array.isArray(f.fields)) visit(f.fields);
    }
  };
  for (const step of form?.steps ?? []) for (const section of step.sections) visit(section.fields);
  return labels;
}

/**
 * The department staff's desk (办件受理台): the queue of their department's cases
 * with deadline badges (overdue first, then fewest working days left), filters
 * and pages, and a case view with the applicant's answers, materials and the
 * events with who acted, the 容缺 ledger, the 补正 request and its answer, the
 * review tracks and the result, and the forms of the actions the case's status
 * and the staff member's roles allow (受理, 要求补正, 不予受理, 开启会审, the own
 * department's opinion, 决定, 制证, 寄递, 办结, and 预约现场办理 for a case handed in
 * at the hall: date, time within the hall's hours, place and window, and what
 * to bring, prefilled from the item's materials), each with a confirmation step.
 * The server's problems with a form (an appointment already past, a holiday)
 * are shown at the field they concern.
 *
 * A second view (`view="agency"`, or its tab) lists the department's 预审代办
 * requests with a status filter; a request shows the requester, the contact's
 * mobile in full, the help wanted, the agent, the linked applications and the
 * events with who acted, and the actions its status allows: assign an agent (a
 * colleague of the department), note progress, link applications by number,
 * complete and cancel with a reason (these two irreversible).
 *
 * It needs a signed-in staff member: put it inside a `<yw-config>` whose
 * `getToken` gives the staff member's token. Signed out it shows the site's
 * sign-in; an applicant's account sees "not a staff account"; a staff member
 * without the role an endpoint needs is told which role. When someone else
 * acted first (409), the case is reloaded and the desk says so.
 *
 * Keyboard: the two views are tabs (one tab stop; ← / → / Home / End). In the
 * queue and the 代办 list, J or ↓ moves to the next row, K or ↑ to the previous
 * one, Home / End to the first / last, Enter opens it (the list describes the
 * shortcuts); keys typed in a field or while an input method composes are left
 * alone.
 *
 * @summary The department staff's case queue and case view, with every staff action from 受理 to 办结, and the 预审代办 requests.
 * @tag yw-case-desk
 *
 * @csspart state - The box around the current state of the queue or the case.
 * @csspart view-tabs - The tabs of the two views (cases, 预审代办).
 * @csspart view-tab - One view's tab.
 * @csspart filters - The filter bar (status, item, overdue, 补正, 容缺, due within, appointment; the 代办 list's status).
 * @csspart filter - One filter's select.
 * @csspart count - The number of cases (announced).
 * @csspart shortcuts - The keyboard shortcuts of the queue.
 * @csspart queue - The list of cases.
 * @csspart case-row - One case in the queue (a button that opens it).
 * @csspart number - An application number.
 * @csspart status - A case's status.
 * @csspart deadline - A deadline badge (overdue, due soon, on time, not started, paused, suspended by a special procedure).
 * @csspart marker - A marker of a case in words (also `co-handling`, `supplement-due`, `owed`, `appointment-needed`, `appointment-set`; `agent` in the 代办 list).
 * @csspart pager - The page buttons.
 * @csspart page-button - Previous / next page.
 * @csspart case - The case view.
 * @csspart back-button - Back to the queue.
 * @csspart case-title - The case view's heading.
 * @csspart section - A section of the case view.
 * @csspart answers - The applicant's answers.
 * @csspart materials - The materials list.
 * @csspart material - One material.
 * @csspart material-file - One file of a material.
 * @csspart answer-upload - One file of an upload field's answer.
 * @csspart answer-file - One file of the 补正 answer.
 * @csspart file-button - Fetches one of the applicant's files (with the staff token; the server audits it).
 * @csspart file-link - Opens a fetched file in a new tab.
 * @csspart file-error - Why a file could not be fetched (an alert).
 * @csspart deferred - The 容缺 ledger.
 * @csspart deferred-line - One owed (or supplied) 容缺 material.
 * @csspart supplement - The latest 补正 request and whether it was answered.
 * @csspart tracks - The review tracks.
 * @csspart track - One department's track with its state and opinion.
 * @csspart result - The decision and the result.
 * @csspart events - The events timeline.
 * @csspart event - One event.
 * @csspart actor - Who acted in an event.
 * @csspart actions - The action area.
 * @csspart action-button - Opens an action's form.
 * @csspart action-form - An action's form.
 * @csspart field - A form field.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A field's control.
 * @csspart field-error - A field's problem.
 * @csspart confirm - The confirmation step.
 * @csspart confirm-button - Confirms the action.
 * @csspart appointment - The case's appointment at the hall.
 * @csspart appointment-time - When (Beijing time).
 * @csspart appointment-place - Where.
 * @csspart appointment-bring - What to bring.
 * @csspart add-line - Adds a line to what to bring.
 * @csspart remove-line - Removes a line.
 * @csspart agency-queue - The list of 预审代办 requests (with `queue`).
 * @csspart agency-row - One request in the list (a button that opens it).
 * @csspart request - The request view.
 * @csspart request-title - The request view's heading.
 * @csspart requester - The requester and how to reach them.
 * @csspart mobile - The contact's mobile (a tel: link).
 * @csspart agent - The request's agent.
 * @csspart help - The help wanted, in the requester's words.
 * @csspart linked - The applications linked to the request.
 * @csspart linked-application - One linked application.
 * @csspart suspension - The special procedure (特别程序) that stops the clock: which, since when, why, until when expected.
 * @csspart notice - What the last action did (done, or someone else acted first).
 * @csspart action-error - Why the last action failed.
 * @csspart refusal - Not a staff account, or a role missing.
 * @csspart sign-in - The sign-in state.
 * @csspart sign-in-button - Starts the site's sign-in.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty queue.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @fires {YwCaseActionEvent} yw-case-action - An action on a case was accepted by the server.
 * @fires {YwAgencyActionEvent} yw-agency-action - An action on a 预审代办 request was accepted by the server.
 * @fires {YwErrorEvent} yw-error - Loading or an action failed.
 */
export class YwCaseDesk extends YwElement {
  static override tagName = 'yw-case-desk';

  protected static override messageParts = [caseDeskMessages];

  static override styles = [YwElement.styles, linkButtonStyles, signInStyles, panelResetStyles, caseDeskStyles];

  static override properties: PropertyDeclarations = {
    number: { reflect: true },
    status: {},
    itemId: { attribute: 'item-id' },
    overdue: {},
    supplement: {},
    owed: {},
    dueWithin: { attribute: 'due-within' },
    needsAppointment: { attribute: 'needs-appointment' },
    view: { reflect: true },
    request: { reflect: true },
    agencyStatus: { attribute: 'agency-status' },
    page: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    active: { state: true },
    activeAction: { state: true },
    confirming: { state: true },
    values: { state: true },
    errors: { state: true },
    notice: { state: true },
    actionError: { state: true },
    liveMessage: { state: true },
  };

  /** The open case (申报号); empty: the queue. */
  declare number: string | undefined;
  /** Status filter: one status (closed ones too); empty: every open case. */
  declare status: ApplicationStatus | '' | undefined;
  /** Item filter (an item id of the department). */
  declare itemId: string | undefined;
  /** Overdue filter: `true` (only overdue), `false` (none overdue), empty: all. */
  declare overdue: '' | 'true' | 'false' | undefined;
  /** 补正 filter: `true` (only cases waiting for the applicant's 补正); empty: all. */
  declare supplement: '' | 'true' | undefined;
  /** 容缺 filter: `true` (only cases with 容缺 materials owed); empty: all. */
  declare owed: '' | 'true' | undefined;
  /** Only cases with at most this many working days left (overdue included); empty: all. */
  declare dueWithin: string | undefined;
  /** Appointment filter: `true` (offline-channel cases without an appointment to come), `false` (the others); empty: all. */
  declare needsAppointment: '' | 'true' | 'false' | undefined;
  /** `cases` (the queue, default) or `agency` (the department's 预审代办 requests). */
  declare view: CaseDeskView;
  /** The open 预审代办 request (its id) in the `agency` view; empty: the list. */
  declare request: string | undefined;
  /** Status filter of the 代办 list: one status; empty: the open ones (待分派, 已分派, 办理中). */
  declare agencyStatus: AgencyStatus | '' | undefined;
  /** Page of the queue (1-based). */
  declare page: number;
  /** Cases per page (default 20, at most 100). */
  declare pageSize: number;

  declare private active: number;
  declare private activeAction: string | null;
  declare private confirming: boolean;
  declare private values: ActionValues;
  declare private errors: ActionErrors;
  declare private notice: string;
  declare private actionError: string;
  declare private liveMessage: string;

  /** The actions the desk offers (one table; later actions add entries). */
  protected actionTable: readonly CaseActionDef[] = CASE_ACTIONS;

  private readonly localize = new LocalizeController(this);

  private readonly queue = new DataController(this, {
    endpoint: 'staff.cases',
    args: () =>
      this.view === 'agency'
        ? null
        : ([
            this.status || '',
            this.itemId || '',
            this.overdue || '',
            this.supplement || '',
            this.owed || '',
            this.dueWithin || '',
            this.needsAppointment || '',
            this.page,
            this.pageSize,
          ] as const),
    call: (client, [status, itemId, overdue, supplement, owed, dueWithin, needsAppointment, page, pageSize], signal) =>
      this.loadQueue(client, { status, itemId, overdue, supplement, owed, dueWithin, needsAppointment, page, pageSize }, signal),
    isEmpty: (load) => load.kind === 'queue' && load.page.total === 0,
  });

  private readonly context = new DataController(this, {
    endpoint: 'me.get',
    secondary: true,
    call: (client, _args, signal) => this.loadContext(client, signal),
  });

  private readonly caseData = new DataController(this, {
    endpoint: 'staff.get',
    args: () => (this.number && this.view !== 'agency' ? ([this.number] as const) : null),
    call: (client, [number], signal) => this.loadCase(client, number, signal),
  });

  private readonly form = new DataController(this, {
    endpoint: 'forms.get',
    secondary: true,
    args: () => {
      const load = this.caseData.current;
      return load?.kind === 'case' && load.case.formId ? ([load.case.formId] as const) : null;
    },
    call: (client, [id], signal) => client.forms.get(id, { signal }),
  });

  /** The case's item with its guide, for the 补正 form's materials. */
  private readonly guide = new DataController(this, {
    endpoint: 'items.get',
    secondary: true,
    args: () => {
      const load = this.caseData.current;
      return load?.kind === 'case' ? ([load.case.itemId] as const) : null;
    },
    call: (client, [id], signal) => client.items.get(id, { signal }),
  });

  /** The departments, for the co-handling departments of 并联审查 (once a case is open). */
  private readonly departments = new DataController(this, {
    endpoint: 'departments.list',
    secondary: true,
    args: () => (this.number ? ([true] as const) : null),
    call: (client, _args, signal) => client.departments.list({ signal }),
  });

  /** The 代办 list (the `agency` view without a request open). */
  private readonly agencyQueue = new DataController(this, {
    endpoint: 'staff.agencyRequests',
    args: () => (this.view === 'agency' && !this.request ? ([this.agencyStatus || '', this.page, this.pageSize] as const) : null),
    call: (client, [status, page, pageSize], signal) => this.loadAgencyList(client, { status, page, pageSize }, signal),
    isEmpty: (load) => load.kind === 'agency' && load.page.total === 0,
  });

  /** The open 预审代办 request. */
  private readonly agencyData = new DataController(this, {
    endpoint: 'staff.agencyRequest',
    args: () => (this.view === 'agency' && this.request ? ([this.request] as const) : null),
    call: (client, [id], signal) => this.loadAgencyRequest(client, id, signal),
  });

  /** The department's staff, for the agent picker (once a request is open). */
  private readonly colleagues = new DataController(this, {
    endpoint: 'staff.colleagues',
    secondary: true,
    args: () => (this.view === 'agency' && this.request ? ([true] as const) : null),
    call: (client, _args, signal) => client.staff.colleagues({ signal }),
  });

  private readonly action = new ActionController(this);
  private readonly files = new CaseFilesController(this);
  /** Where each file was last asked for (the id of its control), so that a failure shows there. */
  private readonly fileAskedAt = new Map<string, string>();

  /** Where focus goes after the next render. */
  private focusNext: 'case' | 'row' | 'form' | 'confirm' | 'notice' | 'request' | 'agency-row' | null = null;
  /** The case the queue had open, to return focus to its row. */
  private lastOpened = '';
  /** The request the 代办 list had open, likewise. */
  private lastRequest = '';

  constructor() {
    super();
    this.status = '';
    this.overdue = '';
    this.supplement = '';
    this.owed = '';
    this.dueWithin = '';
    this.needsAppointment = '';
    this.view = 'cases';
    this.agencyStatus = '';
    this.page = 1;
    this.pageSize = 20;
    this.active = 0;
    this.activeAction = null;
    this.confirming = false;
    this.values = {};
    this.errors = {};
    this.notice = '';
    this.actionError = '';
    this.liveMessage = '';
  }

  /** @internal For tests and stories: the state of what is shown (the case, or the queue). */
  get state() {
    if (this.view === 'agency') return this.request ? this.agencyData.state : this.agencyQueue.state;
    return this.number ? this.caseData.state : this.queue.state;
  }

  /** Loads what is shown again: the queue (and the open case), or the 代办 list (or the open request). */
  reload(): void {
    if (this.view === 'agency') {
      if (this.request) this.agencyData.reload();
      else this.agencyQueue.reload();
      return;
    }
    this.queue.reload();
    if (this.number) this.caseData.reload();
  }

  // -------------------------------------------------------------------------
  // Loading

  private async loadQueue(
    client: Client,
    q: {
      status: string;
      itemId: string;
      overdue: string;
      supplement: string;
      owed: string;
      dueWithin: string;
      needsAppointment: string;
      page: number;
      pageSize: number;
    },
    signal: AbortSignal,
  ): Promise<QueueLoad> {
    if (!(await signedIn(this))) return { kind: 'signed-out' };
    const page = await client.staff.cases({
      ...(q.status ? { status: q.status as ApplicationStatus } : {}),
      ...(q.itemId ? { itemId: q.itemId } : {}),
      ...(q.overdue ? { overdue: q.overdue === 'true' } : {}),
      ...(q.supplement === 'true' ? { supplement: true } : {}),
      ...(q.owed === 'true' ? { owed: true } : {}),
      ...(/^\d+$/.test(q.dueWithin) ? { dueWithin: Math.min(60, Number(q.dueWithin)) } : {}),
      ...(q.needsAppointment === 'true' || q.needsAppointment === 'false' ? { needsAppointment: q.needsAppointment === 'true' } : {}),
      page: Math.max(1, q.page || 1),
      pageSize: Math.min(100, Math.max(1, q.pageSize || 20)),
      signal,
    });
    return { kind: 'queue', page };
  }

  private async loadCase(client: Client, number: string, signal: AbortSignal): Promise<CaseLoad> {
    if (!(await signedIn(this))) return { kind: 'signed-out' };
    return { kind: 'case', case: await client.staff.get(number, { signal }) };
  }

  private async loadAgencyList(
    client: Client,
    q: { status: string; page: number; pageSize: number },
    signal: AbortSignal,
  ): Promise<AgencyListLoad> {
    if (!(await signedIn(this))) return { kind: 'signed-out' };
    const page = await client.staff.agencyRequests({
      ...(q.status ? { status: q.status as AgencyStatus } : {}),
      page: Math.max(1, q.page || 1),
      pageSize: Math.min(100, Math.max(1, q.pageSize || 20)),
      signal,
    });
    return { kind: 'agency', page };
  }

  private async loadAgencyRequest(client: Client, id: string, signal: AbortSignal): Promise<AgencyLoad> {
    if (!(await signedIn(this))) return { kind: 'signed-out' };
    return { kind: 'request', request: await client.staff.agencyRequest(id, { signal }) };
  }

  private async loadContext(client: Client, signal: AbortSignal): Promise<DeskContext | null> {
    if (!(await signedIn(this))) return null;
    const me = await client.me.get({ signal });
    if (!me.staff) return null;
    const found = await client.items.search({ department: me.staff.department, pageSize: 100, sort: 'name', signal });
    return {
      department: me.staff.department,
      roles: me.staff.roles,
      items: found.items.map((hit) => ({ id: hit.item.id, name: hit.item.name })),
    };
  }

  // -------------------------------------------------------------------------
  // Rendering

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('number') || changed.has('request') || changed.has('view')) this.resetAction();
  }

  protected override render(): TemplateResult {
    let body: TemplateResult;
    if (this.view === 'agency') body = this.request ? this.renderRequestState() : this.renderAgencyState();
    else body = this.number ? this.renderCaseState() : this.renderQueueState();
    return html`${body}
      <span class="yw-sr-only live" role="status">${this.liveMessage}</span>`;
  }

  /** The two views as tabs (one tab stop; ← / → / Home / End move and show). */
  private renderViewTabs(): TemplateResult {
    const localize = this.localize;
    const tab = (view: CaseDeskView, label: MessageKey) =>
      html`<button
        type="button"
        role="tab"
        class="view-tab"
        part="view-tab"
        id="cd-tab-${view}"
        data-view=${view}
        aria-selected=${this.view === view ? 'true' : 'false'}
        aria-controls="cd-panel"
        tabindex=${this.view === view ? '0' : '-1'}
        @click=${() => this.switchView(view)}
      >
        ${localize.t(label as 'caseDesk.view.cases')}
      </button>`;
    return html`<div class="view-tabs" part="view-tabs" role="tablist" aria-label=${localize.t('caseDesk.views')} @keydown=${this.onTabKey}>
      ${tab('cases', 'caseDesk.view.cases')} ${tab('agency', 'caseDesk.view.agency')}
    </div>`;
  }

  private readonly onTabKey = (e: KeyboardEvent): void => {
    const order = CASE_DESK_VIEWS;
    const from = order.indexOf(this.view);
    const to = { ArrowRight: from + 1, ArrowLeft: from - 1, Home: 0, End: order.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const view = order[(to + order.length) % order.length]!;
    this.switchView(view);
    void this.updateComplete.then(() => this.shadowRoot!.getElementById(`cd-tab-${view}`)?.focus());
  };

  private switchView(view: CaseDeskView): void {
    if (view === this.view) return;
    this.view = view;
    this.page = 1;
    this.active = 0;
    this.liveMessage = this.localize.t(view === 'agency' ? 'caseDesk.view.agencyShown' : 'caseDesk.view.casesShown');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.focusNext;
    if (!focus) return;
    const root = this.shadowRoot!;
    const selector = {
      case: '[part~="case-title"]',
      row: `[part~="case-row"][data-number="${this.lastOpened}"]`,
      form: '[part~="action-form"] input, [part~="action-form"] textarea, [part~="action-form"] select, [part~="action-form"] [part~="confirm-button"]',
      confirm: '[part~="confirm"]',
      notice: '[part~="notice"], [part~="action-error"]',
      request: '[part~="request-title"]',
      'agency-row': `[part~="agency-row"][data-id="${this.lastRequest}"]`,
    }[focus];
    const target = root.querySelector<HTMLElement>(selector);
    if (target) {
      this.focusNext = null;
      target.focus();
    }
  }

  /** Signed out, not staff, role missing, or the shared error. */
  private renderProblem(raw: unknown, error: ErrorDescription, retry: () => void): unknown {
    const localize = this.localize;
    if (error.kind === 'unauthorized') return this.renderSignedOut();
    const refused = refusal(raw);
    if (refused?.code === 'NOT_STAFF') return html`<p class="refusal" part="refusal" role="alert">${localize.t('caseDesk.notStaff')}</p>`;
    if (refused?.code === 'ROLE_REQUIRED')
      return html`<p class="refusal" part="refusal" role="alert">${localize.t('caseDesk.roleRequired', this.roleNames(refused.roles))}</p>`;
    return renderErrorState(localize, error, retry);
  }

  private roleNames(roles: readonly string[]): string {
    const zh = this.resolvedLocale === 'zh-CN';
    return roles.map((r) => (r in STAFF_ROLE_LABELS ? STAFF_ROLE_LABELS[r as StaffRole][zh ? 'zh' : 'en'] : r)).join(zh ? '、' : ', ');
  }

  private renderSignedOut(): TemplateResult {
    const signIn = this.signInOffer;
    const message = this.localize.t('caseDesk.signIn');
    return signIn
      ? renderSignIn(this.localize, message, signIn)
      : html`<div class="yw-sign-in" part="sign-in"><p class="yw-sign-in-message">${message}</p></div>`;
  }

  private renderQueueState(): TemplateResult {
    const localize = this.localize;
    return html`<h2 class="title">${localize.t('caseDesk.title')}</h2>
      ${this.renderViewTabs()}
      <div role="tabpanel" id="cd-panel" aria-labelledby="cd-tab-cases">
        ${this.renderFilters()}
        ${renderDataState(this.queue, localize, {
          skeletonLines: 5,
          complete: (load) => (load.kind === 'signed-out' ? this.renderSignedOut() : this.renderQueue(load.page)),
          empty: (load) => html`${load.kind === 'queue' ? this.renderCount(load.page) : nothing}
            <div class="yw-empty" part="empty"><p>${localize.t('caseDesk.empty')}</p></div>`,
          error: (error, retry) => this.renderProblem(this.queue.error, error, retry),
        })}
      </div>`;
  }

  // -------------------------------------------------------------------------
  // The 代办 view

  private renderAgencyState(): TemplateResult {
    const localize = this.localize;
    return html`<h2 class="title">${localize.t('caseDesk.title')}</h2>
      ${this.renderViewTabs()}
      <div role="tabpanel" id="cd-panel" aria-labelledby="cd-tab-agency">
        ${renderAgencyFilters(localize, this.agencyStatus || '', (status) => {
          this.agencyStatus = status;
          this.page = 1;
          this.active = 0;
        })}
        ${renderDataState(this.agencyQueue, localize, {
          skeletonLines: 4,
          complete: (load) =>
            load.kind === 'signed-out'
              ? this.renderSignedOut()
              : html`${renderAgencyList(localize, load.page, this.active, {
                  key: this.onQueueKey,
                  focus: (k) => (this.active = k),
                  open: (r) => this.openRequest(r),
                })}
                ${this.renderPager(load.page)}`,
          empty: (load) => html`${load.kind === 'agency' ? renderAgencyCount(localize, load.page) : nothing}
            <div class="yw-empty" part="empty"><p>${localize.t('caseDesk.agency.empty')}</p></div>`,
          error: (error, retry) => this.renderProblem(this.agencyQueue.error, error, retry),
        })}
      </div>`;
  }

  private renderRequestState(): TemplateResult {
    const localize = this.localize;
    return html`<button type="button" class="yw-link-button back" part="back-button" @click=${() => this.backToAgency()}>
        ← ${localize.t('caseDesk.agency.back')}
      </button>
      ${renderDataState(this.agencyData, localize, {
        skeletonLines: 6,
        complete: (load) => (load.kind === 'signed-out' ? this.renderSignedOut() : this.renderRequest(load.request)),
        error: (error, retry) => this.renderProblem(this.agencyData.error, error, retry),
      })}`;
  }

  private renderRequest(r: StaffAgencyRequest): TemplateResult {
    const localize = this.localize;
    return html`<article class="case" part="request" aria-labelledby="cd-request-title">
      <header class="case-header">
        <h2 class="title" part="request-title" id="cd-request-title" tabindex="-1">${localize.t('caseDesk.agency.title', r.number)}</h2>
        <p class="case-item">${r.itemName} · ${r.departmentName}</p>
        <p class="case-facts">
          <span class="status" part="status">${agencyStatusText(localize, r.status)}</span>
          <span class="marker"><time datetime=${r.createdAt}>${localize.t('caseDesk.agency.since', localize.date(r.createdAt))}</time></span>
        </p>
      </header>
      ${this.renderNotice()}
      <div class="case-grid">
        <div class="case-main">
          ${renderAgencyFacts(localize, r)} ${renderLinkedApplications(localize, r, (status) => this.statusText(status))}
        </div>
        <div class="case-side">${this.renderAgencyActions(r)} ${renderAgencyEvents(localize, r)}</div>
      </div>
    </article>`;
  }

  /** The actions section of a case or a request: its list or form, and the last action's error. */
  private actionsSection(body: unknown): TemplateResult {
    return this.section(
      'caseDesk.section.actions',
      'cd-actions',
      html`<div class="actions" part="actions">
        ${body}
        ${
          this.actionError && this.activeAction !== 'rectify'
            ? html`<p class="action-error" part="action-error" role="alert" tabindex="-1">${this.actionError}</p>`
            : nothing
        }
      </div>`,
    );
  }

  private renderAgencyActions(r: StaffAgencyRequest): TemplateResult {
    const localize = this.localize;
    const allowed = agencyActionsFor(r);
    const current = allowed.find((a) => a.id === this.activeAction);
    let body: unknown;
    if (allowed.length === 0) body = html`<p>${localize.t('caseDesk.agency.actions.none')}</p>`;
    else if (current)
      body = this.renderActionForm(
        current,
        r.number,
        () =>
          current.renderForm({
            ...this.fieldContext(current),
            request: r,
            colleagues: this.colleagues.current?.items,
          }),
        () => this.runAgencyAction(r, current),
      );
    else
      body = html`<ul class="action-list">
        ${allowed.map(
          (a) => html`<li>
            <button
              type="button"
              class="yw-button ${a.id === 'agencyCancel' ? 'secondary' : ''}"
              part="action-button"
              data-action=${a.id}
              @click=${() => this.startAction(a)}
            >
              ${localize.t(a.label as 'caseDesk.action.accept')}
            </button>
          </li>`,
        )}
      </ul>`;
    return this.actionsSection(body);
  }

  private renderFilters(): TemplateResult {
    const localize = this.localize;
    const items = this.context.current?.items ?? [];
    const select = (id: string, label: MessageKey, value: string, options: TemplateResult[], onChange: (v: string) => void) =>
      html`<div class="filter">
        <label for=${id}>${localize.t(label as 'caseDesk.filter.status')}</label>
        <select id=${id} part="filter" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
          ${options}
        </select>
      </div>`;
    const option = (value: string, text: string, current: string) =>
      html`<option value=${value} ?selected=${value === current}>${text}</option>`;
    const status = this.status || '';
    const item = this.itemId || '';
    const overdue = this.overdue || '';
    const supplement = this.supplement || '';
    const owed = this.owed || '';
    const dueWithin = this.dueWithin || '';
    const needsAppointment = this.needsAppointment || '';
    return html`<div class="filters" part="filters" role="group" aria-label=${localize.t('caseDesk.filters')}>
      ${select(
        'cd-status',
        'caseDesk.filter.status',
        status,
        [
          option('', localize.t('caseDesk.filter.statusOpen'), status),
          ...APPLICATION_STATUSES.map((s) => option(s, this.statusText(s), status)),
        ],
        (v) => this.filter({ status: v as ApplicationStatus | '' }),
      )}
      ${select(
        'cd-item',
        'caseDesk.filter.item',
        item,
        [
          option('', localize.t('caseDesk.filter.itemAll'), item),
          ...items.map((i) => option(i.id, i.name, item)),
          ...(item && !items.some((i) => i.id === item) ? [option(item, item, item)] : []),
        ],
        (v) => this.filter({ itemId: v }),
      )}
      ${select(
        'cd-overdue',
        'caseDesk.filter.overdue',
        overdue,
        [
          option('', localize.t('caseDesk.filter.overdueAll'), overdue),
          option('true', localize.t('caseDesk.filter.overdueOnly'), overdue),
          option('false', localize.t('caseDesk.filter.notOverdue'), overdue),
        ],
        (v) => this.filter({ overdue: v as '' | 'true' | 'false' }),
      )}
      ${select(
        'cd-supplement',
        'caseDesk.filter.supplement',
        supplement,
        [
          option('', localize.t('caseDesk.filter.all'), supplement),
          option('true', localize.t('caseDesk.filter.supplementOnly'), supplement),
        ],
        (v) => this.filter({ supplement: v as '' | 'true' }),
      )}
      ${select(
        'cd-owed',
        'caseDesk.filter.owed',
        owed,
        [option('', localize.t('caseDesk.filter.all'), owed), option('true', localize.t('caseDesk.filter.owedOnly'), owed)],
        (v) => this.filter({ owed: v as '' | 'true' }),
      )}
      ${select(
        'cd-due-within',
        'caseDesk.filter.dueWithin',
        dueWithin,
        [
          option('', localize.t('caseDesk.filter.all'), dueWithin),
          ...['1', '3', '5', '10'].map((n) =>
            option(n, localize.t('caseDesk.filter.dueWithinDays', localize.number(Number(n))), dueWithin),
          ),
          ...(dueWithin && !['1', '3', '5', '10'].includes(dueWithin)
            ? [option(dueWithin, localize.t('caseDesk.filter.dueWithinDays', dueWithin), dueWithin)]
            : []),
        ],
        (v) => this.filter({ dueWithin: v }),
      )}
      ${select(
        'cd-appointment',
        'caseDesk.filter.appointment',
        needsAppointment,
        [
          option('', localize.t('caseDesk.filter.all'), needsAppointment),
          option('true', localize.t('caseDesk.filter.needsAppointment'), needsAppointment),
          option('false', localize.t('caseDesk.filter.appointmentNotNeeded'), needsAppointment),
        ],
        (v) => this.filter({ needsAppointment: v as '' | 'true' | 'false' }),
      )}
    </div>`;
  }

  private renderCount(page: StaffCasePage): TemplateResult {
    const overdue = page.items.filter((c) => c.deadline?.overdue).length;
    return html`<p class="count" part="count">${this.localize.t('caseDesk.count', this.localize.number(page.total), this.localize.number(overdue))}</p>`;
  }

  private renderQueue(page: StaffCasePage): TemplateResult {
    const localize = this.localize;
    return html`${this.renderCount(page)}
      ${renderRowList({
        items: page.items,
        active: this.active,
        label: localize.t('caseDesk.queueLabel'),
        shortcuts: localize.t('caseDesk.shortcuts'),
        shortcutsId: 'cd-shortcuts',
        part: 'queue',
        rowPart: 'case-row',
        row: (c) => ({
          number: c.number,
          itemName: c.itemName,
          data: { number: c.number },
          facts: html`<span class="applicant">${localize.t('caseDesk.applicant', c.applicantName)}</span>
            <span class="status" part="status">${this.statusText(c.status)}</span>
            ${this.renderDeadline(c.deadline, c.status)} ${this.renderRowMarkers(c)}`,
        }),
        on: { key: this.onQueueKey, focus: (k) => (this.active = k), open: (c) => this.open(c.number) },
      })}
      ${this.renderPager(page)}`;
  }

  /** The page buttons of a list (none when it fits one page). */
  private renderPager(page: { total: number; page: number; pageSize: number }): TemplateResult | typeof nothing {
    const localize = this.localize;
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    if (pages <= 1) return nothing;
    return html`<nav class="pager" part="pager" aria-label=${localize.t('caseDesk.pagination')}>
      <button type="button" class="yw-button secondary" part="page-button" ?disabled=${page.page <= 1} @click=${() => this.goTo(page.page - 1)}>
        ${localize.t('caseDesk.prev')}
      </button>
      <span>${localize.t('caseDesk.page', localize.number(page.page), localize.number(pages))}</span>
      <button type="button" class="yw-button secondary" part="page-button" ?disabled=${page.page >= pages} @click=${() => this.goTo(page.page + 1)}>
        ${localize.t('caseDesk.next')}
      </button>
    </nav>`;
  }

  /** The queue line's markers: co-handling, the hall appointment, a 补正 waiting, 容缺 owed — each in words. */
  private renderRowMarkers(c: StaffCaseSummary): unknown {
    const localize = this.localize;
    const open = !['rejected', 'completed', 'withdrawn'].includes(c.status);
    return html`${c.coHandling ? html`<span class="marker co-handling" part="marker co-handling">⇄ ${localize.t('caseDesk.coHandling')}</span>` : nothing}
    ${
      open && c.channel === 'offline'
        ? !c.appointment
          ? html`<span class="marker" part="marker appointment-needed">◷ ${localize.t('caseDesk.appointment.needed')}</span>`
          : html`<span class="marker" part="marker appointment-set"
              >◷ ${localize.t('caseDesk.appointment.setFor', localize.date(c.appointment.at, BEIJING_TIME))}</span
            >`
        : nothing
    }
    ${
      c.supplementDue
        ? html`<span class="marker" part="marker supplement-due">✎ ${localize.t('caseDesk.supplementDue', localize.date(c.supplementDue))}</span>`
        : nothing
    }
    ${
      c.owed && c.owed.outstanding > 0
        ? html`<span class="marker ${c.owed.overdue > 0 ? 'overdue' : ''}" part="marker owed"
            >${c.owed.overdue > 0 ? '!' : '…'}
            ${localize.t('caseDesk.owed', localize.number(c.owed.outstanding), localize.number(c.owed.overdue))}</span
          >`
        : nothing
    }`;
  }

  private statusText(status: ApplicationStatus): string {
    return this.localize.t(`caseDesk.status.${status}` as 'caseDesk.status.submitted');
  }

  /** A deadline badge: a sign and words, never only a colour. */
  private renderDeadline(deadline: Deadline | null, status: ApplicationStatus): TemplateResult | typeof nothing {
    const localize = this.localize;
    if (!deadline) {
      return ['submitted', 'prereview', 'supplement_requested'].includes(status)
        ? html`<span class="deadline none" part="deadline">○ ${localize.t('caseDesk.deadline.notStarted')}</span>`
        : nothing;
    }
    const due =
      localize.t('caseDesk.deadline.due', localize.date(deadline.dueDate)) +
      (deadline.extendedDays ? localize.t('caseDesk.deadline.extended', localize.number(deadline.extendedDays)) : '') +
      (deadline.estimated ? localize.t('caseDesk.deadline.estimated') : '');
    if (deadline.overdue)
      return html`<span class="deadline overdue" part="deadline">! ${localize.t('caseDesk.deadline.overdue', localize.number(-deadline.workingDaysLeft))}，${due}</span>`;
    // A special procedure (特别程序) stops the clock: said with its name, apart from a 补正's pause.
    if (deadline.suspension) {
      const procedure = localize.t(`caseDesk.procedure.${deadline.suspension.procedure}` as 'caseDesk.procedure.hearing');
      return html`<span class="deadline paused suspended" part="deadline"
        >‖ ${localize.t('caseDesk.deadline.suspended', procedure, localize.number(deadline.workingDaysLeft))}</span
      >`;
    }
    if (deadline.paused)
      return html`<span class="deadline paused" part="deadline">‖ ${localize.t('caseDesk.deadline.paused', localize.number(deadline.workingDaysLeft))}</span>`;
    const soon = deadline.workingDaysLeft <= DUE_SOON_DAYS;
    return html`<span class="deadline ${soon ? 'soon' : 'ok'}" part="deadline"
      >${soon ? '◔' : '●'} ${localize.t('caseDesk.deadline.left', localize.number(deadline.workingDaysLeft))}，${due}</span
    >`;
  }

  // -------------------------------------------------------------------------
  // The case

  private renderCaseState(): TemplateResult {
    const localize = this.localize;
    return html`<button type="button" class="yw-link-button back" part="back-button" @click=${() => this.back()}>← ${localize.t('caseDesk.back')}</button>
      ${renderDataState(this.caseData, localize, {
        skeletonLines: 6,
        complete: (load) => (load.kind === 'signed-out' ? this.renderSignedOut() : this.renderCase(load.case)),
        error: (error, retry) => this.renderProblem(this.caseData.error, error, retry),
      })}`;
  }

  private renderCase(c: StaffCase): TemplateResult {
    const localize = this.localize;
    return html`<article class="case" part="case" aria-labelledby="cd-case-title">
      <header class="case-header">
        <h2 class="title" part="case-title" id="cd-case-title" tabindex="-1">${localize.t('caseDesk.case.title', c.number)}</h2>
        <p class="case-item">${c.itemName}</p>
        <p class="case-facts">
          <span class="status" part="status">${this.statusText(c.status)}</span>
          ${this.renderDeadline(c.deadline, c.status)} ${this.renderRowMarkers(c)}
        </p>
        <p class="audit-note">${localize.t('caseDesk.case.audit')}</p>
      </header>
      ${this.renderNotice()}
      <div class="case-grid">
        <div class="case-main">
          ${this.renderSuspension(c)} ${this.renderAppointment(c.appointment ?? null)} ${this.renderApplicant(c)} ${this.renderAnswers(c)} ${this.renderMaterials(c)} ${this.renderDeferred(c)}
          ${this.renderSupplement(c)} ${this.renderTracks(c)} ${this.renderResult(c)} ${this.renderEvaluation(c)}
        </div>
        <div class="case-side">${this.renderActions(c)} ${this.renderEvents(c.events)}</div>
      </div>
    </article>`;
  }

  /** The special procedure that stops the clock: which, since when, why, and when it is expected to end. */
  private renderSuspension(c: StaffCase): TemplateResult | typeof nothing {
    const running = c.deadline?.suspension;
    if (!running) return nothing;
    const localize = this.localize;
    return html`<p class="suspension" part="suspension">
      <strong>${localize.t(`caseDesk.procedure.${running.procedure}` as 'caseDesk.procedure.hearing')}</strong>
      ${localize.t('caseDesk.suspension.since', localize.date(running.since), running.reason)}
      ${running.expectedEnd ? localize.t('caseDesk.suspension.expected', localize.date(running.expectedEnd)) : nothing}
    </p>`;
  }

  /** The appointment at the hall: when (Beijing time), where, what to bring. */
  private renderAppointment(a: Appointment | null): TemplateResult | typeof nothing {
    if (!a) return nothing;
    const localize = this.localize;
    return this.section(
      'caseDesk.section.appointment',
      'cd-appointment-info',
      html`<div part="appointment">
        <dl class="facts">
          <dt>${localize.t('caseDesk.appointment.at')}</dt>
          <dd part="appointment-time"><time datetime=${a.at}>${localize.date(a.at, BEIJING_TIME)}</time></dd>
          <dt>${localize.t('caseDesk.appointment.place')}</dt>
          <dd part="appointment-place">${a.place}</dd>
        </dl>
        ${
          a.bring.length > 0
            ? html`<p>${localize.t('caseDesk.appointment.bring')}</p>
                <ul class="ledger" part="appointment-bring">
                  ${a.bring.map((b) => html`<li>${b}</li>`)}
                </ul>`
            : nothing
        }
        <p class="hint">${localize.t('caseDesk.appointment.setAt', localize.date(a.setAt, BEIJING_TIME))}</p>
      </div>`,
    );
  }

  private renderNotice(): TemplateResult | typeof nothing {
    return this.notice ? html`<p class="notice" part="notice" tabindex="-1">${this.notice}</p>` : nothing;
  }

  private section(key: MessageKey, id: string, body: unknown): TemplateResult {
    return html`<section class="section" part="section" aria-labelledby=${id}>
      <h3 id=${id}>${this.localize.t(key as 'caseDesk.section.answers')}</h3>
      ${body}
    </section>`;
  }

  private renderApplicant(c: StaffCase): TemplateResult {
    const localize = this.localize;
    const delivery =
      c.delivery.method === 'express'
        ? localize.t(
            'caseDesk.delivery.express',
            [c.delivery.address.recipient, c.delivery.address.mobile, c.delivery.address.detail].filter(Boolean).join(' '),
          )
        : localize.t('caseDesk.delivery.pickup');
    return this.section(
      'caseDesk.section.applicant',
      'cd-applicant',
      html`<dl class="facts">
        <dt>${localize.t('caseDesk.name')}</dt>
        <dd>${c.applicantName}</dd>
        <dt>${localize.t('caseDesk.channel')}</dt>
        <dd>${localize.t(c.channel === 'online' ? 'caseDesk.channel.online' : 'caseDesk.channel.offline')}</dd>
        <dt>${localize.t('caseDesk.delivery')}</dt>
        <dd>${delivery}</dd>
      </dl>`,
    );
  }

  /** An answer as text (never HTML): lists joined, groups as "label: value". */
  private answerText(value: unknown, labels: Map<string, string>): string {
    const localize = this.localize;
    if (value === null || value === undefined || value === '') return localize.t('caseDesk.answers.empty');
    if (typeof value === 'boolean') return localize.t(value ? 'caseDesk.answers.yes' : 'caseDesk.answers.no');
    if (Array.isArray(value)) return value.map((v) => this.answerText(v, labels)).join('；');
    if (typeof value === 'object')
      return Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${labels.get(k) ?? k}：${this.answerText(v, labels)}`)
        .join('，');
    return String(value);
  }

  /** The case's files by id, as the server names them (none from older servers). */
  private filesOf(c: StaffCase): Map<string, FileMeta> {
    return new Map((c.files ?? []).map((f) => [f.id, f]));
  }

  private renderAnswers(c: StaffCase): TemplateResult {
    const labels = fieldLabels(this.form.current);
    const files = this.filesOf(c);
    const entries = Object.entries(c.answers);
    // An upload field's answer is its file ids: those open like the materials' files.
    const uploads = (value: unknown): FileMeta[] | null =>
      Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && files.has(v))
        ? value.map((v) => files.get(v as string)!)
        : null;
    return this.section(
      'caseDesk.section.answers',
      'cd-answers',
      entries.length === 0
        ? html`<p>${this.localize.t('caseDesk.answers.none')}</p>`
        : html`<dl class="facts" part="answers">
            ${entries.map(([name, value]) => {
              const uploaded = uploads(value);
              return html`<dt>${labels.get(name) ?? name}</dt>
                <dd>
                  ${
                    uploaded
                      ? html`<ul class="answer-files">
                          ${uploaded.map((f) => this.renderFile(c.number, f, `answer-${name}`, 'answer-upload'))}
                        </ul>`
                      : this.answerText(value, labels)
                  }
                </dd>`;
            })}
          </dl>`,
    );
  }

  /** The materials handed in, each file with its open control (fetched with the staff token; the server audits each opening). */
  private renderMaterials(c: StaffCase): TemplateResult {
    const localize = this.localize;
    const files = this.filesOf(c);
    return this.section(
      'caseDesk.section.materials',
      'cd-materials',
      c.materials.length === 0
        ? html`<p>${localize.t('caseDesk.materials.none')}</p>`
        : html`<ul class="materials" part="materials">
              ${c.materials.map((m) => {
                const named = 'fileIds' in m.provision ? m.provision.fileIds.flatMap((id) => files.get(id) ?? []) : [];
                return html`<li part="material" data-material-id=${m.provision.materialId}>
                  <span class="material-name">${m.name ?? localize.t('caseDesk.materials.unnamed')}</span>
                  <span class="material-kind"
                    >${
                      'fileIds' in m.provision
                        ? localize.t('caseDesk.materials.files', localize.number(m.provision.fileIds.length))
                        : localize.t('caseDesk.materials.license')
                    }</span
                  >
                  ${
                    named.length > 0
                      ? html`<ul class="answer-files">
                          ${named.map((f) => this.renderFile(c.number, f, `material-${m.provision.materialId}`, 'material-file'))}
                        </ul>`
                      : nothing
                  }
                </li>`;
              })}
            </ul>
            ${c.files ? nothing : html`<p class="hint">${localize.t('caseDesk.materials.noViewer')}</p>`}
      ${this.renderLicenses(c)}`,
    );
  }

  /**
   * The e-licenses the case used (materials, form answers, 补正 answers; none from older servers): each with its
   * number, holder, issuer, last valid day and status as of the view. One that is no longer valid says so in words.
   */
  private renderLicenses(c: StaffCase): TemplateResult | typeof nothing {
    const localize = this.localize;
    const licenses = c.licenses ?? [];
    if (licenses.length === 0) return nothing;
    const useText = (u: StaffLicenseUse) =>
      u.source === 'form'
        ? localize.t('caseDesk.licenses.use.form', u.label ?? u.path ?? '')
        : localize.t(
            u.source === 'material' ? 'caseDesk.licenses.use.material' : 'caseDesk.licenses.use.supplement',
            u.materialName ?? u.materialId ?? '',
          );
    return html`<h4 class="licenses-heading" id="cd-licenses">${localize.t('caseDesk.licenses.heading')}</h4>
      <ul class="licenses" part="licenses" aria-labelledby="cd-licenses">
        ${licenses.map((l) => {
          const valid = l.status === 'valid';
          return html`<li part="license" class=${valid ? 'license' : 'license not-valid'} data-license-id=${l.id}>
            <span class="material-name">${l.name}</span>
            <span part="license-status" class="license-status ${l.status}"
              >${valid ? '✓' : '!'} ${localize.t(`caseDesk.licenses.status.${l.status}`)}</span
            >
            <dl class="facts">
              <dt>${localize.t('caseDesk.licenses.number')}</dt>
              <dd part="license-number">${l.number}</dd>
              <dt>${localize.t('caseDesk.licenses.holder')}</dt>
              <dd>${l.holder}</dd>
              <dt>${localize.t('caseDesk.licenses.issuer')}</dt>
              <dd>${l.issuer}</dd>
              <dt>${localize.t('caseDesk.licenses.validUntil')}</dt>
              <dd>${l.validUntil ? localize.date(l.validUntil) : localize.t('caseDesk.licenses.noExpiry')}</dd>
              <dt>${localize.t('caseDesk.licenses.usedIn')}</dt>
              <dd>
                <ul class="license-uses" part="license-uses">
                  ${l.usedIn.map((u) => html`<li>${useText(u)}</li>`)}
                </ul>
              </dd>
            </dl>
            ${valid ? nothing : html`<p class="license-warning" part="license-warning">! ${localize.t('caseDesk.licenses.notValid')}</p>`}
          </li>`;
        })}
      </ul>`;
  }

  /** The 容缺 ledger: what the applicant still owes, by when, and what is late. */
  private renderDeferred(c: StaffCase): TemplateResult | typeof nothing {
    const localize = this.localize;
    const lines = c.deferred ?? [];
    if (lines.length === 0) return nothing;
    return this.section(
      'caseDesk.section.deferred',
      'cd-deferred',
      html`<ul class="ledger" part="deferred">
        ${lines.map(
          (d) => html`<li part="deferred-line" class=${d.overdue ? 'overdue' : ''}>
            <span class="material-name">${d.name}</span>
            <span class="ledger-state"
              >${
                d.suppliedAt
                  ? `✓ ${localize.t('caseDesk.deferred.supplied', localize.date(d.suppliedAt))}`
                  : d.overdue
                    ? `! ${localize.t('caseDesk.deferred.overdue', localize.date(d.dueDate))}`
                    : `… ${localize.t('caseDesk.deferred.owed', localize.date(d.dueDate))}${d.estimated ? localize.t('caseDesk.estimate') : ''}`
              }</span
            >
          </li>`,
        )}
      </ul>`,
    );
  }

  /** The latest 补正 request: why, what, by when, and whether the applicant answered. */
  private renderSupplement(c: StaffCase): TemplateResult | typeof nothing {
    const localize = this.localize;
    const s = c.supplement;
    if (!s) return nothing;
    return this.section(
      'caseDesk.section.supplement',
      'cd-supplement',
      html`<div part="supplement">
        <p>${localize.t('caseDesk.supplementInfo.reason', s.reason)}</p>
        <ul class="ledger">
          ${s.materials.map((m) => html`<li><span class="material-name">${m.name}</span>${m.note ? html`<span class="hint">${m.note}</span>` : nothing}</li>`)}
        </ul>
        <p class="supplement-state">
          ${
            s.respondedAt
              ? `✓ ${localize.t('caseDesk.supplementInfo.answered', localize.date(s.respondedAt))}`
              : `… ${localize.t('caseDesk.supplementInfo.waiting', localize.date(s.dueDate))}${s.estimated ? localize.t('caseDesk.estimate') : ''}`
          }
        </p>
        ${c.supplementAnswer && c.supplementAnswer.supplementId === s.id ? this.renderSupplementAnswer(c, c.supplementAnswer) : nothing}
      </div>`,
    );
  }

  /** What the applicant supplied: each material with its files, which open from here (the server audits each opening). */
  private renderSupplementAnswer(c: StaffCase, answer: NonNullable<StaffCase['supplementAnswer']>): TemplateResult {
    const localize = this.localize;
    return html`<h4 class="answer-title">${localize.t('caseDesk.supplementInfo.answer')}</h4>
      ${answer.note ? html`<p class="hint">${localize.t('caseDesk.supplementInfo.note', answer.note)}</p>` : nothing}
      <ul class="ledger" part="supplement-answer">
        ${answer.materials.map(
          (m) => html`<li>
            <span class="material-name">${m.name ?? localize.t('caseDesk.materials.unnamed')}</span>
            ${m.licenseId ? html`<span class="hint">${localize.t('caseDesk.files.license')}</span>` : nothing}
            ${
              m.files.length > 0
                ? html`<ul class="answer-files">
                  ${m.files.map((f) => this.renderFile(c.number, f, `supplement-${m.materialId}`, 'answer-file'))}
                </ul>`
                : nothing
            }
          </li>`,
        )}
      </ul>`;
  }

  /**
   * One of the applicant's files: a button that fetches it (the server audits the opening), then the link that
   * opens it in a new tab, focused; a failure says why beside the button, which stays to try again. `place` keeps
   * the ids apart where one file shows twice (a form upload that is also a material); `part` names the row.
   */
  private renderFile(number: string, f: FileMeta, place: string, part: 'answer-file' | 'material-file' | 'answer-upload'): TemplateResult {
    const localize = this.localize;
    const id = `cd-file-${place}-${f.id}`;
    const opened = this.files.of(number, f.id);
    const size =
      f.size < 1024 * 1024
        ? `${localize.number(Math.max(1, Math.round(f.size / 1024)))} KB`
        : `${localize.number(f.size / 1048576, { maximumFractionDigits: 1 })} MB`;
    // A failure shows where the file was asked for (it may be listed twice).
    const error = this.fileAskedAt.get(f.id) === id ? this.files.errors.get(f.id) : undefined;
    return html`<li part=${part} data-file=${f.id}>
      ${
        opened
          ? html`<a part="file-link" href=${opened.url} target="_blank" rel="noopener" id=${id}
              >${localize.t('caseDesk.files.open', f.name, size)}</a
            >`
          : html`<button
              type="button"
              class="yw-link-button"
              part="file-button"
              aria-describedby=${error ? `${id}-error` : nothing}
              ?disabled=${this.files.fetching === f.id}
              @click=${() => this.onFetchFile(number, f.id, id)}
            >
              ${this.files.fetching === f.id ? localize.t('caseDesk.files.fetching', f.name) : localize.t('caseDesk.files.fetch', f.name, size)}
            </button>`
      }
      ${error ? html`<span class="hint file-error" part="file-error" role="alert" id=${`${id}-error`}>! ${localize.t('caseDesk.files.failed', f.name, error)}</span>` : nothing}
    </li>`;
  }

  private async onFetchFile(number: string, fileId: string, id: string): Promise<void> {
    this.fileAskedAt.set(fileId, id);
    if (await this.files.fetch(number, fileId)) {
      await this.updateComplete;
      this.shadowRoot?.getElementById(id)?.focus();
    }
  }

  /** The review tracks (并联审查), one per department, with their opinions. */
  private renderTracks(c: StaffCase): TemplateResult | typeof nothing {
    const localize = this.localize;
    const tracks = c.tracks ?? [];
    if (tracks.length === 0) return nothing;
    const sign = { pending: '○', in_progress: '…', approved: '✓', denied: '✕', supplement_requested: '✎' } as const;
    return this.section(
      'caseDesk.section.tracks',
      'cd-tracks',
      html`<ul class="ledger" part="tracks">
        ${tracks.map(
          (t) => html`<li part="track" data-department=${t.departmentId ?? ''}>
            <span class="material-name">${t.department}</span>
            <span class="track-state">${sign[t.state]} ${localize.t(`caseDesk.track.${t.state}` as 'caseDesk.track.pending')}</span>
            ${t.opinion ? html`<span class="hint">${localize.t('caseDesk.track.opinionText', t.opinion)}</span>` : nothing}
          </li>`,
        )}
      </ul>`,
    );
  }

  /** The decision and the result made. */
  private renderResult(c: StaffCase): TemplateResult | typeof nothing {
    const localize = this.localize;
    const r = c.result;
    if (!r) return nothing;
    return this.section(
      'caseDesk.section.result',
      'cd-result',
      html`<dl class="facts" part="result">
        <dt>${localize.t('caseDesk.result.outcome')}</dt>
        <dd>${localize.t(`caseDesk.result.${r.outcome}` as 'caseDesk.result.approved')}</dd>
        ${r.reason ? html`<dt>${localize.t('caseDesk.result.reason')}</dt><dd>${r.reason}</dd>` : nothing}
        ${r.documentName ? html`<dt>${localize.t('caseDesk.result.document')}</dt><dd>${r.documentName}</dd>` : nothing}
        ${r.licenseId ? html`<dt>${localize.t('caseDesk.result.license')}</dt><dd>${r.licenseId}</dd>` : nothing}
      </dl>`,
    );
  }

  private actorText(event: ApplicationEvent): string {
    const localize = this.localize;
    const actor = event.actor;
    if (!actor) return event.department;
    if (actor.kind === 'system') return localize.t('caseDesk.event.system');
    if (actor.kind === 'applicant') return localize.t('caseDesk.event.applicant');
    return localize.t('caseDesk.event.staff', actor.name, actor.department ?? '');
  }

  private renderEvents(events: readonly ApplicationEvent[]): TemplateResult {
    const localize = this.localize;
    const dateTime = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' } as const;
    return this.section(
      'caseDesk.section.events',
      'cd-events',
      html`<ol class="events" part="events">
        ${[...events].reverse().map(
          (e) => html`<li class="event" part="event">
            <span class="event-head"
              ><time datetime=${e.at}>${localize.date(e.at, dateTime)}</time> <strong>${this.statusText(e.to)}</strong></span
            >
            ${e.message ? html`<span class="event-message">${e.message}</span>` : nothing}
            <span class="actor" part="actor">${this.actorText(e)}</span>
          </li>`,
        )}
      </ol>`,
    );
  }

  /**
   * The applicant's 好差评: the ratings and comment; for a 差评, its 整改 record
   * once made, or else the form that records it (the lead department's
   * reviewers) — here rather than among the actions, beside what it answers.
   */
  private renderEvaluation(c: StaffCase): TemplateResult | typeof nothing {
    const localize = this.localize;
    const e = c.evaluation;
    if (!e) return nothing;
    const dateTime = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' } as const;
    const r = e.rectification;
    let rectification: unknown = nothing;
    if (r) {
      rectification = html`<div class="rectification" part="rectification">
        <h4>${localize.t('caseDesk.rectification.done')}</h4>
        <dl class="facts">
          <dt>${localize.t('caseDesk.rectify.finding')}</dt>
          <dd>${r.finding}</dd>
          <dt>${localize.t('caseDesk.rectify.measures')}</dt>
          <dd>${r.measures}</dd>
          <dt>${localize.t('caseDesk.rectify.contacted')}</dt>
          <dd>
            ${r.contacted ? localize.t('caseDesk.rectification.response', r.applicantResponse ?? '') : localize.t('caseDesk.rectify.contactedNo')}
          </dd>
          <dt>${localize.t('caseDesk.rectification.by')}</dt>
          <dd>${localize.t('caseDesk.rectification.byText', r.by.name, r.by.department, localize.date(r.recordedAt, dateTime))}</dd>
        </dl>
      </div>`;
    } else if (awaitsRectification(c)) {
      const def = actionsFor(c, this.deskInfo(), this.actionTable).find((a) => a.id === 'rectify');
      const roles = this.context.current?.roles;
      let body: unknown = nothing;
      if (def && roles && !rolesOf(def).some((role) => roles.includes(role)))
        body = html`<p class="role-missing">${localize.t('caseDesk.actions.roleMissing', this.roleNames(rolesOf(def)))}</p>`;
      else if (def && this.activeAction === def.id)
        body = html`${this.renderActionForm(
          def,
          c.number,
          () => def.renderForm({ ...this.fieldContext(def), case: c, desk: this.deskInfo() }),
          () => this.runAction(c, def),
        )}
        ${this.actionError ? html`<p class="action-error" part="action-error" role="alert" tabindex="-1">${this.actionError}</p>` : nothing}`;
      else if (def)
        body = html`<button type="button" class="yw-button" part="action-button" data-action=${def.id} @click=${() => this.startAction(def)}>
          ${localize.t('caseDesk.action.rectify')}
        </button>`;
      rectification = html`<div class="rectification awaiting" part="rectification">
        <p class="hint" part="rectification-status">${localize.t('caseDesk.rectification.awaiting')}</p>
        ${body}
      </div>`;
    }
    return this.section(
      'caseDesk.section.evaluation',
      'cd-evaluation',
      html`<dl class="facts" part="evaluation">
          <dt>${localize.t('caseDesk.evaluation.level')}</dt>
          <dd>${localize.t(`caseDesk.evaluation.level${e.level}` as 'caseDesk.evaluation.level1')}</dd>
          ${e.tags.length > 0 ? html`<dt>${localize.t('caseDesk.evaluation.tags')}</dt><dd>${e.tags.join(' · ')}</dd>` : nothing}
          ${e.comment ? html`<dt>${localize.t('caseDesk.evaluation.comment')}</dt><dd>${e.comment}</dd>` : nothing}
          <dt>${localize.t('caseDesk.evaluation.at')}</dt>
          <dd><time datetime=${e.createdAt}>${localize.date(e.createdAt, dateTime)}</time></dd>
        </dl>
        ${rectification}`,
    );
  }

  private renderActions(c: StaffCase): TemplateResult {
    const localize = this.localize;
    const desk = this.deskInfo();
    // 差评整改 is offered in the evaluation section.
    const allowed = actionsFor(c, desk, this.actionTable).filter((a) => a.id !== 'rectify');
    const roles = this.context.current?.roles;
    const current = allowed.find((a) => a.id === this.activeAction);
    let body: unknown;
    if (allowed.length === 0) body = html`<p>${localize.t('caseDesk.actions.none')}</p>`;
    else if (current)
      body = this.renderActionForm(
        current,
        c.number,
        () => current.renderForm({ ...this.fieldContext(current), case: c, desk: this.deskInfo() }),
        () => this.runAction(c, current),
      );
    else
      body = html`<ul class="action-list">
        ${allowed.map((a) =>
          roles && !rolesOf(a).some((r) => roles.includes(r))
            ? html`<li class="role-missing">
                <strong>${localize.t(a.label as 'caseDesk.action.accept')}</strong>：${localize.t('caseDesk.actions.roleMissing', this.roleNames(rolesOf(a)))}
              </li>`
            : html`<li>
                <button type="button" class="yw-button ${a.id === 'reject' || a.id === 'supplement' ? 'secondary' : ''}" part="action-button" data-action=${a.id} @click=${() => this.startAction(a)}>
                  ${localize.t(a.label as 'caseDesk.action.accept')}
                </button>
              </li>`,
        )}
      </ul>`;
    return this.actionsSection(body);
  }

  /** What every action form's fields are rendered with. */
  private fieldContext(def: ActionFormDef) {
    return {
      localize: this.localize,
      idPrefix: `cd-${def.id}`,
      values: this.values,
      errors: this.errors,
      onInput: (name: string, value: string) => this.edit(def, name, value),
      focus: (id: string) => void this.updateComplete.then(() => this.shadowRoot!.getElementById(id)?.focus()),
    };
  }

  /** An action's form, then its confirmation step: the same for a case's actions and a 代办 request's. */
  private renderActionForm(def: ActionFormDef, subject: string, fields: () => unknown, run: () => void): TemplateResult {
    const localize = this.localize;
    const busy = this.action.busy;
    const title = localize.t(def.label as 'caseDesk.action.accept');
    if (this.confirming) {
      return html`<div class="action-form" part="action-form" data-action=${def.id}>
        <div class="confirm" part="confirm" role="group" aria-label=${title} tabindex="-1">
          <p>${def.confirm(localize, subject)}</p>
          ${def.irreversible ? html`<p class="irreversible"><strong>${localize.t('caseDesk.confirm.irreversible')}</strong></p>` : nothing}
          <div class="buttons">
            <button type="button" class="yw-button" part="confirm-button" ?disabled=${busy} aria-disabled=${busy ? 'true' : 'false'} @click=${run}>
              ${localize.t('caseDesk.confirm.yes')}
            </button>
            <button type="button" class="yw-button secondary" ?disabled=${busy} @click=${() => this.editAction()}>${localize.t('caseDesk.confirm.back')}</button>
          </div>
        </div>
      </div>`;
    }
    return html`<form class="action-form" part="action-form" data-action=${def.id} novalidate aria-label=${title} @submit=${(e: Event) => this.review(e, def)}>
      ${fields()}
      <div class="buttons">
        <button type="submit" class="yw-button">${localize.t('caseDesk.next.step')}</button>
        <button type="button" class="yw-button secondary" @click=${() => this.resetAction()}>${localize.t('caseDesk.cancel')}</button>
      </div>
    </form>`;
  }

  // -------------------------------------------------------------------------
  // Behaviour

  private filter(change: {
    status?: ApplicationStatus | '';
    itemId?: string;
    overdue?: '' | 'true' | 'false';
    supplement?: '' | 'true';
    owed?: '' | 'true';
    dueWithin?: string;
    needsAppointment?: '' | 'true' | 'false';
  }): void {
    if ('status' in change) this.status = change.status;
    if ('itemId' in change) this.itemId = change.itemId;
    if ('overdue' in change) this.overdue = change.overdue;
    if ('supplement' in change) this.supplement = change.supplement;
    if ('owed' in change) this.owed = change.owed;
    if ('dueWithin' in change) this.dueWithin = change.dueWithin;
    if ('needsAppointment' in change) this.needsAppointment = change.needsAppointment;
    this.page = 1;
    this.active = 0;
  }

  private goTo(page: number): void {
    this.page = page;
    this.active = 0;
  }

  /** J / K / arrows / Home / End move between the list's rows (cases or 代办 requests); never while typing in a field or composing. */
  private readonly onQueueKey = (e: KeyboardEvent): void => {
    if (e.isComposing || e.keyCode === 229 || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const rows = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-row]')];
    const from = rows.indexOf(target.closest<HTMLElement>('[data-row]')!);
    if (from < 0 || rows.length === 0) return;
    let to = from;
    switch (e.key) {
      case 'j':
      case 'J':
      case 'ArrowDown':
        to = Math.min(rows.length - 1, from + 1);
        break;
      case 'k':
      case 'K':
      case 'ArrowUp':
        to = Math.max(0, from - 1);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = rows.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.active = to;
    rows[to]!.focus();
  };

  private open(number: string): void {
    this.lastOpened = number;
    this.focusNext = 'case';
    this.number = number;
    this.liveMessage = this.localize.t('caseDesk.case.opened', number);
  }

  private back(): void {
    this.focusNext = 'row';
    this.number = undefined;
    this.liveMessage = '';
  }

  private openRequest(r: StaffAgencyRequest): void {
    this.lastRequest = r.id;
    this.focusNext = 'request';
    this.request = r.id;
    this.liveMessage = this.localize.t('caseDesk.agency.opened', r.number);
  }

  private backToAgency(): void {
    this.focusNext = 'agency-row';
    this.request = undefined;
    this.liveMessage = '';
  }

  private deskInfo(): DeskInfo {
    return {
      department: this.context.current?.department,
      guide: this.guide.current ?? undefined,
      departments: this.departments.current?.items,
    };
  }

  private resetAction(): void {
    this.action.abort();
    this.activeAction = null;
    this.confirming = false;
    this.values = {};
    this.errors = {};
    this.actionError = '';
    if (this.hasUpdated) this.notice = '';
  }

  private startAction(def: ActionFormDef): void {
    this.resetAction();
    this.activeAction = def.id;
    this.focusNext = 'form';
  }

  private edit(def: ActionFormDef, name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    // A problem goes as soon as it is fixed; none appears while typing.
    if (this.errors[name] && !def.validate(this.values, this.localize)[name]) {
      const { [name]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private review(e: Event, def: ActionFormDef): void {
    e.preventDefault();
    this.errors = def.validate(this.values, this.localize);
    if (this.focusFirstProblem(def)) return;
    this.confirming = true;
    this.focusNext = 'confirm';
  }

  /** Focus on the first field with a problem (`note:x` is the field `note-x`); false when there is none. */
  private focusFirstProblem(def: ActionFormDef): boolean {
    const first = Object.keys(this.errors)[0];
    if (!first) return false;
    const id = `cd-${def.id}-${first.replace(':', '-')}`;
    void this.updateComplete.then(() => this.shadowRoot!.getElementById(id)?.focus());
    return true;
  }

  /**
   * A refused action: its fields' problems from the server back in the form
   * (focused), someone else first (reloaded), a role missing, or the message.
   * Returns whether the shown item must be reloaded.
   */
  private refused(def: ActionFormDef, error: unknown, description: ErrorDescription): boolean {
    const atFields = serverProblems(error, def.serverFields);
    if (atFields) {
      this.errors = atFields;
      this.confirming = false;
      this.focusFirstProblem(def);
      return false;
    }
    const refused = refusal(error);
    if (description.kind === 'conflict') {
      // Someone else acted first: show it as it is now.
      this.resetAction();
      this.notice = this.localize.t('caseDesk.conflict');
      this.liveMessage = this.notice;
      this.focusNext = 'notice';
      return true;
    }
    this.actionError =
      refused?.code === 'ROLE_REQUIRED' ? this.localize.t('caseDesk.roleRequired', this.roleNames(refused.roles)) : description.message;
    this.focusNext = 'notice';
    return false;
  }

  private editAction(): void {
    this.confirming = false;
    this.focusNext = 'form';
  }

  private async runAction(c: StaffCase, def: CaseActionDef): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.actionError = '';
    const desk = this.deskInfo();
    const outcome = await this.action.run((signal) => def.run(client, c, this.values, signal, desk), `staff.${def.id}`);
    if (outcome.status === 'done') {
      const notice = def.done(this.localize, c.number);
      this.resetAction();
      this.notice = notice;
      this.liveMessage = notice;
      this.focusNext = 'notice';
      this.emit(new YwCaseActionEvent({ number: c.number, action: def.id, status: outcome.value.status }));
      this.caseData.reload();
      this.queue.reload();
    } else if (outcome.status === 'failed' && this.refused(def, outcome.error, outcome.description)) {
      this.caseData.reload();
      this.queue.reload();
    }
  }

  private async runAgencyAction(r: StaffAgencyRequest, def: AgencyActionDef): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.actionError = '';
    const outcome = await this.action.run((signal) => def.run(client, r, this.values, signal), `staff.${def.id}`);
    if (outcome.status === 'done') {
      const notice = def.done(this.localize, r.number);
      this.resetAction();
      this.notice = notice;
      this.liveMessage = notice;
      this.focusNext = 'notice';
      this.emit(new YwAgencyActionEvent({ id: r.id, number: r.number, action: def.id, status: outcome.value.status }));
      this.agencyData.reload();
    } else if (outcome.status === 'failed' && this.refused(def, outcome.error, outcome.description)) {
      this.agencyData.reload();
    }
  }
}
