// An editable combobox with a listbox popup (WAI-ARIA APG "combobox with
// listbox popup"): focus stays in the text box, the active option is named by
// aria-activedescendant (the listbox must live in the same shadow root, so the
// id reference resolves). This controller keeps what is open and what is
// active and answers the keys; the element renders the input and the options
// with what it says (`expanded`, `activeId`, `optionId()`, `isActive()`).
//
// Keys (APG): Down opens the popup and moves to the next option (from the
// text box: the option chosen before, else the first), Up to the previous one
// (from the text box: the last); neither wraps. Alt+Down opens without moving,
// Alt+Up closes. Home and End return to the text box (the caret moves as in
// any text box). Enter picks the active option, or hands the text to the
// element (`enter`). Escape closes the popup; with it closed, it empties the
// box (`clear`). Tab closes without picking. Keys that confirm or move within
// an input method's candidates (isComposing, keyCode 229) are the IME's, so
// Enter while typing 新乡 with a Chinese input method never picks an option.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ComboboxOptions<T> {
  /** The options in the popup now, in display order. */
  options(): readonly T[];
  /** The element id of an option (unique in the shadow root). */
  optionId(option: T, index: number): string;
  /** An option was picked (the popup is closed first). */
  pick(option: T, index: number): void;
  /**
   * "List autocomplete with automatic selection": while text is typed, the
   * first option is active without an arrow key (Enter picks the best match).
   * The typed text; return '' for manual selection only.
   */
  typed?(): string;
  /** The option chosen before (where Down starts from the text box), or -1. */
  chosen?(): number;
  /** The popup is shown while there are no options (it says why: loading, no match). */
  showsEmpty?: boolean;
  /** The popup cannot be closed (a column of a sheet). */
  alwaysOpen?(): boolean;
  /** An input method is composing (besides what the key event says). */
  composing?(): boolean;
  /** The popup is asked to show (it may be open already). */
  onShow?(): void;
  /** Enter with no option active: acts on the text (true: handled, the form does not see the key). */
  enter?(): boolean;
  /** Escape with the popup closed: empties the box (true: there was something to empty). */
  clear?(): boolean;
}

export class ComboboxController<T> implements ReactiveController {
  /** The popup is wanted (it is shown when there is something in it). */
  open = false;
  /** Index of the option moved to with the keys, -1 for none. */
  private active = -1;
  /** Bring this option into view after the next render. */
  private reveal = -1;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly config: ComboboxOptions<T>;

  constructor(host: ReactiveControllerHost & HTMLElement, config: ComboboxOptions<T>) {
    this.host = host;
    this.config = config;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.reveal < 0) return;
    const index = this.reveal;
    this.reveal = -1;
    const option = this.config.options()[index];
    if (option !== undefined)
      this.host.shadowRoot?.getElementById(this.config.optionId(option, index))?.scrollIntoView?.({ block: 'nearest' });
  }

  /** The popup is shown (aria-expanded). */
  get expanded(): boolean {
    return (this.open || !!this.config.alwaysOpen?.()) && (!!this.config.showsEmpty || this.config.options().length > 0);
  }

  /** Index of the active option while the popup is shown; -1 for none. */
  get activeIndex(): number {
    return this.expanded ? this.current() : -1;
  }

  /** The option moved to, else (automatic selection) the best match while typing; -1 for none. */
  private current(): number {
    const count = this.config.options().length;
    if (this.active >= count) return count - 1;
    if (this.active < 0 && count > 0 && this.config.typed?.().trim()) return 0;
    return this.active;
  }

  /** Whether option `index` is the active one (aria-selected, the highlight). */
  isActive(index: number): boolean {
    return index === this.activeIndex;
  }

  /** The id of the active option, for aria-activedescendant. */
  get activeId(): string | undefined {
    const index = this.activeIndex;
    const option = index >= 0 ? this.config.options()[index] : undefined;
    return option !== undefined ? this.config.optionId(option, index) : undefined;
  }

  /** Opens the popup with no option active; `reveal` scrolls that option into view. */
  show(reveal = -1): void {
    this.config.onShow?.();
    if (!this.open) {
      this.open = true;
      this.active = -1;
      this.host.requestUpdate();
    }
    if (reveal >= 0) {
      this.reveal = reveal;
      this.host.requestUpdate();
    }
  }

  /** Closes the popup. */
  close(): void {
    if (this.open || this.active !== -1) {
      this.open = false;
      this.active = -1;
      this.host.requestUpdate();
    }
  }

  /** The text changed: a new list, nothing moved to. */
  textChanged(): void {
    this.active = -1;
    this.show();
    this.host.requestUpdate();
  }

  /** Picks option `index` (a click, or Enter). */
  choose(index: number): void {
    const option = this.config.options()[index];
    if (option === undefined) return;
    this.close();
    this.config.pick(option, index);
  }

  /** Moves to option `index` (clamped; -1: back to the text box). */
  move(index: number): void {
    const count = this.config.options().length;
    this.active = index < 0 || count === 0 ? -1 : Math.min(index, count - 1);
    this.reveal = this.active;
    this.host.requestUpdate();
  }

  /** Keys of the text box. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229 || this.config.composing?.()) return;
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        const wasExpanded = this.expanded;
        const at = this.current();
        this.show();
        if (event.altKey) return;
        const chosen = this.config.chosen?.() ?? -1;
        this.move(wasExpanded && at >= 0 ? at + 1 : at >= 0 ? at : Math.max(chosen, 0));
        return;
      }
      case 'ArrowUp': {
        event.preventDefault();
        if (event.altKey) {
          this.close();
          return;
        }
        const wasExpanded = this.expanded;
        const at = this.current();
        this.show();
        const count = this.config.options().length;
        this.move(wasExpanded && at >= 0 ? Math.max(at - 1, 0) : count - 1);
        return;
      }
      case 'Home':
      case 'End':
        // Back to the text box; the caret moves to its start or end (the key's default).
        if (this.active >= 0) {
          this.active = -1;
          this.host.requestUpdate();
        }
        return;
      case 'Enter': {
        const at = this.activeIndex;
        if (at >= 0) {
          event.preventDefault();
          this.choose(at);
        } else if (this.config.enter) {
          this.close();
          if (this.config.enter()) event.preventDefault();
        }
        return;
      }
      case 'Escape': {
        let handled = false;
        if (this.expanded && !this.config.alwaysOpen?.()) {
          this.close();
          handled = true;
        } else {
          handled = !!this.config.clear?.();
        }
        if (handled) {
          // Handled here: a dialog or sheet around the combobox must not close as well.
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      case 'Tab':
        this.close();
        return;
      default:
    }
  };
}
