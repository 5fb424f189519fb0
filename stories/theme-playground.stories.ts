// The theme playground: a designer sets a department's brand colour, radius,
// type size and density in the controls and sees every element at once in its
// main state, with the CSS to paste into the site's stylesheet and the WCAG
// contrast of the chosen colours (4.5:1; 7:1 with the Elder toolbar button on).
// The page is the snippet applied: the <style> below holds exactly the text shown.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient } from '@yiwang/sdk';
import { HONGQI_TOWNSHIP } from '@yiwang/test/fixtures/addresses';
import { BLUE_DEPARTMENT, DEFAULT_THEME, contrastChecks, themeCss } from './theme.ts';
import type { ThemeChoices } from './theme.ts';

const tokens = new Map<string, Promise<string>>();
/** Signs a demo user of the mock in on first use; the token stays in memory. */
const tokenOf = (userId: 'demo-person' | 'demo-staff') => () => {
  if (!tokens.has(userId))
    tokens.set(
      userId,
      createClient({ baseUrl: '/api/v1' })
        .auth.demoSignIn({ userId })
        .then((s) => s.token),
    );
  return tokens.get(userId)!;
};

const ratio = (value: number) => `${value.toFixed(2)}:1`;

const meta: Meta<ThemeChoices> = {
  title: 'Handbook/Theme playground',
  tags: ['!autodocs'],
  args: { ...DEFAULT_THEME },
  argTypes: {
    primary: { control: 'color', description: 'Brand colour (`--yw-color-primary`)' },
    onPrimary: { control: 'color', description: 'Text on the brand colour (`--yw-color-on-primary`)' },
    accent: { control: 'color', description: 'Links, info and the focus ring (`--yw-color-accent`, `--yw-color-focus`)' },
    text: { control: 'color', description: 'Body text (`--yw-color-text`)' },
    elderPrimary: {
      control: 'color',
      description: 'Brand colour in elder mode (`--yw-elder-color-primary`); empty keeps the built-in one',
    },
    radius: { control: { type: 'range', min: 0, max: 16, step: 1 }, description: 'Radius of controls in px' },
    fontSize: { control: { type: 'range', min: 14, max: 20, step: 1 }, description: 'Body text size in px' },
    density: { control: { type: 'range', min: 0.75, max: 1.5, step: 0.25 }, description: 'Spacing scale' },
  },
  parameters: { layout: 'padded' },
  render: (theme, { globals }) => {
    const css = themeCss(theme);
    const elder = globals.elder === 'on';
    const checks = contrastChecks(theme, elder);
    const failures = checks.filter((check) => !check.passes);
    return html`<style>
        ${css}
      </style>
      <section aria-labelledby="yw-playground-css">
        <h2 id="yw-playground-css">CSS for the site's stylesheet</h2>
        <pre data-playground-css>${css}</pre>
        <h2>Contrast (${elder ? 'elder mode: 7:1' : 'WCAG 2.1 AA: 4.5:1'})</h2>
        <p data-playground-verdict>
          ${failures.length === 0 ? 'Every pair passes.' : `${failures.length} pair(s) fail: choose darker or lighter colours.`}
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">pair</th>
              <th scope="col">colours</th>
              <th scope="col">ratio</th>
              <th scope="col">result</th>
            </tr>
          </thead>
          <tbody>
            ${checks.map(
              (check) =>
                html`<tr data-passes=${String(check.passes)}>
                  <td>${check.pair}</td>
                  <td><code>${check.foreground}</code> on <code>${check.background}</code></td>
                  <td>${ratio(check.ratio)}</td>
                  <td>${check.passes ? `✓ passes ${check.required}:1` : `✗ fails: needs ${check.required}:1`}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <h2>Every element</h2>
      <yw-catalog-stats></yw-catalog-stats>
      <yw-item-search q="营业执照" page-size="3"></yw-item-search>
      <yw-item-guide item-id="scjg-001"></yw-item-guide>
      <yw-form-renderer form-id="form-scjg-001" no-local-draft></yw-form-renderer>
      <yw-address-picker name="delivery" .value=${{ ...HONGQI_TOWNSHIP, postcode: '453000' }}></yw-address-picker>
      <yw-progress-tracker number="YW2026110300007" query-code="REV234"></yw-progress-tracker>
      <yw-config .getToken=${tokenOf('demo-person')}><yw-account-switch></yw-account-switch></yw-config>
      <yw-config .getToken=${tokenOf('demo-staff')}><yw-case-desk page-size="3"></yw-case-desk></yw-config>`;
  },
};
export default meta;

/** The built-in look: every token at its default. */
export const Playground: StoryObj<ThemeChoices> = {};

/** A blue department (政务蓝), square corners, compact: what a site's restyle looks like. */
export const BlueDepartment: StoryObj<ThemeChoices> = {
  args: BLUE_DEPARTMENT,
};
