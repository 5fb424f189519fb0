// The thin base class of every element: registration, the typed event helper,
// and the configuration every element reads the same way — its own `api-base`,
// `locale`, `elder` and `theme` attributes first, then the nearest <yw-config>.
// Behaviour beyond that lives in reactive controllers (controllers/).
import { LitElement } from 'lit';
import type { ComplexAttributeConverter, CSSResultGroup, PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import { DEFAULT_LOCALE, ensureMessages, matchLocale, registerMessages } from '../i18n/index.ts';
import { commonMessages } from '../i18n/messages/common.ts';
import type { Locale, MessagePart } from '../i18n/index.ts';
import { configContext } from './context.ts';
import type { YwConfigValue } from './context.ts';
import type { YwEvent } from './events/index.ts';
import { baseStyles } from './styles/shared.ts';
import { THEMES } from './styles/token-css.ts';
import type { Theme } from './styles/token-css.ts';

const registeredParts = new WeakSet<MessagePart>();

/** Registers a message part the first time an element that shows it is created. */
function registerOnce(part: MessagePart): void {
  if (registeredParts.has(part)) return;
  registeredParts.add(part);
  registerMessages(part);
}

/** The tag of the configuration element, which late-defined elements wait for. */
const CONFIG_TAG = 'yw-config';

/**
 * `elder` is three-valued: absent inherits from <yw-config>, `elder` or
 * `elder="true"` switches elder mode on, `elder="false"` switches it off.
 */
export const elderConverter: ComplexAttributeConverter<boolean | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : value !== 'false'),
  toAttribute: (value) => (value === undefined ? null : value ? '' : 'false'),
};

/** Modules being fetched for an element's views (LazyModule), which its `updateComplete` waits for. */
const pendingLoads = new WeakMap<YwElement, Set<Promise<unknown>>>();

/** Classes registered so far (a constructor can be registered under one tag only). */
const registered = new WeakSet<CustomElementConstructor>();

/** The nearest ancestor with this tag, across shadow roots. */
function closestAcrossShadow(from: Element, tag: string): Element | null {
  let node: Node | null = from.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === tag) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Base of every yiwang element. Subclasses set `static tagName`, add their
 * properties and styles (`[YwElement.styles, own]`), and hold controllers:
 * `DataController` for loading data, `ActionController` for the applicant's actions, `LocalizeController` for strings.
 *
 * Each element takes `api-base`, `locale`, `elder` and `theme` itself or from
 * the nearest `<yw-config>`; the values in effect are `client`,
 * `resolvedLocale`, `resolvedElder` and `resolvedTheme`, and are marked on the
 * host as `lang`, `data-yw-elder` and `data-yw-theme`.
 */
export class YwElement extends LitElement {
  /** The tag `define()` registers when called without one. */
  static tagName = '';

  static override styles: CSSResultGroup = baseStyles;

  /**
   * Whether the host gets `lang` of the locale in effect, so that assistive
   * technology reads the element's text in the right language. Off for
   * wrappers whose light DOM is the page's own content.
   */
  protected static marksLanguage = true;

  /**
   * The message parts (`i18n/messages/`) the element shows. They are registered
   * when the first instance is created, not when the module loads: importing a
   * class has no side effect, and a class defined under a tag of the page's
   * own choosing still has its words.
   */
  protected static messageParts: readonly MessagePart[] = [];

  constructor() {
    super();
    for (const part of (this.constructor as typeof YwElement).messageParts) registerOnce(part);
  }

  /** Message parts that came with a part fetched later (addMessageParts). */
  private laterParts: readonly MessagePart[] = [];

  /**
   * @internal Takes on the message parts of a part fetched later (LazyPart calls
   * it when the part's module arrives, so that its words do not come with the
   * element): registers them, and from now on the element's updates wait for
   * their halves in the locale in effect, as for `messageParts` (after a switch
   * the whole element keeps the old language until the new words are in).
   * Returns the fetch of the halves the locale in effect still lacks, or null.
   */
  addMessageParts(parts: readonly MessagePart[]): Promise<void> | null {
    for (const part of parts) {
      registerOnce(part);
      if (!this.laterParts.includes(part)) this.laterParts = [...this.laterParts, part];
    }
    return ensureMessages(this.resolvedLocale, parts);
  }

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    elder: { converter: elderConverter },
    theme: {},
  };

  /**
   * Registers the element (idempotent): does nothing when the tag is already
   * defined; registers a subclass when this class already has another tag.
   * Returns the class registered for the tag.
   */
  static define(tag: string = this.tagName, registry: CustomElementRegistry = customElements): CustomElementConstructor {
    if (!tag) throw new TypeError(`${this.name}.define(): no tag name`);
    const existing = registry.get(tag);
    if (existing) return existing;
    const ctor: CustomElementConstructor = registered.has(this) ? class extends this {} : this;
    registry.define(tag, ctor);
    registered.add(ctor);
    return ctor;
  }

  /** API base URL for this element alone (it then ignores the client of <yw-config>). */
  declare apiBase: string | undefined;
  /** `zh-CN` or `en`; inherits from <yw-config> when not set. */
  declare locale: string | undefined;
  /** Elder mode (适老化): larger type, stronger contrast, larger targets. Inherits when not set. */
  declare elder: boolean | undefined;
  /** `light`, `dark` or `auto`; inherits from <yw-config> when not set. */
  declare theme: Theme | undefined;

  private readonly configConsumer = new ContextConsumer(this, { context: configContext, subscribe: true });
  private ownClient: { base: string; client: Client } | null = null;
  private waitingForConfig = false;

  /** The configuration of the nearest <yw-config>, if any. */
  protected get inherited(): YwConfigValue | undefined {
    return this.configConsumer.value;
  }

  /** The SDK client this element calls: its own from `api-base`, else its <yw-config>'s. */
  get client(): Client | null {
    if (this.apiBase) {
      if (this.ownClient?.base !== this.apiBase) {
        this.ownClient = { base: this.apiBase, client: createClient({ baseUrl: this.apiBase, locale: () => this.resolvedLocale }) };
      }
      return this.ownClient.client;
    }
    return this.inherited?.client ?? null;
  }

  /** The locale in effect. */
  get resolvedLocale(): Locale {
    return matchLocale(this.locale) ?? this.inherited?.locale ?? DEFAULT_LOCALE;
  }

  /** Whether elder mode is in effect. */
  get resolvedElder(): boolean {
    return this.elder ?? this.inherited?.elder ?? false;
  }

  /** The colour scheme in effect. */
  get resolvedTheme(): Theme {
    const own = this.theme && (THEMES as readonly string[]).includes(this.theme) ? this.theme : undefined;
    return own ?? this.inherited?.theme ?? 'light';
  }

  /** The site's sign-in for this element's user (from <yw-config>), or null; an element with its own `api-base` has none. */
  protected get signInOffer(): (() => void) | null {
    return this.apiBase ? null : (this.inherited?.signIn ?? null);
  }

  /** @internal True while the element's loads are on hold: here, while a <yw-config> around it is not defined yet. */
  get loadsOnHold(): boolean {
    return this.waitingForConfig;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.configConsumer.value) this.waitForLateConfig();
  }

  /**
   * Dispatches a yiwang event from this element. Returns false when a
   * listener cancelled it (for cancelable events), true otherwise.
   */
  protected emit(event: YwEvent): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * Renders only with the messages of the locale in effect at hand: zh-CN
   * comes with the element, another locale's tables are fetched the first
   * time an element speaks it. Until they arrive the element does not update
   * (nothing on the first render; the text in the old locale after a switch),
   * so no text appears untranslated or in a mix of languages. A failed fetch
   * renders anyway, with zh-CN's words for what is missing.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ctor = this.constructor as typeof YwElement;
    const waiting = ensureMessages(this.resolvedLocale, [commonMessages, ...ctor.messageParts, ...this.laterParts]);
    if (!waiting) return super.scheduleUpdate();
    return waiting.then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  /** @internal Makes `updateComplete` wait for `load` (a view's module being fetched) and the update it brings. */
  trackLoad(load: Promise<unknown>): void {
    let loads = pendingLoads.get(this);
    if (!loads) pendingLoads.set(this, (loads = new Set()));
    const settled = load.then(
      () => undefined,
      () => undefined,
    );
    loads.add(settled);
    void settled.then(() => loads.delete(settled));
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // Lit's own promise when nothing can ask for a view's module (no update pending, nothing loading).
    if (!this.isUpdatePending && !pendingLoads.get(this)?.size) return super.getUpdateComplete();
    // The update may ask for one (LazyModule.get in render): then wait for it, and the update it brings.
    return super.getUpdateComplete().then((result) => (pendingLoads.get(this)?.size ? this.afterLoads() : result));
  }

  private async afterLoads(): Promise<boolean> {
    let result = true;
    for (let loads = pendingLoads.get(this); loads?.size; loads = pendingLoads.get(this)) {
      await Promise.all([...loads]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // The effective modes go on the host for :host() styles and for assistive
    // technology (lang); the author's own attributes stay as written.
    this.toggleAttribute('data-yw-elder', this.resolvedElder);
    this.setAttribute('data-yw-theme', this.resolvedTheme);
    const marksLanguage = (this.constructor as typeof YwElement).marksLanguage;
    if (marksLanguage && this.getAttribute('lang') !== this.resolvedLocale) this.setAttribute('lang', this.resolvedLocale);
  }

  /**
   * When this element's tag was defined before <yw-config>'s, the context
   * request went unanswered: wait for <yw-config> and ask again (in the
   * loading state meanwhile, not in "not configured").
   */
  private waitForLateConfig(): void {
    if (this.waitingForConfig || customElements.get(CONFIG_TAG) || !closestAcrossShadow(this, CONFIG_TAG)) return;
    this.waitingForConfig = true;
    void customElements.whenDefined(CONFIG_TAG).then(() => {
      this.waitingForConfig = false;
      if (this.isConnected && !this.configConsumer.value) {
        // Re-adding the controller makes it dispatch its context request again.
        this.removeController(this.configConsumer);
        this.addController(this.configConsumer);
      }
      this.requestUpdate();
    });
  }
}
