import type { SeedData } from './load.ts';
import { seedDepartments } from './departments.ts';
import { seedItems } from './items/index.ts';
import { seedForms } from './forms/index.ts';
import { seedUsers } from './users.ts';

/** The reference catalog (新乡经开区-like), its forms and the demo users. */
export const seedData: SeedData = {
  departments: seedDepartments,
  items: seedItems,
  forms: seedForms,
  users: seedUsers,
};
