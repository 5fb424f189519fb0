import { css, html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Division, PostalAddress } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import { YwElement } from '../../base/yw-element.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { formRendererLaterMessages } from '../../i18n/messages/form-renderer.ts';
import { FALLBACK_ADDRESS_TAG } from './fields/context.ts';

export { FALLBACK_ADDRESS_TAG };

const LEVELS = ['province', 'city', 'county', 'township'] as const;
const cache = new WeakMap<Client, Map<string, Promise<Division[]>>>();

/** Children of a division (provinces for ''), once per client. */
function children(client: Client, parent: string): Promise<Division[]> {
  let byParent = cache.get(client);
  if (!byParent) cache.set(client, (byParent = new Map()));
  let list = byParent.get(parent);
  if (!list) {
    list = client.divisions.children(parent || undefined).then((r) => r.items);
    list.catch(() => byParent!.delete(parent));
    byParent.set(parent, list);
  }
  return list;
}

/**
 * @internal A plain address entry — one select per division level, the detail
 * line, and recipient and mobile unless `no-recipient` — that
 * `<yw-form-renderer>` uses while `<yw-address-picker>` is not registered.
 * Same interface as the picker: `value`, `name`, `required`, `no-recipient`,
 * `disabled`, and a `change` event.
 *
 * @tag yw-form-address-fallback
 */
export class YwFormAddressFallback extends YwElement {
  static override tagName = FALLBACK_ADDRESS_TAG;

  protected static override messageParts = [formRendererLaterMessages];
  static override shadowRootOptions = { ...YwElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    YwElement.styles,
    css`
      .row {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        grid-gap: var(--_yw-space-2);
        margin-bottom: var(--_yw-space-2);
      }
      label {
        display: block;
        font-size: var(--_yw-font-size-s);
      }
      input,
      select {
        display: block;
        width: 100%;
        min-height: var(--_yw-target-size);
        padding: 0 var(--_yw-space-2);
        border: 1px solid var(--_yw-color-border);
        border-radius: var(--_yw-radius-m);
        background: var(--_yw-color-surface);
        color: inherit;
        font: inherit;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    value: { attribute: false },
    name: {},
    required: { type: Boolean },
    noRecipient: { type: Boolean, attribute: 'no-recipient' },
    disabled: { type: Boolean },
    options: { state: true },
  };

  /** The address entered, or null. */
  declare value: PostalAddress | null;
  declare name: string | undefined;
  declare required: boolean;
  declare noRecipient: boolean;
  declare disabled: boolean;
  /** @internal Options per level, once loaded. */
  declare options: Array<Division[] | null>;

  private readonly localize = new LocalizeController(this);
  private loadedFor: { client: Client; path: string } | null = null;

  constructor() {
    super();
    this.value = null;
    this.required = false;
    this.noRecipient = false;
    this.disabled = false;
    this.options = [];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const client = this.client;
    const path = (this.value?.divisionPath ?? []).map((d) => d.code).join('/');
    if (client && (client !== this.loadedFor?.client || path !== this.loadedFor.path)) {
      this.loadedFor = { client, path };
      void this.loadLevels(client);
    }
  }

  /** Loads the options of every level down the chosen path. */
  private async loadLevels(client: Client): Promise<void> {
    const path = this.value?.divisionPath ?? [];
    const parents = ['', ...path.map((d) => d.code)].slice(0, LEVELS.length);
    const lists = await Promise.all(parents.map((code) => children(client, code).catch(() => [] as Division[])));
    // A level is shown while its parent has children.
    this.options = lists.filter((list, i) => i === 0 || list.length > 0);
  }

  private commit(next: Partial<PostalAddress>): void {
    const current = this.value ?? { recipient: '', mobile: '', divisionCode: '', divisionPath: [], detail: '', postcode: null };
    this.value = { ...current, ...next };
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private choose(level: number, code: string): void {
    const path = (this.value?.divisionPath ?? []).slice(0, level);
    const division = this.options[level]?.find((d) => d.code === code);
    if (division) path.push({ code: division.code, name: division.name, level: division.level });
    const postcode =
      division?.postcode ??
      [...path]
        .reverse()
        .map((d) => this.options.flat().find((x) => x?.code === d.code)?.postcode)
        .find(Boolean) ??
      null;
    this.commit({ divisionPath: path, divisionCode: path[path.length - 1]?.code ?? '', postcode });
  }

  protected override render(): TemplateResult {
    const localize = this.localize;
    const value = this.value;
    const path = value?.divisionPath ?? [];
    const text = (key: 'recipient' | 'mobile' | 'detail', label: string, type = 'text') =>
      html`<div>
        <label for=${key}>${label}</label>
        <input id=${key} type=${type} .value=${live(value?.[key] ?? '')} ?disabled=${this.disabled}
          @input=${(e: Event) => this.commit({ [key]: (e.target as HTMLInputElement).value })} />
      </div>`;
    return html`${
      this.noRecipient
        ? nothing
        : html`<div class="row">${text('recipient', localize.t('formRenderer.address.recipient'))}${text('mobile', localize.t('formRenderer.address.mobile'), 'tel')}</div>`
    }
      <div class="row">
        ${this.options.map(
          (list, level) => html`<div>
            <label for=${`level-${level}`}>${localize.t(`formRenderer.address.${LEVELS[level]!}`)}</label>
            <select id=${`level-${level}`} ?disabled=${this.disabled || !list} @change=${(e: Event) => this.choose(level, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!path[level]}>${localize.t('formRenderer.choose')}</option>
              ${(list ?? []).map((d) => html`<option value=${d.code} ?selected=${path[level]?.code === d.code}>${d.name}</option>`)}
            </select>
          </div>`,
        )}
      </div>
      ${text('detail', localize.t('formRenderer.address.detail'))}`;
  }
}
