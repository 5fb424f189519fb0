// Accessibility checks for browser tests: axe-core on an element (its shadow
// tree included) in the state it is in, against WCAG 2.1 A/AA, and optionally
// the enhanced (7:1) contrast rule that elder mode promises.
import type { AxeResults, Result, RunOptions } from 'axe-core';

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

let loaded: Promise<Axe> | null = null;
function loadAxe(): Promise<Axe> {
  loaded ??= import('axe-core/axe.min.js').then(() => (window as unknown as { axe: Axe }).axe);
  return loaded;
}

export interface AxeCheckOptions {
  /** Also require 7:1 text contrast (axe's `color-contrast-enhanced`, WCAG AAA 1.4.6). */
  enhancedContrast?: boolean;
  /** Rule ids to skip, each with a reason in the caller. */
  disable?: string[];
}

function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/** The axe violations of `element` (WCAG 2.1 A and AA, plus best practices). */
export async function axeViolations(element: Element, options: AxeCheckOptions = {}): Promise<Result[]> {
  const axe = await loadAxe();
  // `region` is about a whole page's landmarks; a fixture has none by design.
  const rules: Record<string, { enabled: boolean }> = { region: { enabled: false } };
  for (const id of options.disable ?? []) rules[id] = { enabled: false };
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
  const results = await axe.run(element, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
  const violations = [...results.violations];
  if (options.enhancedContrast) {
    const enhanced = await axe.run(element, {
      runOnly: { type: 'rule', values: ['color-contrast-enhanced'] },
      resultTypes: ['violations'],
    });
    violations.push(...enhanced.violations);
  }
  return violations;
}

/** Fails with a readable list when axe finds violations in `element`. */
export async function expectAccessible(element: Element, label: string, options: AxeCheckOptions = {}): Promise<void> {
  const violations = await axeViolations(element, options);
  if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s) in ${label}:\n${describeViolations(violations)}`);
}

/** The red, green and blue channels (0–255) of an `rgb()`/`rgba()` or `#rrggbb` colour. */
export function rgbChannels(color: string): number[] {
  const value = color.trim();
  const hex = value.match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16));
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`not an rgb() or #rrggbb colour: ${color}`);
  return m[1]!
    .split(/[ ,/]+/)
    .filter(Boolean)
    .slice(0, 3)
    .map(Number);
}

/** WCAG contrast ratio of two colours (`rgb()`, `rgba()` or `#rrggbb`). */
export function contrastRatio(foreground: string, background: string): number {
  const channels = rgbChannels;
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (hi! + 0.05) / (lo! + 0.05);
}
