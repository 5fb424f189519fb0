// The token tables keep their promises: AA text contrast in light and dark,
// 7:1 in elder mode, 3:1 for borders and the focus ring, elder sizes at or
// above their floors.
import { expect } from '@open-wc/testing';
import { COLOR_TOKENS, SIZE_TOKENS, TOKENS, tokenStyles } from './tokens.ts';
import { contrastRatio } from '@yiwang/test/helpers/a11y';
import { describe, it } from '@yiwang/test/helpers/mocha';

type Scheme = 'light' | 'dark' | 'elder' | 'elderDark';
const value = (name: keyof typeof COLOR_TOKENS, scheme: Scheme): string => {
  const def: { light: string; dark?: string; elder?: string; elderDark?: string } = COLOR_TOKENS[name];
  if (scheme === 'elderDark') return def.elderDark ?? def.dark ?? def.light;
  if (scheme === 'elder') return def.elder ?? def.light;
  return def[scheme] ?? def.light;
};
const SURFACE_OF: Record<Scheme, Scheme> = { light: 'light', dark: 'dark', elder: 'light', elderDark: 'dark' };
const TEXT = ['color-text', 'color-text-muted', 'color-primary', 'color-accent', 'color-success', 'color-warning', 'color-danger'] as const;

describe('design tokens', () => {
  for (const scheme of ['light', 'dark', 'elder', 'elderDark'] as const) {
    const minimum = scheme.startsWith('elder') ? 7 : 4.5;
    it(`${scheme}: text colours reach ${minimum}:1 on both surfaces`, () => {
      for (const surfaceName of ['color-surface', 'color-surface-muted'] as const) {
        const surface = value(surfaceName, SURFACE_OF[scheme]);
        for (const name of TEXT) {
          const ratio = contrastRatio(value(name, scheme), surface);
          // Text on the muted surface only needs AA in elder mode where it is muted text.
          const required = surfaceName === 'color-surface-muted' && !scheme.startsWith('elder') ? 4.5 : minimum;
          expect(ratio, `${name} on ${surfaceName} (${scheme})`).to.be.at.least(required);
        }
      }
      expect(contrastRatio(value('color-on-primary', scheme), value('color-primary', scheme)), 'on-primary').to.be.at.least(minimum);
    });

    it(`${scheme}: borders and the focus ring reach 3:1`, () => {
      const surface = value('color-surface', SURFACE_OF[scheme]);
      expect(contrastRatio(value('color-border', scheme), surface)).to.be.at.least(3);
      expect(contrastRatio(value('color-focus', scheme), surface)).to.be.at.least(3);
    });
  }

  it('elder sizes are at or above their floors: type ≥ 18px, targets ≥ 44px', () => {
    expect(parseFloat(SIZE_TOKENS['font-size-base'].elderMin)).to.be.at.least(18);
    expect(parseFloat(SIZE_TOKENS['font-size-s'].elderMin)).to.be.at.least(18);
    expect(parseFloat(SIZE_TOKENS['target-size'].elderMin)).to.be.at.least(44);
    for (const [name, def] of Object.entries(TOKENS)) {
      if (def.elderMin && def.elder) expect(parseFloat(def.elder), name).to.be.at.least(parseFloat(def.elderMin));
    }
  });

  it('elder floors hold against a page that sets smaller elder tokens', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [tokenStyles.styleSheet!];
    root.innerHTML = '<span style="font-size: var(--_yw-font-size-base); min-height: var(--_yw-target-size); display: block">x</span>';
    host.setAttribute('data-yw-elder', '');
    host.style.setProperty('--yw-elder-font-size-base', '12px');
    host.style.setProperty('--yw-elder-target-size', '20px');
    document.body.append(host);
    const span = root.querySelector('span')!;
    expect(getComputedStyle(span).fontSize).to.equal('18px');
    expect(getComputedStyle(span).minHeight).to.equal('44px');
    host.remove();
  });

  it('the README documents every token with its defaults', async () => {
    const readme = await (await fetch(new URL('../../../README.md', import.meta.url))).text();
    const rows = new Map(
      [...readme.matchAll(/^\| `--yw-([a-z0-9-]+)` \| `([^`]+)` \| ([^|]*) \|/gm)].map((m) => [
        m[1]!,
        { light: m[2]!, dark: m[3]!.replace(/`/g, '').trim() },
      ]),
    );
    expect([...rows.keys()].sort()).to.deep.equal(Object.keys(TOKENS).sort());
    for (const [name, def] of Object.entries(TOKENS)) {
      expect(rows.get(name)!.light, name).to.equal(def.light);
      expect(rows.get(name)!.dark, name).to.equal(def.dark ?? '');
    }
  });
});
