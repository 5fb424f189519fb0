// An editable combobox with a list (WAI-ARIA APG "combobox with list
// autocomplete"): the input keeps focus and names the active option with
// aria-activedescendant; Down/Up open the list and move, Enter picks, Escape
// closes (and then clears what was typed), Tab leaves without picking. Keys
// that confirm an IME candidate (keyCode 229, isComposing) are left to the IME,
// so Enter while typing 新乡 with a Chinese input method never picks an option.
// Used for each level (in-level filter) and for the search across levels.
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface ComboboxConfig<T> {
  /** Prefix of the element ids (unique in the shadow root). */
  id: string;
  /** The options offered for the text typed so far. */
  options: () => readonly T[];
  /** A stable key of an option (part of its element id). */
  key: (option: T) => string;
  /** An option was picked. */
  pick: (option: T) => void;
  /** The list is always shown (a column of the bottom sheet). */
  alwaysOpen?: () => boolean;
  /** The text changed (the applicant typed). */
  input?: (text: string) => void;
}

export interface ComboboxView<T> {
  label: string;
  /** What the input shows when the applicant is not typing (the chosen option's name). */
  display: string;
  placeholder?: string;
  disabled?: boolean;
  /** Shown in the list when there is no option. */
  emptyText?: string;
  /** Shown in place of the options (loading, an error). */
  status?: unknown;
  renderOption: (option: T) => unknown;
  /** The chosen option, marked ✓ in the list. */
  isChosen?: (option: T) => boolean;
  describedBy?: string;
  invalid?: boolean;
  /** Extra `part` names of the input. */
  inputPart?: string;
}

export class Combobox<T> {
  /** What the applicant typed since focusing (the filter); empty when not typing. */
  text = '';
  /** The applicant has typed since the list opened (the input shows `text`, not the chosen name). */
  private editing = false;
  /** Index of the chosen option in the last rendered list (where Down starts). */
  private chosenIndex = -1;
  open = false;
  active = -1;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly config: ComboboxConfig<T>;

  constructor(host: ReactiveControllerHost & HTMLElement, config: ComboboxConfig<T>) {
    this.host = host;
    this.config = config;
  }

  get inputId(): string {
    return `${this.config.id}-input`;
  }

  get listId(): string {
    return `${this.config.id}-list`;
  }

  private get shown(): boolean {
    return this.open || !!this.config.alwaysOpen?.();
  }

  optionId(option: T): string {
    return `${this.config.id}-o-${this.config.key(option)}`;
  }

  /** Clears the typed text and closes the list. */
  reset(): void {
    this.text = '';
    this.editing = false;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  focus(): void {
    this.host.shadowRoot?.getElementById(this.inputId)?.focus();
  }

  /** The active option's index: what Down/Up chose, else the best match while typing. */
  private current(count: number): number {
    if (this.active >= count) return count - 1;
    if (this.active < 0 && this.text.trim() && count > 0) return 0;
    return this.active;
  }

  private choose(option: T): void {
    this.text = '';
    this.editing = false;
    this.open = false;
    this.active = -1;
    this.config.pick(option);
    this.host.requestUpdate();
  }

  private move(to: number): void {
    const count = this.config.options().length;
    this.open = true;
    this.active = count === 0 ? -1 : Math.max(0, Math.min(count - 1, to));
    this.host.requestUpdate();
    // Keep the active option in view once it is rendered.
    void this.host.updateComplete.then(() => {
      const options = this.config.options();
      const option = this.active >= 0 ? options[this.active] : undefined;
      if (option !== undefined) this.host.shadowRoot?.getElementById(this.optionId(option))?.scrollIntoView({ block: 'nearest' });
    });
  }

  private readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.editing = true;
    this.open = true;
    // No option chosen with the arrows: the best match is active, so typing `xx` and Enter picks it.
    this.active = -1;
    this.config.input?.(this.text);
    this.host.requestUpdate();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || event.keyCode === 229) return;
    const count = this.config.options().length;
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        // Opening starts at the chosen option; Alt+Down only opens.
        const at = this.current(count);
        const from = at < 0 ? this.chosenIndex : at;
        this.move(this.shown && !event.altKey ? (at < 0 && from >= 0 ? from : at + 1) : Math.max(from, 0));
        break;
      }
      case 'ArrowUp':
        event.preventDefault();
        this.move(this.shown ? this.current(count) - 1 : count - 1);
        break;
      case 'Enter': {
        const at = this.current(count);
        const option = this.shown && at >= 0 ? this.config.options()[at] : undefined;
        if (option !== undefined) {
          event.preventDefault();
          this.choose(option);
        }
        break;
      }
      case 'Escape':
        if (this.open || this.editing) {
          // Handled here: a bottom sheet around the list must not close as well.
          event.preventDefault();
          event.stopPropagation();
          if (this.open && !this.config.alwaysOpen?.()) {
            this.open = false;
            this.active = -1;
          } else {
            this.text = '';
            this.editing = false;
            this.config.input?.('');
          }
          this.host.requestUpdate();
        }
        break;
      case 'Tab':
        if (this.open) {
          this.open = false;
          this.active = -1;
          this.host.requestUpdate();
        }
        break;
      default:
    }
  };

  private readonly onBlur = (): void => {
    if (!this.open && !this.text && !this.editing) return;
    this.open = false;
    this.active = -1;
    this.text = '';
    this.editing = false;
    this.config.input?.('');
    this.host.requestUpdate();
  };

  render(view: ComboboxView<T>): TemplateResult {
    const options = this.config.options();
    const shown = this.shown && !view.disabled;
    const active = shown ? this.current(options.length) : -1;
    const activeOption = active >= 0 ? options[active] : undefined;
    this.chosenIndex = view.isChosen ? options.findIndex(view.isChosen) : -1;
    return html`<div class="combo-box"><input
        id=${this.inputId}
        class="input"
        part="input ${view.inputPart ?? ''}"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${shown ? 'true' : 'false'}
        aria-controls=${this.listId}
        aria-activedescendant=${activeOption !== undefined ? this.optionId(activeOption) : nothing}
        aria-describedby=${view.describedBy || nothing}
        aria-invalid=${view.invalid ? 'true' : nothing}
        placeholder=${view.placeholder ?? nothing}
        ?disabled=${view.disabled}
        .value=${live(this.editing ? this.text : view.display)}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
        @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
        @click=${() => {
          if (view.disabled || this.open) return;
          this.open = true;
          this.host.requestUpdate();
          // Show the chosen option in its list.
          void this.host.updateComplete.then(() => {
            const chosen = this.chosenIndex >= 0 ? this.config.options()[this.chosenIndex] : undefined;
            if (chosen !== undefined) this.host.shadowRoot?.getElementById(this.optionId(chosen))?.scrollIntoView({ block: 'nearest' });
          });
        }}
      />
      <div class="popup" part="popup" ?hidden=${!shown} @mousedown=${(e: Event) => e.preventDefault()}>
        ${shown && (view.status !== undefined || options.length === 0)
          ? html`<p class="list-status">${view.status ?? view.emptyText ?? ''}</p>`
          : nothing}
        <ul id=${this.listId} class="listbox" part="listbox" role="listbox" aria-label=${view.label}>
          ${shown && view.status === undefined
            ? options.map((option, i) => {
                const chosen = view.isChosen?.(option) ?? false;
                return html`<li
                  id=${this.optionId(option)}
                  class="option ${i === active ? 'active' : ''} ${chosen ? 'chosen' : ''}"
                  part="option"
                  role="option"
                  aria-selected=${i === active || (active < 0 && chosen) ? 'true' : 'false'}
                  @click=${() => this.choose(option)}
                >${view.renderOption(option)}</li>`;
              })
            : nothing}
        </ul>
      </div></div>`;
  }
}
