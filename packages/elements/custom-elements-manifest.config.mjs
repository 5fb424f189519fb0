// Custom Elements Manifest (custom-elements.json) from the JSDoc of the
// element classes: tags, attributes, properties, events, slots, parts and CSS
// properties. Storybook's args and docs and editors' completions read it.
export default {
  globs: ['src/components/**/*.ts', 'src/base/yw-element.ts', 'src/base/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
