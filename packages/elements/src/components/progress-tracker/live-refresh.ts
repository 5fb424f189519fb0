// Live updates of the application on screen: on an interval (`refresh-interval`
// seconds), when the window regains focus, and when a hidden tab becomes
// visible again after the interval has passed. An interval of 0 switches
// automatic refreshing off altogether (focus too). Nothing runs while the
// document is hidden, and the refresh itself keeps to one request in flight.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface LiveRefreshOptions {
  /** Seconds between refreshes; 0 (or less, or not a number) switches automatic refreshing off. */
  interval: () => number;
  /** Whether there is something to refresh (an application on screen). */
  active: () => boolean;
  /** Refreshes once; never rejects, and returns at once when busy. */
  refresh: () => Promise<void>;
}

export class LiveRefreshController implements ReactiveController {
  private readonly options: LiveRefreshOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the data on screen was last fetched (ms). */
  private fetchedAt = 0;
  private scheduledFor = { interval: NaN, active: false };
  private connected = false;

  constructor(host: ReactiveControllerHost, options: LiveRefreshOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('focus', this.onFocus);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('focus', this.onFocus);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  hostUpdated(): void {
    // A new interval, or an application appearing or leaving, changes the schedule.
    if (this.scheduledFor.interval !== this.seconds() || this.scheduledFor.active !== this.options.active()) this.schedule();
  }

  /** Marks the data on screen as just fetched: the next interval counts from now. */
  fetched(): void {
    this.fetchedAt = Date.now();
    this.schedule();
  }

  private seconds(): number {
    const value = Number(this.options.interval());
    return Number.isFinite(value) && value > 0 ? value : 0;
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.stop();
    const seconds = this.seconds();
    const active = this.options.active();
    this.scheduledFor = { interval: seconds, active };
    if (!this.connected || !seconds || !active || document.hidden) return;
    const wait = Math.max(0, this.fetchedAt + seconds * 1000 - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  }

  private async run(): Promise<void> {
    if (!this.connected || document.hidden || !this.options.active()) {
      this.schedule();
      return;
    }
    await this.options.refresh();
    this.fetched();
  }

  private readonly onFocus = (): void => {
    if (this.seconds()) void this.run();
  };

  private readonly onVisibility = (): void => {
    if (document.hidden) {
      this.stop();
      return;
    }
    const seconds = this.seconds();
    if (seconds && Date.now() - this.fetchedAt >= seconds * 1000) void this.run();
    else this.schedule();
  };
}
