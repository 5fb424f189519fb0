// Typing in the search box, as input methods type: a query is committed at
// every keystroke (or after a pause, with `debounce` above 0: the request a
// newer keystroke makes stale is aborted either way, by the DataController),
// and never from text an IME is still composing —
// typing 营业 through a pinyin IME passes y, yi, yin, ying… through the box,
// and none of them is a query. Chrome sends the last `input` before
// `compositionend`, Safari after it; both end in one commit.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TypingHost extends ReactiveControllerHost {
  /** The text in the box. */
  inputValue: string;
  /** Milliseconds of pause before a commit (0: none, every keystroke commits). */
  readonly debounce: number;
  /** The text changed (the suggestions follow it). */
  textChanged(): void;
  /** Searches for the text in the box (after a pause, or at once). */
  commitText(push: boolean): void;
}

export class TypingController implements ReactiveController {
  /** True while an input method composes text in the box. */
  composing = false;
  private readonly host: TypingHost;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: TypingHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Drops a commit that is waiting for the pause (the caller commits itself). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  readonly onInput = (event: Event): void => {
    this.host.inputValue = (event.target as HTMLInputElement).value;
    this.host.textChanged();
    // Mid-composition text (y, yi, yin… before 营) is not a query.
    if (this.composing || (event as InputEvent).isComposing) return;
    this.schedule();
  };

  readonly onCompositionStart = (): void => {
    this.composing = true;
    this.cancel();
  };

  readonly onCompositionEnd = (event: CompositionEvent): void => {
    this.composing = false;
    this.host.inputValue = (event.target as HTMLInputElement).value;
    this.schedule();
  };

  private schedule(): void {
    this.cancel();
    if (!(this.host.debounce > 0)) {
      this.host.commitText(false);
      return;
    }
    this.timer = setTimeout(() => this.host.commitText(false), Math.max(0, this.host.debounce));
  }
}
