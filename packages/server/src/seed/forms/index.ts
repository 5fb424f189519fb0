// Online application forms of the seed catalog's most common items.
//
// Conventions the forms follow (and seed.test.ts checks):
// - field names are unique within a form, group children included, so a
//   `visibleWhen` condition names its field directly; inside a repeatable group
//   a name refers to the sibling in the same entry;
// - every `file` field names a material of its item's guide (`materialId`);
//   `licenseType` on a file field means an e-license may be attached instead;
// - `prefill` reads the applicant's profile (`me`) or one of their e-licenses.
//
// Together the forms use every field type of the contract.
//
// One module per form, named by the form's id; each is a plain data literal.
import type { FormSchema } from '@yiwang/contract';
import { getihuForm } from './form-scjg-001.ts';
import { projectFilingForm } from './form-jfj-001.ts';
import { transferForm } from './form-bdc-002.ts';
import { agencyForm } from './form-xzsp-001.ts';
import { birthRegistrationForm } from './form-wjw-001.ts';

export const seedForms: FormSchema[] = [getihuForm, projectFilingForm, transferForm, agencyForm, birthRegistrationForm];
