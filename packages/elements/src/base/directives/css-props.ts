// Sets custom properties (or other style properties) on an element through the
// CSSOM. lit's styleMap writes a `style` attribute on first render, which a
// page's `style-src` without 'unsafe-inline' blocks; `style.setProperty` is
// not subject to CSP. Usage: <span ${cssProps({ '--_ratio': 0.8 })}></span>
import { noChange, nothing } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string | number | null | undefined>>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in an element position: <span ${cssProps({…})}>');
  }

  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (props[name] === undefined || props[name] === null) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Sets style properties through the CSSOM (safe under a strict `style-src`). */
export const cssProps = directive(CssPropsDirective);
