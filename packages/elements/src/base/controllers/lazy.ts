// A module an element needs only sometimes (the templates of a rarely opened
// view: the 补正 upload, the evaluation, the address book), fetched the first
// time it is asked for rather than with the element. It holds state only: the
// element asks `get()` while rendering, renders nothing (or a placeholder) for
// that part until the module is in, and is updated when it arrives. The
// element's `updateComplete` waits for it (YwElement.trackLoad), so code that
// awaits an update sees the view.
//
// A module may bring its own words and styles: `messageParts` (registered when
// it arrives; a locale's half it fetches is fetched with it, and again when the
// element switches to a locale not fetched yet: the part is not handed out
// until its words are in) and `styles` (added to the element's shadow root), so
// that they leave the element's first download too.
import { supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { ensureMessages, registerMessages } from '../../i18n/index.ts';
import type { Locale, MessagePart } from '../../i18n/index.ts';

export interface LazyHost extends ReactiveControllerHost {
  /** Makes `updateComplete` wait for `load` too (YwElement provides it). */
  trackLoad(load: Promise<unknown>): void;
  readonly resolvedLocale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What a lazily loaded module may export besides its own API. */
export interface LazyParts {
  /** Message parts its templates use. */
  messageParts?: readonly MessagePart[];
  /** Styles of its templates, added to the host's shadow root. */
  styles?: CSSResult;
}

/** The words and styles a module brings (none for a value that is not a module namespace). */
function partsOf(module: unknown): LazyParts {
  return typeof module === 'object' && module !== null ? (module as LazyParts) : {};
}

/** Adds `styles` to a rendered shadow root, as lit adopts an element's own (a `<style>` with the page's nonce where sheets cannot be adopted). */
function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  // Before lit's content, which lit never touches.
  root.prepend(style);
}

export class LazyModule<M> implements ReactiveController {
  private readonly host: LazyHost;
  private readonly load: () => Promise<M>;
  private module: M | undefined;
  private loading: Promise<void> | null = null;
  private lastFailed = false;

  constructor(host: LazyHost, load: () => Promise<M>) {
    this.host = host;
    this.load = load;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Fetches the module now, for a load that should show the view at once:
   * resolves when it is in (or could not be fetched: the view then comes at a
   * later render).
   */
  preload(): Promise<void> {
    const retrying = this.failed;
    this.get();
    // A retry: the failure shown gives way to the placeholder.
    if (retrying) this.host.requestUpdate();
    return this.loading ?? Promise.resolve();
  }

  /** Whether the last fetch failed (and none is under way): the element may offer to try again, which `get()` does. */
  get failed(): boolean {
    return this.lastFailed && !this.loading;
  }

  /** The module if it is already in, without starting a fetch (words of a locale not fetched yet aside). */
  get current(): M | undefined {
    return this.module;
  }

  /** Whether a fetch is under way (the element shows a placeholder meanwhile). */
  get pending(): boolean {
    return !!this.loading;
  }

  /**
   * The module, once fetched and its words in the current locale are in; the
   * first call starts the fetch (a failed one is tried again at the next call).
   */
  get(): M | undefined {
    if (this.loading) return undefined;
    const module = this.module;
    const words = partsOf(module).messageParts ? ensureMessages(this.host.resolvedLocale, partsOf(module).messageParts!) : null;
    if (module !== undefined && !words) return module;
    this.loading = (module !== undefined ? words! : this.load().then((loaded) => this.arrived(loaded))).then(
      () => {
        this.loading = null;
        this.lastFailed = false;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = null;
        this.lastFailed = true;
        console.error('yiwang: could not load a view', error);
        this.host.requestUpdate();
      },
    );
    this.host.trackLoad(this.loading);
    return undefined;
  }

  /** Takes in a fetched module: its words (and the current locale's, when fetched on demand) and its styles. */
  private async arrived(module: M): Promise<void> {
    const { messageParts, styles } = partsOf(module);
    for (const part of messageParts ?? []) registerMessages(part);
    await (messageParts ? ensureMessages(this.host.resolvedLocale, messageParts) : null);
    if (styles) addStyles(this.host.renderRoot, styles);
    this.module = module;
  }
}
