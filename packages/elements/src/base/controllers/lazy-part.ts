// A LazyModule whose module brings its own words and styles: `messageParts`
// (taken on by the element when it arrives, with the current locale's half
// fetched with it; from then on the element's updates wait for their words in
// any locale, as for its own, so a switch changes every string at once and
// nothing shows half translated) and `styles` (adopted into the
// host's shadow root; a <style> with lit's nonce where sheets cannot be
// adopted). So a part an element shows later leaves its words and styles out
// of the element's first download too. Its own module, so that pages without
// such parts do not carry it.
import { supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult } from 'lit';
import type { MessagePart } from '../../i18n/index.ts';
import { LazyModule } from './lazy.ts';
import type { LazyHost } from './lazy.ts';

/** What a part's module exports besides its own API. */
export interface PartModule {
  /** Message parts its templates use. */
  readonly messageParts: readonly MessagePart[];
  /** Styles of its templates, if they have their own. */
  readonly styles?: CSSResult | readonly CSSResult[];
}

export interface LazyPartHost extends LazyHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Registers the part's words, makes the host's updates wait for them in any locale; the fetch of the current locale's half, or null (YwElement). */
  addMessageParts(parts: readonly MessagePart[]): Promise<void> | null;
}

/** Adds `styles` to a rendered shadow root, as lit adopts an element's own. */
function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult | readonly CSSResult[] | undefined): void {
  if (!(root instanceof ShadowRoot) || !styles) return;
  for (const one of ([] as CSSResult[]).concat(styles)) {
    const sheet = one.styleSheet;
    if (supportsAdoptingStyleSheets && sheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      continue;
    }
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) style.setAttribute('nonce', nonce);
    style.textContent = one.cssText;
    // Before lit's content, which lit never touches.
    root.prepend(style);
  }
}

export class LazyPart<M extends PartModule> extends LazyModule<M> {
  constructor(host: LazyPartHost, load: () => Promise<M>) {
    super(host, () =>
      load().then(async (module) => {
        // A failed fetch of the words renders the part anyway, with zh-CN's words for what is missing (as the element does).
        await host.addMessageParts(module.messageParts)?.catch(() => undefined);
        addStyles(host.renderRoot, module.styles);
        return module;
      }),
    );
  }
}
