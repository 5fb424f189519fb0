// The search form: a labelled text box that is a combobox (its popup is the
// suggestion listbox, grouped into recent searches and items), a clear
// button, the search button and an example line.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import { highlight } from './highlight.ts';
import { optionId } from './suggestions.ts';
import type { SuggestionsController } from './suggestions.ts';
import type { TypingController } from './typing.ts';

export interface SearchBoxView {
  localize: LocalizeController;
  suggestions: SuggestionsController;
  typing: TypingController;
  /** The text in the box. */
  text: string;
  submit(event: Event): void;
  focusOut(event: FocusEvent): void;
  clear(): void;
}

export function renderSearchBox(v: SearchBoxView): TemplateResult {
  const { localize, typing } = v;
  const cb = v.suggestions.combobox;
  return html`<form class="search" part="search" role="search" @submit=${v.submit} @focusout=${v.focusOut}>
    <label class="label" for="q">${localize.t('itemSearch.label')}</label>
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
          placeholder=${localize.t('itemSearch.placeholder')}
          .value=${live(v.text)}
          @input=${typing.onInput}
          @compositionstart=${typing.onCompositionStart}
          @compositionend=${typing.onCompositionEnd}
          @keydown=${cb.onKeydown}
          @click=${() => cb.show()}
        />
        ${
          v.text
            ? html`<button type="button" class="clear" part="clear-button" aria-label=${localize.t('itemSearch.clear')} @click=${v.clear}>✕</button>`
            : nothing
        }
        ${renderSuggestions(v, 'listbox')}
      </div>
      <button type="submit" class="yw-button submit" part="submit-button">${localize.t('itemSearch.submit')}</button>
    </div>
    <p class="hint" id="hint">${localize.t('itemSearch.hint')}</p>
  </form>`;
}

/** The popup: a listbox of grouped options (hidden, but in place, while closed). */
function renderSuggestions(v: SearchBoxView, listboxId: string): TemplateResult {
  const { localize } = v;
  const cb = v.suggestions.combobox;
  const options = v.suggestions.options;
  const text = v.text.trim();
  let index = 0;
  const option = (content: unknown, extra = '') => {
    const i = index++;
    const active = cb.isActive(i);
    return html`<div
      id=${optionId(i)}
      class="option ${active ? 'active' : ''} ${extra}"
      part="option"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => cb.choose(i)}
    >
      ${content}
    </div>`;
  };
  const group = (id: string, label: string, items: TemplateResult[]) =>
    items.length === 0
      ? nothing
      : html`<div role="group" aria-labelledby=${id} class="group">
          <div role="presentation" id=${id} class="group-label">${label}</div>
          ${items}
        </div>`;
  const recent = options.filter((o) => o.kind === 'recent' || o.kind === 'clear-recent');
  const items = options.filter((o) => o.kind === 'hot' || o.kind === 'suggestion');
  const recentGroup = group(
    `${listboxId}-recent`,
    localize.t('itemSearch.recent'),
    recent.map((o) =>
      o.kind === 'recent'
        ? option(html`<span class="option-text">${o.term}</span>`)
        : option(localize.t('itemSearch.clearRecent'), 'action'),
    ),
  );
  const itemGroup = group(
    `${listboxId}-items`,
    localize.t(text ? 'itemSearch.suggested' : 'itemSearch.hot'),
    items.map((o) =>
      o.kind === 'hot'
        ? option(html`<span class="option-text">${o.item.name}</span><span class="option-detail">${o.item.departmentName}</span>`)
        : o.kind === 'suggestion'
          ? option(
              html`<span class="option-text">${highlight(o.suggestion.text, o.suggestion.highlights, 'name')}</span
                ><span class="option-detail">${highlight(o.suggestion.departmentName, o.suggestion.highlights, 'departmentName')}</span>`,
            )
          : html``,
    ),
  );
  return html`<div id=${listboxId} class="popup" part="suggestions" role="listbox" aria-label=${localize.t('itemSearch.suggestions')} ?hidden=${!cb.expanded}>
    ${recentGroup}${itemGroup}
  </div>`;
}
