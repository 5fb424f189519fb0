// A LazyModule whose module brings its own words and styles: `messageParts`
// (registered when it arrives, with the current locale's half fetched with it;
// after a switch to a locale not fetched yet the part is held back until its
// words are in, never shown half translated) and `styles` (adopted into the
// host's shadow root; a <style> with lit's nonce where sheets cannot be
// adopted). So a part an element shows later leaves its words and styles out
// of the element's first download too. Its own module, so that pages without
// such parts do not carry it.
import { supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult } from 'lit';
import { ensureMessages, registerMessages } from '../../i18n/index.ts';
import type { Locale, MessagePart } from '../../i18n/index.ts';
import { LazyModule } from './lazy.ts';
import type { LazyHost } from './lazy.ts';

/** What a part's module exports besides its own API. */
export interface PartModule {
  /** Message parts its templates use. */
  readonly messageParts: readonly MessagePart[];
  /** Styles of its templates. */
  readonly styles: CSSResult;
}

export interface LazyPartHost extends LazyHost {
  readonly resolvedLocale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Adds `styles` to a rendered shadow root, as lit adopts an element's own. */
function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  // Before lit's content, which lit never touches.
  root.prepend(style);
}

export class LazyPart<M extends PartModule> extends LazyModule<M> {
  private readonly partHost: LazyPartHost;
  /** Fetching the words of a locale switched to. */
  private words: Promise<void> | null = null;
  /** A locale whose words could not be fetched: the part shows with zh-CN's words for it rather than not at all. */
  private wordsFailed: Locale | null = null;

  constructor(host: LazyPartHost, load: () => Promise<M>) {
    super(host, () =>
      load().then(async (module) => {
        for (const part of module.messageParts) registerMessages(part);
        await ensureMessages(host.resolvedLocale, module.messageParts);
        addStyles(host.renderRoot, module.styles);
        return module;
      }),
    );
    this.partHost = host;
  }

  override get(): M | undefined {
    const module = super.get();
    const locale = this.partHost.resolvedLocale;
    if (!module || this.wordsFailed === locale) return module;
    const waiting = this.words ?? ensureMessages(locale, module.messageParts);
    if (!waiting) return module;
    if (!this.words) {
      this.words = waiting.then(
        () => undefined,
        () => void (this.wordsFailed = locale),
      );
      void this.words.then(() => {
        this.words = null;
        this.partHost.requestUpdate();
      });
      this.partHost.trackLoad(this.words);
    }
    return undefined;
  }
}
