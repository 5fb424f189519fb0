// What the guide's element and its body (guide-body.ts) both render: a headed
// section, and a phone number's tel: link.
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** A section with its heading (`h-<id>`); nothing when `show` is false. */
export function section(id: string, title: string, body: unknown, show = true): TemplateResult {
  if (!show) return html``;
  return html`<section class="section" part="section" aria-labelledby=${`h-${id}`}>
    <h3 id=${`h-${id}`}>${title}</h3>
    ${body}
  </section>`;
}

export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
