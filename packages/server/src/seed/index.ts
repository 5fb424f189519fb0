import type { SeedData } from './load.ts';
import { seedDepartments } from './departments.ts';
import { seedItems } from './items/index.ts';
import { handMadeForms } from './forms/index.ts';
import { seedUsers } from './users.ts';
import { needsStarterForm, starterForm, itemFormId } from '../forms/starter.ts';

// Every zero-visit item that no hand-made form and no other platform serves is
// applied for here with the form generated from its guide.
const generated = seedItems.filter(needsStarterForm);

/** The reference catalog (新乡经开区-like), its forms and the demo users. */
export const seedData: SeedData = {
  departments: seedDepartments,
  items: seedItems.map((item) => (needsStarterForm(item) ? { ...item, formId: itemFormId(item) } : item)),
  forms: [...handMadeForms, ...generated.map(starterForm)],
  users: seedUsers,
};
