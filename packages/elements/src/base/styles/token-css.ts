// The token values and the CSS made of them: what every element loads. Every public token is a
// `--yw-*` custom property the host page may set anywhere above an element (on :root, on
// <yw-config>, on the element); each element reads it through a private `--_yw-*` twin declared on
// :host with the default as fallback, so a page value always wins over the default but the default
// never needs a global stylesheet. The CSS is generated from the tables below, and tokens.ts adds
// what each token is for to the same tables, so the docs table, the contrast test and the CSS
// cannot disagree (the words stay out of the elements' code).
import { unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/** Colour schemes an element can render in; `auto` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** A token's defaults (its row of the tables below; the package's TokenDef adds what it is for). */
export interface TokenValues {
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
}

/**
 * Colours: a government red (中国红) primary and a government blue accent.
 * Text pairs meet WCAG AA (4.5:1) in light and dark and 7:1 in elder mode on the
 * surface colours; borders and the focus ring meet 3:1 (checked by tokens.test.ts).
 */
export const COLOR_VALUES = {
  'color-primary': {
    light: '#b5121b',
    dark: '#ff8f87',
    elder: '#8f0e15',
    elderDark: '#ffb3ad',
  },
  'color-on-primary': { light: '#ffffff', dark: '#1a1a1a', elder: '#ffffff', elderDark: '#000000' },
  'color-accent': {
    light: '#0b5cad',
    dark: '#8ab4f8',
    elder: '#063f7a',
    elderDark: '#aecbfa',
  },
  'color-text': { light: '#1f2329', dark: '#e8eaed', elder: '#111111', elderDark: '#ffffff' },
  'color-text-muted': { light: '#4e5969', dark: '#b8bcc4', elder: '#333333', elderDark: '#e0e0e0' },
  'color-surface': { light: '#ffffff', dark: '#1f2023' },
  'color-surface-muted': { light: '#f2f3f5', dark: '#2c2d31' },
  'color-border': {
    light: '#8a919f',
    dark: '#8c9099',
    elder: '#595959',
    elderDark: '#d9dce1',
  },
  'color-success': {
    light: '#13733a',
    dark: '#7dd99a',
    elder: '#0b5a2b',
    elderDark: '#a8f0bc',
  },
  'color-warning': { light: '#8a5300', dark: '#f2c46d', elder: '#6b4100', elderDark: '#ffe0a3' },
  'color-danger': { light: '#b42318', dark: '#ff9b91', elder: '#8c1c13', elderDark: '#ffc4bd' },
  'color-focus': { light: '#0b5cad', dark: '#8ab4f8', elder: '#063f7a', elderDark: '#aecbfa' },
} as const satisfies Record<string, TokenValues>;

/** Type, space, shape and target sizes. Elder mode raises type and targets. */
export const SIZE_VALUES = {
  'font-family': {
    light: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  },
  'font-size-s': { light: '14px', elder: '18px', elderMin: '18px' },
  'font-size-base': { light: '16px', elder: '20px', elderMin: '18px' },
  'font-size-l': { light: '18px', elder: '22px', elderMin: '20px' },
  'font-size-xl': { light: '22px', elder: '28px', elderMin: '24px' },
  'line-height': { light: '1.6', elder: '1.7' },
  'space-1': { light: '4px' },
  'space-2': { light: '8px' },
  'space-3': { light: '12px' },
  'space-4': { light: '16px' },
  'space-6': { light: '24px' },
  'radius-s': { light: '2px' },
  'radius-m': { light: '4px' },
  'radius-l': { light: '8px' },
  'target-size': {
    light: '40px',
    elder: '48px',
    elderMin: '44px',
  },
  'focus-ring-width': { light: '3px', elder: '4px' },
  'focus-ring-offset': { light: '2px' },
} as const satisfies Record<string, TokenValues>;

type TokenName = keyof typeof COLOR_VALUES | keyof typeof SIZE_VALUES;
const entries = Object.entries({ ...COLOR_VALUES, ...SIZE_VALUES }) as Array<[TokenName, TokenValues]>;
const publicVar = (name: string, fallback: string) => `var(--yw-${name}, ${fallback})`;
const elderVar = (name: string, def: TokenValues, fallback: string) => {
  const value = `var(--yw-elder-${name}, ${fallback})`;
  return def.elderMin ? `max(${value}, ${def.elderMin})` : value;
};
const block = (selector: string, lines: string[]) => (lines.length ? `${selector}{${lines.join(';')}}` : '');
const declare = (pick: (name: TokenName, def: TokenValues) => string | null) =>
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
