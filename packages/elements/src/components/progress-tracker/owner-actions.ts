// The outcome of an application (not accepted / not approved with the reason,
// approved with its result, withdrawn) with the owner's result download, and
// the owner's withdrawal with a confirmation step.
import type { Progress } from '@yiwang/contract';
import { ActionController } from '../../base/controllers/action.ts';
import { TrackerPanel } from './panel.ts';
import type { TrackerHost } from './tracker-host.ts';
import type { OutcomeActions, OutcomeState, WithdrawActions, WithdrawState } from './views/owner-actions.ts';

interface Download {
  number: string;
  url: string;
  size: number;
}

export class OwnerActionsController extends TrackerPanel implements OutcomeActions, WithdrawActions {
  private download: Download | null = null;
  /** Fetching the result document. */
  private readonly fetching: ActionController;
  private downloadError = '';
  private confirming = '';
  private reason = '';
  private reasonError = '';
  private withdrawError = '';

  constructor(host: TrackerHost) {
    super(host);
    this.fetching = new ActionController(host);
  }

  hostDisconnected(): void {
    this.forget();
  }

  override hostUpdated(): void {
    const shown = this.host.progress?.number;
    // Another application (or none) on screen: its file and dialogue go.
    if (this.download && this.download.number !== shown) this.forget();
    if (this.confirming && this.confirming !== shown) this.confirming = '';
    super.hostUpdated();
  }

  /** The result download of `p`. */
  outcomeState(p: Progress): OutcomeState {
    return { download: this.download?.number === p.number ? this.download : null, fetching: this.fetching.busy, error: this.downloadError };
  }

  /** The withdrawal of `p`. */
  withdrawState(p: Progress): WithdrawState {
    const confirming = this.confirming === p.number;
    return { confirming, reason: this.reason, reasonError: this.reasonError, error: this.withdrawError, busy: this.action.busy };
  }

  // -------------------------------------------------------------------------
  // Outcome and result

  /** Fetches the result document and offers it as a download link (an object URL). */
  async onFetchResult(p: Progress): Promise<void> {
    const client = this.host.client;
    if (!client || this.fetching.busy) return;
    this.downloadError = '';
    const outcome = await this.fetching.run(() =>
      this.host.exclusive((signal) => client.applications.result(p.number, { signal }), 'applications.result'),
    );
    const fetched = outcome.status === 'done' ? outcome.value : outcome;
    if (fetched.status === 'done') {
      const blob = fetched.value;
      this.forget();
      this.download = { number: p.number, url: URL.createObjectURL(blob), size: blob.size };
      this.focusSelector = '[part~="result-link"]';
    } else if (fetched.status === 'failed') this.downloadError = fetched.description.message;
    this.host.requestUpdate();
  }

  private forget(): void {
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = null;
  }

  // -------------------------------------------------------------------------
  // Withdrawal

  onOpen(p: Progress): void {
    this.confirming = p.number;
    this.reason = '';
    this.reasonError = '';
    this.withdrawError = '';
    this.focusSelector = '#pt-withdraw-reason';
    this.host.requestUpdate();
  }

  onReason(reason: string): void {
    this.reason = reason;
  }

  readonly onCancel = (): void => {
    if (this.action.busy) return;
    this.confirming = '';
    this.focusSelector = '[part~="withdraw-button"]';
    this.host.requestUpdate();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.onCancel();
    }
  };

  async onWithdraw(event: Event, p: Progress): Promise<void> {
    event.preventDefault();
    const client = this.host.client;
    if (!client || this.action.busy) return;
    const localize = this.localize;
    let schemas: Awaited<ReturnType<TrackerHost['bodySchemas']>>;
    try {
      schemas = await this.host.bodySchemas();
    } catch {
      this.withdrawError = localize.t('error.network');
      this.host.requestUpdate();
      return;
    }
    const body = schemas.WithdrawRequest.safeParse({ reason: this.reason });
    if (!body.success) {
      this.reasonError = localize.t('progressTracker.withdraw.reasonMissing');
      this.focusSelector = '#pt-withdraw-reason';
      this.host.requestUpdate();
      return;
    }
    this.reasonError = '';
    this.withdrawError = '';
    const run = (signal: AbortSignal) => client.applications.withdraw(p.number, body.data, { signal });
    const outcome = await this.action.run(() =>
      this.host.act('applications.withdraw', run, localize.t('progressTracker.withdraw.done'), () => (this.confirming = '')),
    );
    if (outcome.status === 'done') this.withdrawError = outcome.value.error;
    this.host.requestUpdate();
  }
}
