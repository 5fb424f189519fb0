// Writes packages/contract/form.schema.json (the JSON Schema of a form document,
// FormSchema) from the zod schema, so a form can be written and checked
// without TypeScript. `--check` fails (exit 1) when the committed file is not
// what the schema generates.
import { z } from '../src/zod.ts';
import { FormSchema } from '../src/forms.ts';
import { writeOrCheck } from './generated-file.ts';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/yiwang/yiwang/packages/contract/form.schema.json',
  title: 'FormSchema',
  description:
    'An online application form document (published as immutable numbered versions through POST /forms/{id}/versions). ' +
    'Beyond this schema the server checks that field names are unique, that a visibleWhen names an earlier field, and that ' +
    'select and radio fields have options (checkFormSchema in @yiwang/contract). Generated from @yiwang/contract; do not edit by hand.',
  ...(z.toJSONSchema(FormSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>),
};

writeOrCheck(new URL('../form.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`, 'npm run form-schema');
