// The seed catalog's service items, one module per department under items/,
// in the departments' catalog order.

import type { ItemDetail } from '@yiwang/contract';
import { bdcItems } from './items/bdc.ts';
import { gajItems } from './items/gaj.ts';
import { gjjItems } from './items/gjj.ts';
import { jfjItems } from './items/jfj.ts';
import { jtjItems } from './items/jtj.ts';
import { jyjItems } from './items/jyj.ts';
import { mzjItems } from './items/mzj.ts';
import { rsjItems } from './items/rsj.ts';
import { scjgItems } from './items/scjg.ts';
import { sthjItems } from './items/sthj.ts';
import { swjItems } from './items/swj.ts';
import { wjwItems } from './items/wjw.ts';
import { xzspItems } from './items/xzsp.ts';
import { ybjItems } from './items/ybj.ts';
import { yjjItems } from './items/yjj.ts';
import { zjjItems } from './items/zjj.ts';
import { zrzyItems } from './items/zrzy.ts';

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
