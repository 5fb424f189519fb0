// The loader behind the CDN's `yiwang-loader.min.js`: a page loads this one
// small module, and it imports the modules of the elements the page uses, when
// their tags appear — in the document now, added later, or inside the shadow
// roots the elements render (an element that shows another). Tags without a
// module (a site's own `yw-` elements) are left alone. The build gives it the
// tag → module map, generated from src/define/ (rollup.config.mjs), so a new
// element's define module is picked up without a list to edit.
//
// On the first look at the page, the elements in the first screenful come
// first: the modules of the others (further down, or not shown) are imported
// once those are in, so that on a slow link they do not share the bandwidth
// with what the visitor sees first (over HTTP/2 every request of the page runs
// at once). <yw-config> is always among the first: every element needs it.
// When the first ones are in, the SDK's transport may be fetched (base/first-screen.ts).

import { setFirstScreen } from './base/first-screen.ts';

/** Imports the module that registers one tag. */
export type ElementModules = Readonly<Record<string, () => Promise<unknown>>>;

export interface Loader {
  /** Looks for tags to load under `root` (the document and the shadow roots found are watched already). */
  scan(root: ParentNode): void;
  /** The imports started so far, by tag (for tests: await one to know its element is defined). */
  readonly loading: ReadonlyMap<string, Promise<unknown>>;
  /** Stops watching. */
  disconnect(): void;
}

/** Whether an element is laid out within the first screenful (<yw-config>, which wraps the others, always is). */
function onFirstScreen(element: Element): boolean {
  if (element.localName === 'yw-config') return true;
  // Not rendered at all (display: none, a hidden section): nothing to see yet.
  if (element.getClientRects().length === 0) return false;
  return element.getBoundingClientRect().top < (window.innerHeight || document.documentElement.clientHeight);
}

/**
 * Starts loading the elements of `modules` found under `root` (default: the
 * document) and watches it, and the open shadow roots of the elements loaded,
 * for more.
 */
export function startLoader(modules: ElementModules, root: Document | ShadowRoot = document): Loader {
  const loading = new Map<string, Promise<unknown>>();
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node.nodeType === Node.ELEMENT_NODE) visit(node as Element);
    }
  });

  /** Watches an element's shadow root once it has one (lit attaches it when the element is connected). */
  const watchShadow = (element: Element): void => {
    const shadow = element.shadowRoot;
    if (!shadow || watched.has(shadow)) return;
    watch(shadow);
  };

  /** During the first look at the page: the tags seen only off screen, imported once the first ones are in. */
  let deferred: Set<string> | null = null;

  const load = (tag: string): void => {
    if (loading.has(tag) || !Object.prototype.hasOwnProperty.call(modules, tag)) return;
    const started = modules[tag]!();
    started.catch((error: unknown) => {
      // Tried again when the tag appears anew (a network hiccup need not be final).
      loading.delete(tag);
      console.error(`yiwang: could not load <${tag}>`, error);
    });
    loading.set(tag, started);
  };

  /** One element, or one under `from`: load its module, and watch what it renders. */
  const found = (element: Element): void => {
    const tag = element.localName;
    if (!tag.startsWith('yw-')) return;
    if (customElements.get(tag)) watchShadow(element);
    else if (Object.prototype.hasOwnProperty.call(modules, tag)) {
      if (deferred && !loading.has(tag) && !onFirstScreen(element)) deferred.add(tag);
      else load(tag);
      // Elements render other elements in their shadow roots: watch the root once the element has it.
      if (loading.has(tag) || deferred?.has(tag)) void customElements.whenDefined(tag).then(() => watchShadow(element));
    }
  };

  const visit = (element: Element): void => {
    found(element);
    scan(element);
  };

  function scan(from: ParentNode): void {
    for (const element of Array.from(from.querySelectorAll('*'))) found(element);
  }

  function watch(target: Document | ShadowRoot): void {
    watched.add(target);
    observer.observe(target, { childList: true, subtree: true });
    scan(target);
  }

  deferred = new Set();
  watch(root);
  const later = [...deferred].filter((tag) => !loading.has(tag));
  deferred = null;
  const firstIn = Promise.allSettled([...loading.values()]);
  setFirstScreen(firstIn);
  if (later.length > 0) void firstIn.then(() => later.forEach(load));
  return {
    scan,
    loading,
    disconnect: () => observer.disconnect(),
  };
}
