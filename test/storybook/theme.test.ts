// The theme playground's model (stories/theme.ts): the CSS it exports and the
// contrast verdicts it shows. The playground itself and the CSS pasted into the
// demo site are checked in Chromium (stories.e2e.ts, test/csp/demo-site.e2e.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLUE_DEPARTMENT, DEFAULT_THEME, contrastChecks, themeCss, themeTokens } from '../../stories/theme.ts';

test('the built-in colours pass AA, and elder mode 7:1 with its own brand colour', () => {
  assert.ok(contrastChecks(DEFAULT_THEME, false).every((check) => check.passes && check.required === 4.5));
  assert.ok(contrastChecks(DEFAULT_THEME, true).every((check) => check.passes && check.required === 7));
});

test('a pale brand colour fails, and is shown failing with its ratio', () => {
  const checks = contrastChecks({ ...DEFAULT_THEME, primary: '#ff9999' }, false);
  const button = checks.find((check) => check.pair.startsWith('Text on the brand colour'))!;
  assert.equal(button.passes, false);
  // L(#ff9999) = 0.2126 + (0.7152 + 0.0722) × ((0.6 + 0.055) / 1.055)^2.4 ≈ 0.4635; (1 + 0.05) / (0.4635 + 0.05) ≈ 2.045.
  assert.ok(Math.abs(button.ratio - 2.045) < 0.005, `white on #ff9999 is about 2.045:1, got ${button.ratio}`);
});

test('a brand colour that passes AA can fail 7:1: elder mode checks the elder brand colour it is given', () => {
  // #0b5cad on white: 6.67:1, enough for AA, not for elder mode's 7:1.
  assert.ok(contrastChecks({ ...DEFAULT_THEME, primary: '#0b5cad' }, false).every((check) => check.passes));
  const elder = contrastChecks({ ...DEFAULT_THEME, elderPrimary: '#0b5cad' }, true);
  assert.deepEqual(
    elder.map((check) => check.passes),
    [false, false],
  );
});

test('a colour the ratio cannot read counts as failing', () => {
  assert.equal(contrastChecks({ ...DEFAULT_THEME, accent: 'hsl(0 0% 0%)' }, false)[2]!.passes, false);
});

test('the exported CSS sets the tokens on :root; radius, type and spacing scale together', () => {
  const css = themeCss(BLUE_DEPARTMENT);
  assert.match(css, /^:root \{\n/);
  assert.match(css, /--yw-color-primary: #0b5cad;/);
  const tokens = Object.fromEntries(themeTokens({ ...DEFAULT_THEME, radius: 6, fontSize: 18, density: 1.5 }));
  assert.deepEqual(
    [
      tokens['--yw-radius-s'],
      tokens['--yw-radius-m'],
      tokens['--yw-radius-l'],
      tokens['--yw-font-size-base'],
      tokens['--yw-font-size-s'],
      tokens['--yw-space-4'],
    ],
    ['3px', '6px', '12px', '18px', '15.75px', '24px'],
  );
  assert.equal(tokens['--yw-elder-color-primary'], undefined, 'the elder brand colour stays built in unless chosen');
});
