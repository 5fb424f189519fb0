// The seed catalog's departments, with `itemCount` counted from the items.

import type { Department } from '@yiwang/contract';
import { DEPARTMENT_DEFS } from './department-defs.ts';
import { seedItems } from './items/index.ts';
import { DIVISION_CODE } from './kit/zone.ts';

function countItems(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of seedItems) counts.set(item.departmentId, (counts.get(item.departmentId) ?? 0) + 1);
  return counts;
}

const counts = countItems();

export const seedDepartments: Department[] = DEPARTMENT_DEFS.map((d) => ({
  id: d.id,
  name: d.name,
  shortName: d.shortName,
  divisionCode: DIVISION_CODE,
  phone: d.phone,
  itemCount: counts.get(d.id) ?? 0,
}));
