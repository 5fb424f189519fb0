// Custom Elements Manifest (custom-elements.json) from the JSDoc of the
// element classes: tags, attributes, properties, events, slots, parts and CSS
// properties. Storybook's args and docs and editors' completions read it.
export default {
  globs: ['src/components/**/*.ts', 'src/base/yw-element.ts', 'src/base/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [eventDetails()],
};

/**
 * Writes the `detail` type of each `yw-*` event into the elements' `events`
 * entries: `detail: { name, fields: [{ name, type, optional, description }] }`.
 * The analyzer records an event's class (`@fires {YwSubmitEvent} yw-submit`) but
 * neither the `CustomEvent<T>` it extends nor T's members; the handbook's event
 * tables (Storybook) show them from here.
 */
function eventDetails() {
  /** Event class → its detail interface. */
  const detailOf = new Map();
  /** Interface → its members. */
  const interfaces = new Map();
  const jsdoc = (node) =>
    (node.jsDoc ?? [])
      .map((doc) => (typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((part) => part.text ?? '').join('')))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  return {
    name: 'yiwang-event-details',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const clause of node.heritageClauses ?? []) {
          for (const type of clause.types) {
            if (type.expression.getText() === 'CustomEvent' && type.typeArguments?.length === 1) {
              detailOf.set(node.name.text, type.typeArguments[0].getText());
            }
          }
        }
      }
      if (ts.isInterfaceDeclaration(node)) {
        const fields = node.members.filter(ts.isPropertySignature).map((member) => ({
          name: member.name.getText(),
          type: member.type?.getText().replace(/\s+/g, ' ') ?? 'unknown',
          optional: Boolean(member.questionToken),
          description: jsdoc(member),
        }));
        interfaces.set(node.name.text, fields);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const name = detailOf.get(event.type?.text);
            if (name) event.detail = { name, fields: interfaces.get(name) ?? [] };
          }
        }
      }
    },
  };
}
