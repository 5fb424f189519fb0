// The anonymous query: application number plus query code. Validated with the
// contract's own schemas (after normalising what an IME types), and held back
// while the server's rate limit (429 Retry-After) runs: the submit button says
// "请 N 秒后再试" and does nothing until then.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ApplicationNumber, QueryCode } from '@yiwang/contract';
import type { TrackerHost } from './tracker-host.ts';
import { TrackerPanel } from './panel.ts';
import { normalizeCode } from './format.ts';

export interface QueryFormView {
  /** A query is running: the button says so and ignores clicks. */
  busy?: boolean;
  /** A message about the last query (not found, rate limited), announced as an alert. */
  alert?: string | null;
  /** Content after the submit button (a "back" button). */
  extra?: unknown;
}

type Field = 'number' | 'code';

export class QueryFormController extends TrackerPanel {
  /** What the applicant typed (normalised on submit). */
  number = '';
  code = '';
  private readonly onQuery: (number: string, code: string) => void;
  private errors: Partial<Record<Field, string>> = {};
  /** The host's query is running (the form is shown busy). */
  private querying = false;
  private blockedUntil = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(host: TrackerHost, onQuery: (number: string, code: string) => void) {
    super(host);
    this.onQuery = onQuery;
  }

  override hostConnected(): void {
    if (this.wait > 0) this.tick();
  }

  hostDisconnected(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /** Seconds left before the server accepts another query (0: none). */
  get wait(): number {
    return Math.max(0, Math.ceil((this.blockedUntil - Date.now()) / 1000));
  }

  /** Holds queries back for `seconds` (the server's Retry-After). */
  block(seconds: number): void {
    this.blockedUntil = Date.now() + Math.max(1, seconds) * 1000;
    this.tick();
  }

  /**
   * Fills the fields (from the element's attributes). Values that are there
   * but malformed are marked, so a wrong link explains itself.
   */
  prefill(number: string | undefined, code: string | undefined): void {
    this.number = normalizeCode(number);
    this.code = normalizeCode(code);
    this.errors = {};
    if (this.number && !ApplicationNumber.safeParse(this.number).success) this.errors.number = this.localize.t('progressTracker.form.numberInvalid');
    if (this.code && !QueryCode.safeParse(this.code).success) this.errors.code = this.localize.t('progressTracker.form.codeInvalid');
  }

  render(view: QueryFormView = {}): TemplateResult {
    const localize = this.localize;
    this.querying = !!view.busy;
    const wait = this.wait;
    const held = this.querying || wait > 0;
    const label = view.busy ? localize.t('progressTracker.form.busy') : wait > 0 ? localize.t('progressTracker.form.wait', wait) : localize.t('progressTracker.form.submit');
    // One template for every state (form, busy, not found, rate limited), so
    // that lit keeps the same fields — and the applicant's focus — across them.
    return html`<form class="query" part="query-form" novalidate aria-labelledby="pt-form-title" @submit=${this.submit}>
      <h2 id="pt-form-title" class="title" tabindex="-1">${localize.t('progressTracker.form.title')}</h2>
      <p class="hint">${localize.t('progressTracker.form.intro')}</p>
      ${view.alert ? html`<div class="alert" part="error" role="alert"><p class="yw-error-message">${view.alert}</p></div>` : nothing}
      <div class="fields">
        ${this.renderField('number', localize.t('progressTracker.form.number'), localize.t('progressTracker.form.numberHint'), 40)}
        ${this.renderField('code', localize.t('progressTracker.form.code'), localize.t('progressTracker.form.codeHint'), 12)}
      </div>
      <div class="actions">
        <button type="submit" class="yw-button" part="submit-button" aria-disabled=${held ? 'true' : 'false'}>${label}</button>
        ${view.extra ?? nothing}
      </div>
    </form>`;
  }

  private renderField(field: Field, label: string, hint: string, maxLength: number): TemplateResult {
    const error = this.errors[field];
    const id = `pt-${field}`;
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        part="input"
        name=${field}
        .value=${this[field]}
        maxlength=${maxLength}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        @input=${(e: Event) => (this[field] = (e.target as HTMLInputElement).value)}
      />
      <p class="hint" id=${`${id}-hint`}>${hint}</p>
      ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  private readonly submit = (event: Event): void => {
    event.preventDefault();
    if (this.querying || this.wait > 0) return;
    const localize = this.localize;
    const number = normalizeCode(this.number);
    const code = normalizeCode(this.code);
    this.number = number;
    this.code = code;
    const errors: Partial<Record<Field, string>> = {};
    if (!number) errors.number = localize.t('progressTracker.form.numberMissing');
    else if (!ApplicationNumber.safeParse(number).success) errors.number = localize.t('progressTracker.form.numberInvalid');
    if (!code) errors.code = localize.t('progressTracker.form.codeMissing');
    else if (!QueryCode.safeParse(code).success) errors.code = localize.t('progressTracker.form.codeInvalid');
    this.errors = errors;
    if (errors.number || errors.code) {
      this.focusSelector = '.query [aria-invalid="true"]';
      this.host.requestUpdate();
      return;
    }
    this.onQuery(number, code);
  };

  private tick(): void {
    if (this.ticker !== undefined) return;
    this.ticker = setInterval(() => {
      if (this.wait === 0 && this.ticker !== undefined) {
        clearInterval(this.ticker);
        this.ticker = undefined;
      }
      this.host.requestUpdate();
    }, 1000);
    this.host.requestUpdate();
  }
}
