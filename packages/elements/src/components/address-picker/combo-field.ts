// One combobox of the picker — a level (filtered as the applicant types) or
// the search across levels — on the shared combobox controller: the input shows
// the chosen option's name until the applicant types, and then what is typed
// (the filter), with the best match active so that `xx` and Enter picks it;
// leaving the input without picking drops what was typed. It keeps that state
// and answers the events; views/combo-field.ts renders the input and its popup.
import type { ReactiveControllerHost } from 'lit';
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
  /** The chosen option, marked ✓ in the list (and where Down starts). */
  isChosen?: (option: T) => boolean;
}

export class ComboField<T> {
  /** What the applicant typed since focusing (the filter); empty when not typing. */
  text = '';
  /** The applicant has typed since the list opened (the input shows `text`, not the chosen name). */
  private editing = false;
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

  /** The popup is shown (aria-expanded). */
  get expanded(): boolean {
    return this.combobox.expanded;
  }

  /** Index of the active option while the popup is shown; -1 for none. */
  get activeIndex(): number {
    return this.combobox.activeIndex;
  }

  get activeId(): string | undefined {
    return this.combobox.activeId;
  }

  /** The options offered now. */
  get options(): readonly T[] {
    return this.config.options();
  }

  /** What the applicant is typing, or null when the input shows the chosen option's name. */
  get typed(): string | null {
    return this.editing ? this.text : null;
  }

  isChosen(option: T): boolean {
    return this.config.isChosen?.(option) ?? false;
  }

  /** Index of the chosen option in the list (where Down starts), or -1. */
  private get chosenIndex(): number {
    const isChosen = this.config.isChosen;
    return isChosen ? this.config.options().findIndex(isChosen) : -1;
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

  readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.editing = true;
    this.combobox.textChanged();
    this.config.input?.(this.text);
  };

  readonly onBlur = (): void => {
    if (!this.combobox.open && !this.text && !this.editing) return;
    this.combobox.close();
    this.text = '';
    this.editing = false;
    this.config.input?.('');
    this.host.requestUpdate();
  };

  readonly onClick = (): void => {
    // Opening with the pointer shows the chosen option in its list.
    if (!this.combobox.open) this.combobox.show(this.chosenIndex);
  };

  readonly onKeydown = (event: KeyboardEvent): void => this.combobox.onKeydown(event);

  /** An option was clicked. */
  choose(index: number): void {
    this.combobox.choose(index);
  }
}
