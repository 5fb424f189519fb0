import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { isWebUrl } from '@yiwang/contract';
import type { Guide, ItemDetail } from '@yiwang/contract';
import { ActionController } from '../../base/controllers/action.ts';
import { signedIn } from '../../base/session.ts';
import type { AgencyField, AgencyFormState, AgencyFormValues } from './views/agency-form.ts';
import type * as AgencyFormViews from './views/agency-form.ts';
import { YwElement } from '../../base/yw-element.ts';
import { DataController } from '../../base/controllers/data.ts';
import { renderDataState, renderPartMissing, renderViewMissing } from '../../base/views/async-views.ts';
import { LazyPart } from '../../base/controllers/lazy-part.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { YwAgencyRequestEvent, YwApplyEvent, YwApplyExternalEvent } from '../../base/events/item-guide.ts';
import { renderBadges } from './item-facts.ts';
import type { Answers } from './situations.ts';
import { section, telHref } from './views/sections.ts';
import type * as GuideBodyViews from './views/guide-body.ts';
import { itemFactStyles } from './item-facts.styles.ts';
import { itemGuideStyles } from './item-guide.styles.ts';
import { itemGuideMessages } from '../../i18n/messages/item-guide.ts';
import { itemGuideBodyMessages } from '../../i18n/messages/item-guide-body.ts';
import { itemGuideAgencyMessages } from '../../i18n/messages/item-guide-agency.ts';
import { itemFactsMessages } from '../../i18n/messages/item-facts.ts';
import type * as BodySchemas from './body-schemas.ts';

/** A guide with nothing to tell yet: listed in the catalog, not published. */
/** A guide with nothing to follow yet: none published, or an imported item whose guide is still to be written (办事指南待完善). */
const unpublished = (guide: Guide) =>
  guide.incomplete === true || (guide.materials.length === 0 && guide.steps.length === 0 && guide.conditions.length === 0);

/**
 * The service guide (办事指南) of one item: what it is, who may apply, the
 * materials — each marked required or optional, 容缺, electronic or paper,
 * with copies, source, form links and "免提交：可调用电子证照" where an
 * e-license replaces it — narrowed by situational questions (多情形), the
 * process with its time limits and the special procedures that do not count
 * toward them, fees, places, phones and channels; with "在线申请" and
 * "申请帮办代办" actions. `<yw-item-search>` shows it as a panel when a result
 * is chosen; on its own it takes `item-id`.
 *
 * @summary Service guide of one item: materials narrowed by situational questions, process, fees, places, and the apply / agency actions.
 * @tag yw-item-guide
 *
 * @csspart state - The box around the current state.
 * @csspart title - The item's name (a heading).
 * @csspart department - The department's name.
 * @csspart badges - The list of badges (visits, online level, time limits).
 * @csspart badge - One badge.
 * @csspart zero-visit - The "零跑动" badge.
 * @csspart actions - The action buttons.
 * @csspart apply-button - "在线申请" (an item with an online form here).
 * @csspart apply-link - "在线申请" as a link to the platform that takes the application (an item with no form here but an `applyUrl`).
 * @csspart apply-destination - Where that link leads (its host), said before the applicant leaves the site.
 * @csspart published - In which batch of the catalog (分批公布) the item was first published, and when; only for imported items.
 * @csspart agency-button - "申请帮办代办".
 * @csspart facts - The list of facts (department, limits, result…).
 * @csspart section - Each section (conditions, situations, materials, process…).
 * @csspart situation - One situational question.
 * @csspart materials - The material list.
 * @csspart material - One material.
 * @csspart material-name - A material's name.
 * @csspart e-license - "免提交：可调用电子证照" on a material.
 * @csspart steps - The process steps.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state (no item, or a guide not yet published).
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop [--yw-item-guide-accent=var(--yw-color-accent)] - Colour of section rules and step numbers.
 *
 * @fires {YwApplyEvent} yw-apply - "在线申请" was pressed: `{ itemId, formId, itemName }`.
 * @fires {YwApplyExternalEvent} yw-apply-external - "在线申请" of an item applied for on another platform is about to navigate (same tab) to `{ itemId, itemName, url }`; cancelable (the page takes over).
 * @fires {YwAgencyRequestEvent} yw-agency-request - "申请帮办代办" was pressed: `{ itemId, itemName, departmentName }`.
 * @fires {YwErrorEvent} yw-error - Loading the guide failed (the element shows an error with a retry button).
 */
export class YwItemGuide extends YwElement {
  static override tagName = 'yw-item-guide';

  protected static override messageParts = [itemGuideMessages, itemFactsMessages];
  /** @internal The parts the element takes on later (the guide body's and the 代办 form's words), for tools that list every word it shows. */
  static laterMessageParts = [itemGuideBodyMessages, itemGuideAgencyMessages];

  static override styles = [YwElement.styles, itemFactStyles, itemGuideStyles];

  static override properties: PropertyDeclarations = {
    itemId: { attribute: 'item-id' },
  };

  /** The id of the item whose guide to show. */
  declare itemId: string | null;

  /**
   * @internal Fetches the guide body (views/guide-body.ts: its templates, words and styles). A hook so
   * that tests can make the fetch fail; the element calls it when a request for an item starts.
   */
  static loadGuideBody: () => Promise<typeof GuideBodyViews> = () => import('./views/guide-body.ts');

  private readonly localize = new LocalizeController(this);
  /** The guide body: fetched in parallel with the item, which is shown with it (or, if it could not be fetched, with a retry in its place). */
  private readonly bodyView = new LazyPart(this, () => (this.constructor as typeof YwItemGuide).loadGuideBody(), [itemGuideBodyMessages]);
  private readonly guide = new DataController(this, {
    endpoint: 'items.get',
    args: () => [this.itemId ?? ''] as const,
    call: async (client, [id], signal): Promise<ItemDetail | null> => {
      if (!id) return null;
      const body = this.bodyView.preload();
      const item = await client.items.get(id, { signal });
      await body;
      return item;
    },
    isEmpty: (item) => !item || unpublished(item.guide),
  });

  constructor() {
    super();
    this.itemId = null;
  }

  private readonly agencySubmission = new ActionController(this);
  /**
   * Fetches the 申请帮办代办 form's templates (views/agency-form.ts): when the form opens, few applicants
   * ask for 代办. A hook so that tests can make it fail.
   */
  static loadAgencyForm: () => Promise<typeof AgencyFormViews> = () => import('./views/agency-form.ts');
  private readonly agencyViews = new LazyPart(this, () => (this.constructor as typeof YwItemGuide).loadAgencyForm(), [
    itemGuideAgencyMessages,
  ]);
  /** The 申请帮办代办 form: null while closed. */
  private agency: AgencyFormState | null = null;
  private agencyValues: AgencyFormValues = { description: '', contactName: '', mobile: '', preferredContact: 'phone', preferredTime: '' };
  /** One key per filled-in request: a retry after a lost answer does not file it twice. */
  private agencyKey = '';

  /** @internal For tests and stories: the request form's state (null: closed). */
  get agencyForm(): AgencyFormState | null {
    return this.agency;
  }

  /** The applicant's answers to the situational questions (internal state, re-rendered on change). */
  private chosen: Answers = {};
  private get answers(): Answers {
    return this.chosen;
  }
  private set answers(value: Answers) {
    this.chosen = value;
    this.requestUpdate();
  }

  /** @internal For tests and stories: the state being rendered. */
  get state() {
    return this.guide.state;
  }

  /** The item shown, once loaded. */
  get item(): ItemDetail | null {
    return this.guide.value ?? null;
  }

  /** Loads the guide again. */
  reload(): Promise<void> {
    return this.guide.retry();
  }

  /** Moves focus to the item's name (e.g. after opening the guide). */
  override focus(options?: FocusOptions): void {
    const title = this.shadowRoot?.querySelector<HTMLElement>('[part~="title"]');
    if (title) title.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('itemId')) this.answers = {};
  }

  protected override render(): TemplateResult {
    return renderDataState(this.guide, this.localize, {
      skeletonLines: 6,
      complete: (item) => this.renderGuide(item!),
      empty: (item) =>
        html`<div class="yw-empty" part="empty">
          ${item ? this.renderHeader(item) : nothing}
          <p>${this.localize.t(!item ? 'itemGuide.noItem' : item.guide.incomplete ? 'itemGuide.incomplete' : 'itemGuide.empty')}</p>
          ${item?.guide.consultPhone ? this.renderPhones(item.guide) : nothing}
        </div>`,
    });
  }

  /** A published guide: the header, then the body once its module is in (a skeleton until then, a retry if it could not be fetched). */
  private renderGuide(item: ItemDetail): TemplateResult {
    const body = this.bodyView.failed ? undefined : this.bodyView.get();
    return html`${this.renderHeader(item)}
    ${
      body
        ? body.renderGuideBody(
            {
              localize: this.localize,
              answers: this.answers,
              onAnswers: (answers) => (this.answers = answers),
              phones: this.renderPhones(item.guide),
            },
            item,
          )
        : renderPartMissing(this.localize, this.bodyView, 6)
    }`;
  }

  private renderHeader(item: ItemDetail): TemplateResult {
    return html`<h2 class="title" part="title" tabindex="-1">${item.name}</h2>
      <p class="department" part="department">${item.departmentName}</p>
      ${
        item.published
          ? html`<p class="published" part="published">
            ${this.localize.t('itemGuide.published', item.published.batch ?? '', this.localize.date(item.published.publishedAt))}
          </p>`
          : nothing
      }
      ${renderBadges(this.localize, item)}
      <div class="actions" part="actions">${this.renderApply(item)}
        ${
          item.agencyAvailable
            ? html`<button type="button" class="yw-button secondary" part="agency-button" @click=${() => this.requestAgency(item)}>
              ${this.localize.t('itemGuide.agency')}
            </button>`
            : nothing
        }
      </div>
      ${this.agency ? this.renderAgency(item) : nothing}`;
  }

  /** The 代办 form, once its templates are in: a skeleton until then, a retry if they could not be fetched (only the retry fetches again). */
  private renderAgency(item: ItemDetail): unknown {
    const views = this.agencyViews.failed ? undefined : this.agencyViews.get();
    if (!views) {
      return html`<section class="agency" part="agency-form">
        ${renderViewMissing(this.localize, this.agencyViews.failed, this.retryAgencyViews, 4)}
      </section>`;
    }
    return views.renderAgencyForm(this.localize, item.name, this.agency!, this.agencyValues, this.agencyCallbacks);
  }

  private readonly agencyCallbacks = {
    input: (field: AgencyField, value: string) => {
      this.agencyValues = { ...this.agencyValues, [field]: value };
      if (this.agency?.kind === 'form' && this.agency.problems[field]) {
        const problems = { ...this.agency.problems };
        delete problems[field];
        this.agency = { ...this.agency, problems };
      }
      this.requestUpdate();
    },
    submit: (e: SubmitEvent) => {
      e.preventDefault();
      void this.submitAgency();
    },
    cancel: () => {
      this.agencySubmission.abort();
      this.agency = null;
      this.requestUpdate();
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part~="agency-button"]')?.focus());
    },
  };

  /** Opens the request form: signed-out pages are asked to sign in; the contact person is prefilled from the profile. */
  private async openAgency(): Promise<void> {
    this.agency = { kind: 'checking' };
    // The form's templates come while the session is checked and the profile read.
    void this.agencyViews.preload();
    this.requestUpdate();
    const client = this.client;
    if (!client || !(await signedIn(this))) {
      this.agency = { kind: 'signed-out' };
    } else {
      this.agencyKey = crypto.randomUUID();
      if (!this.agencyValues.contactName) {
        try {
          const me = await client.me.get();
          this.agencyValues = { ...this.agencyValues, contactName: me.name };
        } catch {
          // Without the profile the applicant types the name.
        }
      }
      this.agency = { kind: 'form', busy: false, problems: {}, error: null };
    }
    this.requestUpdate();
    await this.focusAgency();
  }

  private readonly retryAgencyViews = (): void => void this.agencyViews.preload().then(() => this.focusAgency());

  private async focusAgency(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#agency-heading')?.focus();
  }

  private async submitAgency(): Promise<void> {
    const item = this.item;
    const client = this.client;
    if (!item || !client || this.agency?.kind !== 'form' || this.agencySubmission.busy) return;
    const v = this.agencyValues;
    const body = {
      itemId: item.id,
      description: v.description,
      contactName: v.contactName,
      mobile: v.mobile.replace(/[\s-]/g, ''),
      preferredContact: v.preferredContact,
      ...(v.preferredTime.trim() ? { preferredTime: v.preferredTime } : {}),
    };
    // The contract's schema says what is valid; the problems name the fields it finds.
    let schemas: typeof BodySchemas;
    try {
      const load = import('./body-schemas.ts');
      this.trackLoad(load);
      schemas = await load;
    } catch {
      this.agency = {
        kind: 'form',
        busy: false,
        problems: {},
        error: this.localize.t('itemGuide.agencyForm.failed') + this.localize.t('error.network'),
      };
      this.requestUpdate();
      return;
    }
    const checked = schemas.AgencyRequestCreate.safeParse(body);
    if (!checked.success) {
      const problems: Partial<Record<AgencyField, string>> = {};
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as AgencyField;
        if (problems[field]) continue;
        const empty = !String((body as Record<string, unknown>)[field] ?? '').trim();
        problems[field] = empty
          ? this.localize.t('itemGuide.agencyForm.required')
          : field === 'mobile'
            ? this.localize.t('itemGuide.agencyForm.invalidMobile')
            : this.localize.t('itemGuide.agencyForm.tooLong');
      }
      this.agency = { kind: 'form', busy: false, problems, error: null };
      this.requestUpdate();
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.agency = { kind: 'form', busy: true, problems: {}, error: null };
    this.requestUpdate();
    const outcome = await this.agencySubmission.run(
      (signal) => client.agencyRequests.create(checked.data, { idempotencyKey: this.agencyKey, signal }),
      'agencyRequests.create',
    );
    if (outcome.status === 'done') {
      this.agency = { kind: 'submitted', request: outcome.value };
      this.agencyValues = { ...this.agencyValues, description: '', preferredTime: '' };
    } else if (outcome.status === 'failed') {
      this.agency = {
        kind: 'form',
        busy: false,
        problems: {},
        error: this.localize.t('itemGuide.agencyForm.failed') + outcome.description.message,
      };
    } else return;
    this.requestUpdate();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(outcome.status === 'done' ? '#agency-heading' : '[part~="agency-error"]')?.focus();
  }

  /**
   * "在线申请": a button for a form here; else a link to the platform that takes
   * the application (http(s) only), opened in the same tab: it is the applicant's
   * next step, not a side document, and Back returns here; where it leads is
   * said before they follow it. Otherwise, a note that the item is not applied
   * for online.
   */
  private renderApply(item: ItemDetail): TemplateResult {
    const localize = this.localize;
    if (item.formId)
      return html`<button type="button" class="yw-button" part="apply-button" @click=${() => this.apply(item)}>${localize.t('itemGuide.apply')}</button>`;
    const url = isWebUrl(item.applyUrl) ? new URL(item.applyUrl) : null;
    if (!url) return html`<p class="note">${localize.t('itemGuide.noOnline')}</p>`;
    return html`<a
        class="yw-button"
        part="apply-link"
        href=${url.href}
        rel="external"
        aria-describedby="apply-destination"
        @click=${(e: MouseEvent) => this.applyExternal(e, item, url.href)}
        >${localize.t('itemGuide.apply')}<span aria-hidden="true">&nbsp;↗</span></a
      >
      <p class="note" part="apply-destination" id="apply-destination">${localize.t('itemGuide.applyElsewhere', url.host)}</p>`;
  }

  private renderPhones(guide: Guide): TemplateResult {
    const localize = this.localize;
    const phone = (label: string, number: string) =>
      number ? html`<div><dt>${label}</dt><dd><a href=${telHref(number)}>${number}</a></dd></div>` : nothing;
    return section(
      'phones',
      localize.t('itemGuide.phones'),
      html`<dl class="facts phones">${phone(localize.t('itemGuide.consultPhone'), guide.consultPhone)} ${phone(localize.t('itemGuide.complaintPhone'), guide.complaintPhone)}</dl>`,
    );
  }

  private apply(item: ItemDetail): void {
    if (item.formId) this.emit(new YwApplyEvent({ itemId: item.id, formId: item.formId, itemName: item.name }));
  }

  private applyExternal(e: MouseEvent, item: ItemDetail, url: string): void {
    if (!this.emit(new YwApplyExternalEvent({ itemId: item.id, itemName: item.name, url }))) e.preventDefault();
  }

  /** Fires `yw-agency-request`; unless the page cancels it (to take the request itself), opens the request form. */
  private requestAgency(item: ItemDetail): void {
    if (this.emit(new YwAgencyRequestEvent({ itemId: item.id, itemName: item.name, departmentName: item.departmentName })))
      void this.openAgency();
  }
}
