// The desk's lists of rows — the case queue and the 预审代办 requests — as one
// pure render function: the keyboard shortcuts above the list, the list as one
// tab stop (the active row's button; the keys on the list), each row a button
// with the number and item name, then the facts the list shows. Server strings
// are bound as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** What a row shows and how it is found (`data-number` for a case, `data-id` for a request). */
export interface Row {
  number: string;
  itemName: string;
  data: { number?: string; id?: string };
  facts: TemplateResult;
}

export interface RowListOptions<T> {
  items: readonly T[];
  /** The index of the row in the tab order (clamped to the list). */
  active: number;
  /** The list's accessible name. */
  label: string;
  /** The keys, written above the list and tied to each row. */
  shortcuts: string;
  shortcutsId: string;
  /** The list's and each row's parts. */
  part: string;
  rowPart: string;
  row: (item: T) => Row;
  on: { key: (e: KeyboardEvent) => void; focus: (index: number) => void; open: (item: T) => void };
}

export function renderRowList<T>(o: RowListOptions<T>): TemplateResult {
  const current = Math.min(o.active, o.items.length - 1);
  return html`<p class="shortcuts" part="shortcuts" id=${o.shortcutsId}>${o.shortcuts}</p>
    <ul class="queue" part=${o.part} aria-label=${o.label} @keydown=${o.on.key}>
      ${o.items.map((item, k) => {
        const r = o.row(item);
        return html`<li>
          <button
            type="button"
            class="case-row"
            part=${o.rowPart}
            data-row
            data-number=${r.data.number ?? nothing}
            data-id=${r.data.id ?? nothing}
            tabindex=${k === current ? '0' : '-1'}
            aria-describedby=${o.shortcutsId}
            @focus=${() => o.on.focus(k)}
            @click=${() => o.on.open(item)}
          >
            <span class="row-main">
              <span class="number" part="number">${r.number}</span>
              <span class="item-name">${r.itemName}</span>
            </span>
            <span class="row-facts">${r.facts}</span>
          </button>
        </li>`;
      })}
    </ul>`;
}
