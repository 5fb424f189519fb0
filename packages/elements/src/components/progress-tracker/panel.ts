// What the tracker's controllers (query form, supplement, evaluation, owner
// actions) have in common: the host and its messages, their own action (busy
// while its request runs), and a control to focus once the next render is on screen.
// They render nothing: each hands its state to its view in views/ and is that
// view's actions itself (the host passes the controller as the callbacks); an
// action a view binds without a closure (`@submit=${actions.onSubmit}`) is an
// arrow function, so that it keeps its `this`.
import type { ReactiveController } from 'lit';
import { ActionController } from '../../base/controllers/action.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import type { TrackerHost } from './tracker-host.ts';

export abstract class TrackerPanel implements ReactiveController {
  protected readonly host: TrackerHost;
  protected readonly localize: LocalizeController;
  /** The panel's action (a submission): one at a time. */
  protected readonly action: ActionController;
  /** A selector in the host's shadow root to focus after the next render ('' for none). */
  protected focusSelector = '';

  constructor(host: TrackerHost) {
    this.host = host;
    this.localize = new LocalizeController(host);
    this.action = new ActionController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  /** Subclasses that do more after a render call this last. */
  hostUpdated(): void {
    if (!this.focusSelector) return;
    this.host.shadowRoot?.querySelector<HTMLElement>(this.focusSelector)?.focus();
    this.focusSelector = '';
  }
}
