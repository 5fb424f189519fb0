// The theme playground's model: a designer's choices → the `--yw-*` CSS a site
// pastes into its stylesheet, and the WCAG contrast of the chosen colours. The
// playground story renders exactly this CSS, and the demo-site test
// (test/csp/demo-site.e2e.ts) pastes it into the demo site's stylesheet, so
// what the playground shows is what the site gets.
// The token tables themselves (not the package entry, which loads every element): Node's tests use this module too.
import { COLOR_TOKENS, SIZE_TOKENS } from '../packages/elements/src/base/styles/tokens.ts';
import { contrastRatio } from '@yiwang/test/helpers/a11y';

export interface ThemeChoices {
  /** Brand colour (`--yw-color-primary`): buttons, bars, selected rows. */
  primary: string;
  /** Text on the brand colour (`--yw-color-on-primary`). */
  onPrimary: string;
  /** Links and info (`--yw-color-accent`, also the focus ring). */
  accent: string;
  /** Body text (`--yw-color-text`). */
  text: string;
  /** Brand colour in elder mode (`--yw-elder-color-primary`); empty keeps the built-in 7:1 one. */
  elderPrimary: string;
  /** Radius of controls in px (`--yw-radius-m`; small pieces get half, boxes twice). */
  radius: number;
  /** Body text size in px (`--yw-font-size-base`; the other sizes keep their ratio to it). */
  fontSize: number;
  /** Spacing scale: 1 is the default, 0.75 compact, 1.25 roomy (`--yw-space-*`). */
  density: number;
}

const px = (value: string) => Number.parseFloat(value);
const DEFAULT_BASE = px(SIZE_TOKENS['font-size-base'].light);

/** The built-in look. */
export const DEFAULT_THEME: ThemeChoices = {
  primary: COLOR_TOKENS['color-primary'].light,
  onPrimary: COLOR_TOKENS['color-on-primary'].light,
  accent: COLOR_TOKENS['color-accent'].light,
  text: COLOR_TOKENS['color-text'].light,
  elderPrimary: '',
  radius: px(SIZE_TOKENS['radius-m'].light),
  fontSize: DEFAULT_BASE,
  density: 1,
};

/** A blue department (政务蓝): blue brand colour, purple links, square corners, compact. */
export const BLUE_DEPARTMENT: ThemeChoices = { ...DEFAULT_THEME, primary: '#0b5cad', accent: '#7a1f99', radius: 0, density: 0.75 };

const round = (value: number) => `${Math.round(value * 100) / 100}px`;

/** The token declarations of a theme, in a stable order. */
export function themeTokens(theme: ThemeChoices): Array<[string, string]> {
  const scale = theme.fontSize / DEFAULT_BASE;
  const tokens: Array<[string, string]> = [
    ['--yw-color-primary', theme.primary],
    ['--yw-color-on-primary', theme.onPrimary],
    ['--yw-color-accent', theme.accent],
    ['--yw-color-focus', theme.accent],
    ['--yw-color-text', theme.text],
    ['--yw-radius-s', round(theme.radius / 2)],
    ['--yw-radius-m', round(theme.radius)],
    ['--yw-radius-l', round(theme.radius * 2)],
  ];
  for (const name of ['font-size-s', 'font-size-base', 'font-size-l', 'font-size-xl'] as const) {
    tokens.push([`--yw-${name}`, round(px(SIZE_TOKENS[name].light) * scale)]);
  }
  for (const name of ['space-1', 'space-2', 'space-3', 'space-4', 'space-6'] as const) {
    tokens.push([`--yw-${name}`, round(px(SIZE_TOKENS[name].light) * theme.density)]);
  }
  if (theme.elderPrimary) tokens.push(['--yw-elder-color-primary', theme.elderPrimary]);
  return tokens;
}

/** The CSS snippet to paste into the site's stylesheet (the tokens on `:root`, so every element on the page takes them). */
export function themeCss(theme: ThemeChoices, selector = ':root'): string {
  return `${selector} {\n${themeTokens(theme)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}\n`;
}

export interface ContrastCheck {
  /** What the pair is, in words. */
  pair: string;
  foreground: string;
  background: string;
  ratio: number;
  /** The ratio it must reach: 4.5 (WCAG 2.1 AA, 1.4.3) or 7 in elder mode (AAA, 1.4.6, which elder mode promises). */
  required: number;
  passes: boolean;
}

/**
 * The text colour pairs the chosen colours make on the light surface: the
 * normal look against 4.5:1; elder mode against 7:1, where the elements read
 * the `--yw-elder-*` colours (its brand colour built in unless chosen, white
 * text on it), so only the brand colour is the designer's there.
 */
export function contrastChecks(theme: ThemeChoices, elder: boolean): ContrastCheck[] {
  const surface = COLOR_TOKENS['color-surface'].light;
  const pairs: Array<[string, string, string]> = elder
    ? [
        [
          'Text on the brand colour (buttons)',
          COLOR_TOKENS['color-on-primary'].elder,
          theme.elderPrimary || COLOR_TOKENS['color-primary'].elder,
        ],
        ['Brand colour as text on the surface', theme.elderPrimary || COLOR_TOKENS['color-primary'].elder, surface],
      ]
    : [
        ['Text on the brand colour (buttons)', theme.onPrimary, theme.primary],
        ['Brand colour as text on the surface', theme.primary, surface],
        ['Links (accent) on the surface', theme.accent, surface],
        ['Body text on the surface', theme.text, surface],
      ];
  const required = elder ? 7 : 4.5;
  return pairs.map(([pair, foreground, background]) => {
    // A colour the control gives in a form the ratio cannot read (hsl(), #rgb) counts as failing, visibly.
    let ratio = Number.NaN;
    try {
      ratio = contrastRatio(foreground, background);
    } catch {
      // ratio stays NaN
    }
    return { pair, foreground, background, ratio, required, passes: ratio >= required };
  });
}
