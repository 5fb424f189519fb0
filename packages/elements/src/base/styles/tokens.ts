// Design tokens. Every public token is a `--yw-*` custom property the host page
// may set anywhere above an element (on :root, on <yw-config>, on the element);
// each element reads it through a private `--_yw-*` twin declared on :host with
// the default as fallback, so a page value always wins over the default but the
// default never needs a global stylesheet. The CSS is generated from the tables
// below, so the docs table, the contrast test and the CSS cannot disagree.
import { unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/** Colour schemes an element can render in; `auto` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface TokenDef {
  /** Default in the light scheme (and for non-colour tokens, always). */
  light: string;
  /** Default in the dark scheme; the light value when omitted. */
  dark?: string;
  /** Default in elder mode (read from `--yw-elder-<name>`), light scheme. */
  elder?: string;
  /** Default in elder mode, dark scheme. */
  elderDark?: string;
  /** Lower bound in elder mode that a page value cannot go below (sizes). */
  elderMin?: string;
  /** What the token is for (the README table is written from this). */
  doc: string;
}

/**
 * Colours: a government red (中国红) primary and a government blue accent.
 * Text pairs meet WCAG AA (4.5:1) in light and dark and 7:1 in elder mode on the
 * surface colours; borders and the focus ring meet 3:1 (checked by tokens.test.ts).
 */
export const COLOR_TOKENS = {
  'color-primary': {
    light: '#b5121b',
    dark: '#ff8f87',
    elder: '#8f0e15',
    elderDark: '#ffb3ad',
    doc: 'Brand colour: buttons, bars, selected rows.',
  },
  'color-on-primary': { light: '#ffffff', dark: '#1a1a1a', elder: '#ffffff', elderDark: '#000000', doc: 'Text on the primary colour.' },
  'color-accent': {
    light: '#0b5cad',
    dark: '#8ab4f8',
    elder: '#063f7a',
    elderDark: '#aecbfa',
    doc: 'Secondary (government blue): links, info.',
  },
  'color-text': { light: '#1f2329', dark: '#e8eaed', elder: '#111111', elderDark: '#ffffff', doc: 'Body text.' },
  'color-text-muted': { light: '#4e5969', dark: '#b8bcc4', elder: '#333333', elderDark: '#e0e0e0', doc: 'Secondary text: counts, hints.' },
  'color-surface': { light: '#ffffff', dark: '#1f2023', doc: "Background of an element's box." },
  'color-surface-muted': { light: '#f2f3f5', dark: '#2c2d31', doc: 'Tracks, skeletons, hovered rows.' },
  'color-border': {
    light: '#8a919f',
    dark: '#8c9099',
    elder: '#595959',
    elderDark: '#d9dce1',
    doc: 'Borders of controls (3:1 against the surface).',
  },
  'color-success': {
    light: '#13733a',
    dark: '#7dd99a',
    elder: '#0b5a2b',
    elderDark: '#a8f0bc',
    doc: 'Met, done (always with text or an icon).',
  },
  'color-warning': { light: '#8a5300', dark: '#f2c46d', elder: '#6b4100', elderDark: '#ffe0a3', doc: 'Below target, due soon.' },
  'color-danger': { light: '#b42318', dark: '#ff9b91', elder: '#8c1c13', elderDark: '#ffc4bd', doc: 'Errors, overdue.' },
  'color-focus': { light: '#0b5cad', dark: '#8ab4f8', elder: '#063f7a', elderDark: '#aecbfa', doc: 'Focus ring.' },
} as const satisfies Record<string, TokenDef>;

/** Type, space, shape and target sizes. Elder mode raises type and targets. */
export const SIZE_TOKENS = {
  'font-family': {
    light: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
    doc: 'Font stack (CJK first).',
  },
  'font-size-s': { light: '14px', elder: '18px', elderMin: '18px', doc: 'Small text: counts, notes.' },
  'font-size-base': { light: '16px', elder: '20px', elderMin: '18px', doc: 'Body text (elder: at least 18px).' },
  'font-size-l': { light: '18px', elder: '22px', elderMin: '20px', doc: 'Emphasis, figures.' },
  'font-size-xl': { light: '22px', elder: '28px', elderMin: '24px', doc: 'Headline figures.' },
  'line-height': { light: '1.6', elder: '1.7', doc: 'Line height of text.' },
  'space-1': { light: '4px', doc: 'Spacing step 1.' },
  'space-2': { light: '8px', doc: 'Spacing step 2.' },
  'space-3': { light: '12px', doc: 'Spacing step 3.' },
  'space-4': { light: '16px', doc: 'Spacing step 4.' },
  'space-6': { light: '24px', doc: 'Spacing step 6.' },
  'radius-s': { light: '2px', doc: 'Radius of small pieces (bars, badges).' },
  'radius-m': { light: '4px', doc: 'Radius of controls.' },
  'radius-l': { light: '8px', doc: "Radius of an element's box." },
  'target-size': {
    light: '40px',
    elder: '48px',
    elderMin: '44px',
    doc: 'Minimum height and width of click targets (elder: at least 44px).',
  },
  'focus-ring-width': { light: '3px', elder: '4px', doc: 'Width of the focus outline.' },
  'focus-ring-offset': { light: '2px', doc: 'Gap between a control and its focus outline.' },
} as const satisfies Record<string, TokenDef>;

export const TOKENS: Record<keyof typeof COLOR_TOKENS | keyof typeof SIZE_TOKENS, TokenDef> = { ...COLOR_TOKENS, ...SIZE_TOKENS };
export type TokenName = keyof typeof TOKENS;
export const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];

const entries = Object.entries(TOKENS) as Array<[TokenName, TokenDef]>;
const publicVar = (name: string, fallback: string) => `var(--yw-${name}, ${fallback})`;
const elderVar = (name: string, def: TokenDef, fallback: string) => {
  const value = `var(--yw-elder-${name}, ${fallback})`;
  return def.elderMin ? `max(${value}, ${def.elderMin})` : value;
};
const block = (selector: string, lines: string[]) => (lines.length ? `${selector}{${lines.join(';')}}` : '');
const declare = (pick: (name: TokenName, def: TokenDef) => string | null) =>
  entries.flatMap(([name, def]) => {
    const value = pick(name, def);
    return value === null ? [] : [`--_yw-${name}:${value}`];
  });

const light = declare((name, def) => publicVar(name, def.light));
const dark = declare((name, def) => (def.dark ? publicVar(name, def.dark) : null));
const elder = declare((name, def) => (def.elder ? elderVar(name, def, def.elder) : null));
const elderDark = declare((name, def) => (def.elderDark ? elderVar(name, def, def.elderDark) : null));

const DARK = ':host([data-yw-theme="dark"])';
const AUTO = ':host([data-yw-theme="auto"])';
const ELDER_DARK = ':host([data-yw-elder][data-yw-theme="dark"])';
const ELDER_AUTO = ':host([data-yw-elder][data-yw-theme="auto"])';

/**
 * The private `--_yw-*` variables every element's styles use. Elements carry
 * `data-yw-theme` and `data-yw-elder` on their host (set by YwElement from the
 * element's own attributes or its <yw-config>). Elder rules come after the dark
 * ones and the elder+dark pair is more specific, so the cascade is:
 * light < dark < elder < elder+dark.
 */
export const tokenStyles: CSSResult = unsafeCSS(
  [
    block(':host', [...light, 'color-scheme:light']),
    block(DARK, [...dark, 'color-scheme:dark']),
    `@media (prefers-color-scheme: dark){${block(AUTO, [...dark, 'color-scheme:dark'])}}`,
    block(':host([data-yw-elder])', elder),
    block(ELDER_DARK, elderDark),
    `@media (prefers-color-scheme: dark){${block(ELDER_AUTO, elderDark)}}`,
  ].join('\n'),
);
