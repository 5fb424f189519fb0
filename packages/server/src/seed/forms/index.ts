// Online application forms made by hand for the seed catalog's most common
// items, as form documents (one module per form, named by its id, whose
// default export is the plain JSON-shaped document): the same documents a
// department publishes through `POST /forms/{id}/versions`. They are modules
// rather than .json files because the seed also runs in the browser (the
// mock): a JSON module needs an import attribute, which our browser baseline
// and older bundlers do not read. `satisfies FormSchema` checks them while
// typing; each is read and checked against the contract (FormSchema and
// checkFormSchema) when the seed loads, so a broken document stops the seed
// and names itself. Zero-visit items without a hand-made form get one generated
// from their guide (forms/starter.ts) when the seed is built.
//
// Conventions the forms follow (and seed.test.ts checks):
// - field names are unique within a form, group children included, so a
//   `visibleWhen` condition names its field directly; inside a repeatable group
//   a name refers to the sibling in the same entry;
// - every `file` field names a material of its item's guide (`materialId`);
//   `licenseType` on a file field means an e-license may be attached instead;
// - `prefill` reads the applicant's profile (`me`) or one of their e-licenses;
// - a choice field with `situation` answers that 多情形 question of the guide.
//
// Together the forms use every field type of the contract.
import { FormSchema, checkFormSchema } from '@yiwang/contract';
import getihu from './form-scjg-001.ts';
import projectFiling from './form-jfj-001.ts';
import transfer from './form-bdc-002.ts';
import agency from './form-xzsp-001.ts';
import birthRegistration from './form-wjw-001.ts';

/** A form document read as data: parsed by the contract's schema and its rules, or an error naming the problems. */
export function readFormDocument(name: string, document: unknown): FormSchema {
  const parsed = FormSchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`form document ${name} does not match the form schema: ${problems.join('; ')}`);
  }
  const problems = checkFormSchema(parsed.data, name);
  if (problems.length > 0) throw new Error(`form document ${name}: ${problems.map((p) => `${p.path}: ${p.en}`).join('; ')}`);
  return parsed.data;
}

export const handMadeForms: FormSchema[] = Object.entries({
  'form-scjg-001.ts': getihu,
  'form-jfj-001.ts': projectFiling,
  'form-bdc-002.ts': transfer,
  'form-xzsp-001.ts': agency,
  'form-wjw-001.ts': birthRegistration,
}).map(([name, document]) => readFormDocument(name, document));
