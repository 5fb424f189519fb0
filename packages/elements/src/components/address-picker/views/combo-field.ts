// One combobox of the picker (a level, or the search across levels): the input,
// and its popup with the options, or why there are none (loading, an error, no
// match), the chosen option marked. What is open, active and typed is the
// ComboField controller's; this only shows it and hands it the events.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ComboField } from '../combo-field.ts';

/** How a combobox is shown this time (its words, and how it is described). */
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
  describedBy?: string;
  invalid?: boolean;
  /** Extra `part` names of the input. */
  inputPart?: string;
}

export function renderComboField<T>(field: ComboField<T>, view: ComboFieldView<T>): TemplateResult {
  const options = field.options;
  const shown = field.expanded && !view.disabled;
  const active = shown ? field.activeIndex : -1;
  return html`<div class="combo-box"><input
      id=${field.inputId}
      class="input"
      part="input ${view.inputPart ?? ''}"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${shown ? 'true' : 'false'}
      aria-controls=${field.listId}
      aria-activedescendant=${(shown && field.activeId) || nothing}
      aria-describedby=${view.describedBy || nothing}
      aria-invalid=${view.invalid ? 'true' : nothing}
      placeholder=${view.placeholder ?? nothing}
      ?disabled=${view.disabled}
      .value=${live(field.typed ?? view.display)}
      @input=${field.onInput}
      @keydown=${field.onKeydown}
      @blur=${field.onBlur}
      @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
      @click=${field.onClick}
    />
    <div class="popup" part="popup" ?hidden=${!shown} @mousedown=${(e: Event) => e.preventDefault()}>
      ${
        shown && (view.status !== undefined || options.length === 0)
          ? html`<p class="list-status">${view.status ?? view.emptyText ?? ''}</p>`
          : nothing
      }
      <ul id=${field.listId} class="listbox" part="listbox" role="listbox" aria-label=${view.label}>
        ${
          shown && view.status === undefined
            ? options.map((option, i) => {
                const chosen = field.isChosen(option);
                return html`<li
                id=${field.optionId(option)}
                class="option ${i === active ? 'active' : ''} ${chosen ? 'chosen' : ''}"
                part="option"
                role="option"
                aria-selected=${i === active || (active < 0 && chosen) ? 'true' : 'false'}
                @click=${() => field.choose(i)}
              >${view.renderOption(option)}</li>`;
              })
            : nothing
        }
      </ul>
    </div></div>`;
}
