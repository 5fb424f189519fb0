// A LazyModule whose module brings its own words and styles: `messageParts`
// (taken on by the element when it arrives, with the current locale's half
// fetched with it; from then on the element's updates wait for their words in
// any locale, as for its own, so a switch changes every string at once and
// nothing shows half translated) and `styles` (adopted into the
// host's shadow root; a <style> with lit's nonce where sheets cannot be
// adopted). So a part an element shows later leaves its words and styles out
// of the element's first download too. Words whose halves are all fetched on
// demand are named to the LazyPart instead, which fetches them together with the
// module rather than after it (one round trip, not two). Its own module, so that
// pages without such parts do not carry it.
import { supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult } from 'lit';
import type { MessagePart } from '../../i18n/index.ts';
import { LazyModule } from './lazy.ts';
import type { LazyHost } from './lazy.ts';

/** What a part's module may export besides its own API. */
export interface PartModule {
  /** Message parts its templates use (those whose words are fetched on demand are better named to LazyPart, which fetches them with the module). */
  readonly messageParts?: readonly MessagePart[];
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

/** Waits for a fetch of words without failing: missing words show as zh-CN's (as the element does). */
const settled = (fetch: Promise<void> | null) => fetch?.catch(() => undefined);

export class LazyPart<M extends object> extends LazyModule<M> {
  /**
   * `messageParts`: words of the part known before its module arrives (their halves fetched on demand),
   * fetched together with the module rather than after it.
   */
  constructor(host: LazyPartHost, load: () => Promise<M>, messageParts: readonly MessagePart[] = []) {
    super(host, async () => {
      const [module] = await Promise.all([load(), settled(host.addMessageParts(messageParts))]);
      const own = module as PartModule;
      await settled(host.addMessageParts(own.messageParts ?? []));
      addStyles(host.renderRoot, own.styles);
      return module;
    });
  }
}
