// The copy-paste snippet for a CMS page: the versioned script tag of the CDN
// loader (which fetches only the elements the page uses; the one-file bundle
// is the alternative for sites without modules) and an element inside <yw-config>. One function writes it for every
// place that shows it — the README's "One script tag" (checked by
// test/readme.test.ts), each element's page of the Storybook handbook and
// `npm run cdn:snippet` — so a webmaster copies the same text wherever they
// find it. Pure string work: it runs in Node and in the browser.

/** The package the bundles ship in. */
export const ELEMENTS_PACKAGE = '@yiwang/elements';
/** The bundle that registers every element (one classic script). */
export const ALL_BUNDLE = 'yiwang.min.js';
/** The loader: a module that imports the elements the page uses, when their tags appear. */
export const LOADER = 'yiwang-loader.min.js';
/** The API base the snippets show (a site replaces it with its platform's). */
export const EXAMPLE_API_BASE = 'https://zwfw.example.gov.cn/api/v1';

/** The versioned jsDelivr URL of a bundle. */
export function cdnUrl(version: string, file: string = LOADER): string {
  return `https://cdn.jsdelivr.net/npm/${ELEMENTS_PACKAGE}@${version}/dist/cdn/${file}`;
}

export interface ScriptTagOptions {
  version: string;
  /** The bundle (default the loader, `yiwang-loader.min.js`). */
  file?: string;
  /** Its Subresource Integrity hash (`sha384-…`, from dist/cdn/integrity.json); left out when not known. */
  integrity?: string | null | undefined;
}

/**
 * The script tag of a bundle of one version: the loader as a module
 * (`<script type="module" src=… integrity=… crossorigin="anonymous">`, deferred as
 * modules are), any other bundle as a classic deferred script.
 */
export function scriptTag({ version, file = LOADER, integrity }: ScriptTagOptions): string {
  const sri = integrity ? ` integrity="${integrity}"` : '';
  return file === LOADER
    ? `<script type="module" src="${cdnUrl(version, file)}"${sri} crossorigin="anonymous"></script>`
    : `<script src="${cdnUrl(version, file)}"${sri} crossorigin="anonymous" defer></script>`;
}

/** An attribute value: `true` writes a boolean attribute, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<tag a="b" flag></tag>`, attributes in the order given. */
export function elementTag(tag: string, attributes: Readonly<Record<string, AttributeValue>> = {}): string {
  const written = Object.entries(attributes).flatMap(([name, value]) => {
    if (value === false || value === null || value === undefined) return [];
    return [value === true ? name : `${name}="${escapeAttribute(String(value))}"`];
  });
  return `<${tag}${written.map((a) => ` ${a}`).join('')}></${tag}>`;
}

export interface CmsSnippetOptions extends ScriptTagOptions {
  /** The element's tag; `yw-config` gives the snippet with <yw-catalog-stats> inside. */
  tag: string;
  attributes?: Readonly<Record<string, AttributeValue>>;
  apiBase?: string;
}

/** The whole snippet: the script tag, a blank line, <yw-config api-base> with the element inside. */
export function cmsSnippet({ tag, attributes = {}, apiBase = EXAMPLE_API_BASE, ...script }: CmsSnippetOptions): string {
  const element = tag === 'yw-config' ? elementTag('yw-catalog-stats') : elementTag(tag, attributes);
  return [scriptTag(script), '', `<yw-config api-base="${escapeAttribute(apiBase)}">`, `  ${element}`, '</yw-config>'].join('\n');
}
