// Design tokens, as the package exports them: each token's defaults (token-css.ts, where the
// elements' CSS is made from them) with what it is for (`doc`, from which the README table is
// written). The elements import token-css.ts only, so these words do not load with them.
import { COLOR_VALUES, SIZE_VALUES } from './token-css.ts';
import type { TokenValues } from './token-css.ts';

export { THEMES, tokenStyles } from './token-css.ts';
export type { Theme } from './token-css.ts';

export interface TokenDef extends TokenValues {
  /** What the token is for (the README table is written from this). */
  doc: string;
}

type WithDocs<V, D> = { readonly [K in keyof V]: V[K] & { readonly doc: D[K & keyof D] } };

/** The value tables with each token's `doc` added after its values. */
function withDocs<V extends Record<string, TokenValues>, D extends { readonly [K in keyof V]: string }>(
  values: V,
  docs: D,
): WithDocs<V, D> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { ...value, doc: docs[name as keyof V] }])) as WithDocs<
    V,
    D
  >;
}

/**
 * Colours: a government red (中国红) primary and a government blue accent.
 * Text pairs meet WCAG AA (4.5:1) in light and dark and 7:1 in elder mode on the
 * surface colours; borders and the focus ring meet 3:1 (checked by tokens.test.ts).
 */
export const COLOR_TOKENS = withDocs(COLOR_VALUES, {
  'color-primary': 'Brand colour: buttons, bars, selected rows.',
  'color-on-primary': 'Text on the primary colour.',
  'color-accent': 'Secondary (government blue): links, info.',
  'color-text': 'Body text.',
  'color-text-muted': 'Secondary text: counts, hints.',
  'color-surface': "Background of an element's box.",
  'color-surface-muted': 'Tracks, skeletons, hovered rows.',
  'color-border': 'Borders of controls (3:1 against the surface).',
  'color-success': 'Met, done (always with text or an icon).',
  'color-warning': 'Below target, due soon.',
  'color-danger': 'Errors, overdue.',
  'color-focus': 'Focus ring.',
} as const);

/** Type, space, shape and target sizes. Elder mode raises type and targets. */
export const SIZE_TOKENS = withDocs(SIZE_VALUES, {
  'font-family': 'Font stack (CJK first).',
  'font-size-s': 'Small text: counts, notes.',
  'font-size-base': 'Body text (elder: at least 18px).',
  'font-size-l': 'Emphasis, figures.',
  'font-size-xl': 'Headline figures.',
  'line-height': 'Line height of text.',
  'space-1': 'Spacing step 1.',
  'space-2': 'Spacing step 2.',
  'space-3': 'Spacing step 3.',
  'space-4': 'Spacing step 4.',
  'space-6': 'Spacing step 6.',
  'radius-s': 'Radius of small pieces (bars, badges).',
  'radius-m': 'Radius of controls.',
  'radius-l': "Radius of an element's box.",
  'target-size': 'Minimum height and width of click targets (elder: at least 44px).',
  'focus-ring-width': 'Width of the focus outline.',
  'focus-ring-offset': 'Gap between a control and its focus outline.',
} as const);

export const TOKENS: Record<keyof typeof COLOR_TOKENS | keyof typeof SIZE_TOKENS, TokenDef> = { ...COLOR_TOKENS, ...SIZE_TOKENS };
export type TokenName = keyof typeof TOKENS;
export const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];
