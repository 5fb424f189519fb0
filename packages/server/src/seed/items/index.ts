// The seed catalog's service items, one module per department in this folder,
// in the departments' catalog order.

import type { ItemDetail } from '@yiwang/contract';
import { bdcItems } from './bdc.ts';
import { gajItems } from './gaj.ts';
import { gjjItems } from './gjj.ts';
import { jfjItems } from './jfj.ts';
import { jtjItems } from './jtj.ts';
import { jyjItems } from './jyj.ts';
import { mzjItems } from './mzj.ts';
import { rsjItems } from './rsj.ts';
import { scjgItems } from './scjg.ts';
import { sthjItems } from './sthj.ts';
import { swjItems } from './swj.ts';
import { wjwItems } from './wjw.ts';
import { xzspItems } from './xzsp.ts';
import { ybjItems } from './ybj.ts';
import { yjjItems } from './yjj.ts';
import { zjjItems } from './zjj.ts';
import { zrzyItems } from './zrzy.ts';

export const seedItems: ItemDetail[] = [
  ...xzspItems,
  ...scjgItems,
  ...zjjItems,
  ...zrzyItems,
  ...bdcItems,
  ...rsjItems,
  ...ybjItems,
  ...gajItems,
  ...swjItems,
  ...wjwItems,
  ...sthjItems,
  ...jfjItems,
  ...jtjItems,
  ...yjjItems,
  ...mzjItems,
  ...jyjItems,
  ...gjjItems,
];
