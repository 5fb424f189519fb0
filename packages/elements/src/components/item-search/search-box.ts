// The search form: a labelled text box that is a combobox (its popup is the
// suggestion listbox), a clear button, the search button and an example line.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import type { ComboboxController } from './combobox.ts';
import type { TypingController } from './typing.ts';

export interface SearchBoxView {
  i18n: LocalizeController;
  combobox: ComboboxController;
  typing: TypingController;
  /** The text in the box. */
  text: string;
  submit(event: Event): void;
  focusOut(event: FocusEvent): void;
  clear(): void;
}

export function renderSearchBox(v: SearchBoxView): TemplateResult {
  const { i18n, combobox: cb, typing } = v;
  return html`<form class="search" part="search" role="search" @submit=${v.submit} @focusout=${v.focusOut}>
    <label class="label" for="q">${i18n.t('itemSearch.label')}</label>
    <div class="box">
      <div class="combo">
        <input
          id="q"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          maxlength="100"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${cb.expanded ? 'true' : 'false'}
          aria-activedescendant=${cb.activeId ?? nothing}
          aria-describedby="hint"
          placeholder=${i18n.t('itemSearch.placeholder')}
          .value=${live(v.text)}
          @input=${typing.onInput}
          @compositionstart=${typing.onCompositionStart}
          @compositionend=${typing.onCompositionEnd}
          @keydown=${cb.onKeydown}
          @click=${() => cb.show()}
        />
        ${v.text
          ? html`<button type="button" class="clear" part="clear-button" aria-label=${i18n.t('itemSearch.clear')} @click=${v.clear}>✕</button>`
          : nothing}
        ${cb.render('listbox')}
      </div>
      <button type="submit" class="yw-button submit" part="submit-button">${i18n.t('itemSearch.submit')}</button>
    </div>
    <p class="hint" id="hint">${i18n.t('itemSearch.hint')}</p>
  </form>`;
}
