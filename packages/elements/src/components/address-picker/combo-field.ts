// One combobox of the picker — a level (filtered as the applicant types) or
// the search across levels — on the shared combobox controller: the input shows
// the chosen option's name until the applicant types, and then what is typed
// (the filter), with the best match active so that `xx` and Enter picks it;
// leaving the input without picking drops what was typed. The popup says why
// it has no options (loading, an error, no match) and marks the chosen option.
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ComboboxController } from '../../base/controllers/combobox.ts';

export interface ComboFieldConfig<T> {
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

export interface ComboFieldView<T> {
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

export class ComboField<T> {
  /** What the applicant typed since focusing (the filter); empty when not typing. */
  text = '';
  /** The applicant has typed since the list opened (the input shows `text`, not the chosen name). */
  private editing = false;
  /** Index of the chosen option in the last rendered list (where Down starts). */
  private chosenIndex = -1;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly config: ComboFieldConfig<T>;
  private readonly combobox: ComboboxController<T>;

  constructor(host: ReactiveControllerHost & HTMLElement, config: ComboFieldConfig<T>) {
    this.host = host;
    this.config = config;
    this.combobox = new ComboboxController<T>(host, {
      options: config.options,
      optionId: (option) => this.optionId(option),
      pick: (option) => {
        this.text = '';
        this.editing = false;
        config.pick(option);
        host.requestUpdate();
      },
      typed: () => this.text,
      chosen: () => this.chosenIndex,
      showsEmpty: true,
      alwaysOpen: config.alwaysOpen,
      clear: () => {
        if (!this.editing) return false;
        this.text = '';
        this.editing = false;
        config.input?.('');
        host.requestUpdate();
        return true;
      },
    });
  }

  get inputId(): string {
    return `${this.config.id}-input`;
  }

  get listId(): string {
    return `${this.config.id}-list`;
  }

  /** The list is open (not counting a sheet's column, which always is). */
  get open(): boolean {
    return this.combobox.open;
  }

  optionId(option: T): string {
    return `${this.config.id}-o-${this.config.key(option)}`;
  }

  /** Clears the typed text and closes the list. */
  reset(): void {
    this.text = '';
    this.editing = false;
    this.combobox.close();
    this.host.requestUpdate();
  }

  focus(): void {
    this.host.shadowRoot?.getElementById(this.inputId)?.focus();
  }

  private readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.editing = true;
    this.combobox.textChanged();
    this.config.input?.(this.text);
  };

  private readonly onBlur = (): void => {
    if (!this.combobox.open && !this.text && !this.editing) return;
    this.combobox.close();
    this.text = '';
    this.editing = false;
    this.config.input?.('');
    this.host.requestUpdate();
  };

  private readonly onClick = (): void => {
    // Opening with the pointer shows the chosen option in its list.
    if (!this.combobox.open) this.combobox.show(this.chosenIndex);
  };

  render(view: ComboFieldView<T>): TemplateResult {
    const cb = this.combobox;
    const options = this.config.options();
    const shown = cb.expanded && !view.disabled;
    const active = shown ? cb.activeIndex : -1;
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
        aria-activedescendant=${(shown && cb.activeId) || nothing}
        aria-describedby=${view.describedBy || nothing}
        aria-invalid=${view.invalid ? 'true' : nothing}
        placeholder=${view.placeholder ?? nothing}
        ?disabled=${view.disabled}
        .value=${live(this.editing ? this.text : view.display)}
        @input=${this.onInput}
        @keydown=${cb.onKeydown}
        @blur=${this.onBlur}
        @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
        @click=${this.onClick}
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
                  @click=${() => cb.choose(i)}
                >${view.renderOption(option)}</li>`;
              })
            : nothing}
        </ul>
      </div></div>`;
  }
}
