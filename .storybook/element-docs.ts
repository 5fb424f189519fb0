// The handbook's page of an element (Storybook's docs page for every
// `Elements/*` stories file), written from custom-elements.json (the JSDoc of
// the class), the element's message tables and its stories: nothing on it is
// copied by hand, so it cannot drift from the code. What it holds: the purpose
// paragraph, a live example, the CMS snippet (packages/elements/scripts/cms-snippet.ts,
// the same text as the elements README), the API tables, the zh-CN and en
// texts, elder mode, and every story with its HTML source.
import { createElement as h, Fragment, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Canvas, Controls, DocsPage, Markdown, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import type { Args } from '@storybook/web-components-vite';
import { LOADER, cmsSnippet } from '../packages/elements/scripts/cms-snippet.ts';
import type { AttributeValue } from '../packages/elements/scripts/cms-snippet.ts';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import elementsPackage from '../packages/elements/package.json' with { type: 'json' };

interface ManifestField {
  name: string;
  type?: { text: string };
  description?: string;
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  inheritedFrom?: { name: string };
}
interface ManifestEvent {
  name: string;
  type?: { text: string };
  description?: string;
  detail?: { name: string; fields: Array<{ name: string; type: string; optional: boolean; description: string }> };
}
interface ManifestNamed {
  name: string;
  description?: string;
  default?: string;
}
export interface ElementDeclaration {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: ManifestField[];
  members?: ManifestField[];
  events?: ManifestEvent[];
  cssParts?: ManifestNamed[];
  cssProperties?: ManifestNamed[];
  cssStates?: ManifestNamed[];
  slots?: ManifestNamed[];
}

/** The element declarations of custom-elements.json, by tag. */
export const ELEMENTS: ReadonlyMap<string, ElementDeclaration> = new Map(
  (manifest as unknown as { modules: Array<{ declarations?: Array<Partial<ElementDeclaration>> }> }).modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d): d is ElementDeclaration => typeof d.tagName === 'string')
    .map((d) => [d.tagName, d]),
);

/**
 * dist/cdn/integrity.json when the bundles are built (`npm run build`, before
 * `npm run build-storybook` in `npm test` and for the published handbook); the
 * snippet goes without the hash otherwise.
 */
const integrityFiles = Object.values(
  import.meta.glob<{ files: Record<string, string> }>('../packages/elements/dist/cdn/integrity.json', { eager: true, import: 'default' }),
)[0]?.files;
export const BUNDLE_INTEGRITY: string | undefined = integrityFiles?.[LOADER];

/** The manifest default as the value an arg would have (`'ratio'` → ratio, `null` → null). */
function defaultValue(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (/^'.*'$/.test(text) || /^".*"$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false' || text === 'null') return JSON.parse(text);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * The snippet's attributes: the stories' default args that the element takes
 * as attributes, left out where they equal the element's own default (or a
 * named constant, which is the default too).
 */
export function snippetAttributes(element: ElementDeclaration, args: Args): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of element.attributes ?? []) {
    const value: unknown = args[attribute.fieldName ?? attribute.name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const fallback = defaultValue(attribute.default);
    if (value === fallback || (attribute.default !== undefined && /^[A-Z_]+$/.test(attribute.default))) continue;
    attributes[attribute.name] = value;
  }
  return attributes;
}

/** The snippet a webmaster pastes for this element. */
export function elementSnippet(element: ElementDeclaration, args: Args): string {
  return cmsSnippet({
    version: elementsPackage.version,
    integrity: BUNDLE_INTEGRITY,
    tag: element.tagName,
    attributes: snippetAttributes(element, args),
  });
}

const code = (text: string | undefined) => (text ? h('code', null, text) : null);
const md = (text: string | undefined) => (text ? h(Markdown, null, text) : null);

function table(caption: string, head: string[], rows: ReactNode[][]): ReactNode {
  if (rows.length === 0) return null;
  return h(
    Fragment,
    null,
    h('h3', null, caption),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, ...head.map((cell) => h('th', { key: cell, scope: 'col' }, cell)))),
      h('tbody', null, ...rows.map((row, i) => h('tr', { key: i }, ...row.map((cell, j) => h('td', { key: j }, cell))))),
    ),
  );
}

type MessageHalf = Record<string, unknown> | (() => Promise<Record<string, unknown>>);
type MessageRows = Array<[string, string, string]>;

/**
 * The element's message parts (registered when its first instance is created, and those it
 * takes on later, such as the progress tracker's case view), with placeholders for arguments.
 * Halves fetched on demand are fetched here.
 */
async function messages(tag: string): Promise<MessageRows> {
  const ctor = customElements.get(tag) as unknown as
    { messageParts?: Array<Record<string, MessageHalf>>; laterMessageParts?: Array<Record<string, MessageHalf>> } | undefined;
  const text = (message: unknown) =>
    typeof message === 'function'
      ? String((message as (...args: string[]) => unknown)(...Array.from({ length: message.length }, (_, i) => `{${i + 1}}`)))
      : String(message);
  const table = async (half: MessageHalf | undefined) => (typeof half === 'function' ? await half() : (half ?? {}));
  const rows = new Map<string, [string, string, string]>();
  for (const part of [...(ctor?.messageParts ?? []), ...(ctor?.laterMessageParts ?? [])]) {
    const [zh, en] = await Promise.all([table(part['zh-CN']), table(part.en)]);
    for (const [key, message] of Object.entries(zh)) rows.set(key, [key, text(message), text(en[key])]);
  }
  return [...rows.values()];
}

/** The docs page: `parameters.docs.page` of every element's stories. */
export function ElementDocs(): ReactNode {
  const resolved = useOf('meta', ['meta']);
  const { csfFile, preparedMeta } = resolved;
  const tag = String(preparedMeta.component ?? '');
  const element = ELEMENTS.get(tag);
  const [texts, setTexts] = useState<MessageRows>([]);
  useEffect(() => {
    let current = true;
    void messages(tag).then((rows) => current && setTexts(rows));
    return () => {
      current = false;
    };
  }, [tag]);
  // Stories that are not an element's (the handbook's own pages) get Storybook's page.
  if (!element) return h(DocsPage);

  const paragraphs = (element.description ?? '').split(/\n\s*\n/);
  const stories = Object.values(csfFile.stories);
  const elder = stories.find((story) => story.name === 'Elder');
  const attributes = element.attributes ?? [];
  const properties = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'),
  );
  const methods = (element.members ?? []).filter(
    (m) =>
      m.kind === 'method' &&
      !m.static &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !m.inheritedFrom &&
      !/@internal/.test(m.description ?? ''),
  );

  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle, null, element.summary ?? ''),
    md(paragraphs[0]),
    h(Primary),
    h('h2', { id: 'snippet' }, 'Copy into a CMS page'),
    h(
      'p',
      null,
      'The script tag of this version (with its Subresource Integrity hash when the handbook was built from a build of the bundles) and the element inside ',
      code('<yw-config>'),
      '. Set ',
      code('api-base'),
      " to your platform's API. The elements README gives the same snippet.",
    ),
    h(
      'div',
      { 'data-cms-snippet': '' },
      h(Source, { code: elementSnippet(element, csfFile.meta.args ?? {}), language: 'html', dark: true }),
    ),
    paragraphs.length > 1 ? h(Fragment, null, h('h2', null, 'What it does'), md(paragraphs.slice(1).join('\n\n'))) : null,
    h('h2', { id: 'api' }, 'API'),
    table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), md(a.description)]),
    ),
    table(
      'Properties',
      ['property', 'type', 'default', 'description'],
      properties.map((p) => [
        code(p.name),
        code(p.type?.text),
        code(p.default),
        md(`${p.readonly ? '(read-only) ' : ''}${p.description ?? ''}`),
      ]),
    ),
    table(
      'Methods',
      ['method', 'description'],
      methods.map((m) => [code(`${m.name}()`), md(m.description)]),
    ),
    table(
      'Events',
      ['event', 'detail', 'description'],
      (element.events ?? []).map((e) => [
        code(e.name),
        e.detail
          ? h(
              'div',
              null,
              code(e.detail.name),
              h(
                'ul',
                null,
                ...e.detail.fields.map((f) =>
                  h(
                    'li',
                    { key: f.name },
                    code(`${f.name}${f.optional ? '?' : ''}: ${f.type}`),
                    f.description ? ` — ${f.description}` : '',
                  ),
                ),
              ),
            )
          : code(e.type?.text ?? 'Event'),
        md(e.description),
      ]),
    ),
    table(
      'Parts (::part)',
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name), md(p.description)]),
    ),
    table(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), md(p.description)]),
    ),
    table(
      'Custom states (:state())',
      ['state', 'description'],
      (element.cssStates ?? []).map((s) => [code(s.name), md(s.description)]),
    ),
    table(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [code(s.name || '(default)'), md(s.description)]),
    ),
    h('h2', { id: 'texts' }, 'Texts (zh-CN and en)'),
    texts.length
      ? h(
          Fragment,
          null,
          h(
            'p',
            null,
            'Every word the element shows, from its message tables (',
            code('packages/elements/src/i18n/messages/'),
            '); ',
            code('{1}'),
            ', ',
            code('{2}'),
            ' … stand for the values filled in. A site rewords any of them with ',
            code('overrideMessages()'),
            '.',
          ),
          table(
            'Messages',
            ['key', 'zh-CN', 'en'],
            texts.map(([key, zh, en]) => [code(key), zh, en]),
          ),
        )
      : h('p', null, 'The element shows no text of its own.'),
    h('h2', { id: 'elder' }, 'Elder mode (适老化)'),
    h(
      'p',
      null,
      code('elder'),
      ' on the element or its ',
      code('<yw-config>'),
      ': body type at least 18px (20px by default), text contrast at least 7:1, click targets at least 44 × 44 px (48px by default), a thicker focus ring, and state never shown by colour alone. The element reads ',
      code('--yw-elder-*'),
      ' tokens instead of the colour and size tokens, so a site’s colours cannot weaken it; it carries ',
      code('data-yw-elder'),
      ' for page CSS. Try the Elder toolbar button on any story.',
    ),
    elder ? h(Canvas, { of: elder.moduleExport }) : null,
    h(Controls),
    h(Stories, { title: 'Every state' }),
  );
}
