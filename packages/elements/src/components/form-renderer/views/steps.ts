// The body of a schema step: its sections. The other kinds of step (the
// guide's other materials, delivery, the review) are in later.ts.
import { html, nothing } from 'lit';
import type { FieldContext } from '../fields/context.ts';
import { renderFields } from '../fields/index.ts';

/** A schema step: its sections (one whose fields are all hidden is left out). */
export function renderSchemaStep(ctx: FieldContext, index: number): unknown {
  const model = ctx.model;
  return model.schema.steps[index]!.sections.map((section, n) => {
    if (section.fields.every((f) => model.isHidden(f.name))) return nothing;
    const id = `section-${index}-${n}`;
    return html`<section class="section" part="section" aria-labelledby=${id}>
      <h4 id=${id}>${section.title}</h4>
      ${section.description ? html`<p class="hint">${section.description}</p>` : nothing} ${renderFields(ctx, section.fields, '')}
    </section>`;
  });
}
