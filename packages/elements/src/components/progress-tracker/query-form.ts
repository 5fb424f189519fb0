// The anonymous query: application number plus query code. Validated with the
// contract's own schemas (after normalising what an IME types), and held back
// while the server's rate limit (429 Retry-After) runs: the submit button says
// "请 N 秒后再试" and does nothing until then.
import { isApplicationNumber, isQueryCode } from '@yiwang/contract';
import type { TrackerHost } from './tracker-host.ts';
import { TrackerPanel } from './panel.ts';
import { normalizeCode } from './format.ts';
import type { QueryFormActions, QueryFormState, QueryField } from './views/query-form.ts';

export class QueryFormController extends TrackerPanel implements QueryFormActions {
  /** What the applicant typed (normalised on submit). */
  number = '';
  code = '';
  private readonly onQuery: (number: string, code: string) => void;
  private errors: Partial<Record<QueryField, string>> = {};
  /** The host's query is running (the form is shown busy): submitting does nothing. */
  busy = false;
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
    if (this.number && !isApplicationNumber(this.number)) this.errors.number = this.localize.t('progressTracker.form.numberInvalid');
    if (this.code && !isQueryCode(this.code)) this.errors.code = this.localize.t('progressTracker.form.codeInvalid');
  }

  /** What the form shows (the host adds its own options: busy, alert, extra). */
  get state(): QueryFormState {
    return { number: this.number, code: this.code, errors: this.errors, wait: this.wait };
  }

  onInput(field: QueryField, value: string): void {
    this[field] = value;
  }

  readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.busy || this.wait > 0) return;
    const localize = this.localize;
    const number = normalizeCode(this.number);
    const code = normalizeCode(this.code);
    this.number = number;
    this.code = code;
    const errors: Partial<Record<QueryField, string>> = {};
    if (!number) errors.number = localize.t('progressTracker.form.numberMissing');
    else if (!isApplicationNumber(number)) errors.number = localize.t('progressTracker.form.numberInvalid');
    if (!code) errors.code = localize.t('progressTracker.form.codeMissing');
    else if (!isQueryCode(code)) errors.code = localize.t('progressTracker.form.codeInvalid');
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
