// Search quality over the real catalog of 广安区 (bench/data/real-catalog-511602.json,
// 1,135 items, names only: no keywords to lean on): colloquial, split-word,
// Chinese, pinyin, initials and half-pinyin queries each find the item a citizen
// means in the top 5, with the built-in dictionary; and the half-pinyin queries
// over the demo catalog.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { realCatalogItems } from '@yiwang/test/fixtures/real-catalog';
import { seedDepartments } from '../seed/departments.ts';
import { seedItems } from '../seed/items/index.ts';
import { createCatalogIndex } from './search.ts';

const { departments, items } = realCatalogItems();
const index = createCatalogIndex(departments, items);

/** Query → an item name expected among the first five results. */
const CASES: Array<[query: string, expected: string]> = [
  // Colloquial (the dictionary)
  ['养狗', '犬类准养证核发'],
  ['低保', '最低生活保障'],
  ['开网吧', '开办互联网上网服务营业场所'],
  ['身份证丢了', '居民身份证挂失申报、丢失招领'],
  ['补身份证', '居民身份证挂失申报、丢失招领'],
  ['办退休', '企业职工基本养老保险正常退休申请'],
  ['迁户口', '户口迁移审批'],
  ['结婚', '结婚登记预约'],
  ['离婚', '离婚登记预约'],
  ['生孩子', '《出生医学证明》首次签发'],
  ['驾照', '机动车驾驶证公证（指引）'],
  ['砍树', '林木采伐许可证核发（县级权限）'],
  ['领养', '中国公民收养子女登记'],
  ['卖烟', '烟草专卖零售许可证新办'],
  ['残疾证', '残疾人证新办'],
  ['医保', '医保电子凭证申领'],
  ['开宾馆', '旅馆业特种行业许可证核发'],
  // Sentences with fillers
  ['我要办退休', '企业职工基本养老保险正常退休申请'],
  ['怎么申请低保', '最低生活保障'],
  ['我想开个网吧', '开办互联网上网服务营业场所'],
  ['护照在哪里办', '普通护照签发'],
  // Words not adjacent in the name, unspaced
  ['烟草零售', '烟草专卖零售许可证新办'],
  ['烟草新办', '烟草专卖零售许可证新办'],
  ['残疾人补贴', '困难残疾人生活补贴'],
  ['教师补发', '教师资格证书补发、换发'],
  ['失业培训补贴', '领取失业保险金期间职业培训补贴申领'],
  // Chinese as named, pinyin, initials
  ['临时救助', '临时救助'],
  ['linshijiuzhu', '临时救助'],
  ['lsjz', '临时救助'],
  ['hukouqianyi', '户口迁移审批'],
  ['jszgrd', '教师资格认定'],
  ['居住证', '居住证办理'],
  // Half pinyin, half Chinese, as an input method leaves it; all pinyin of a dictionary word
  ['shenfen证', '居民身份证办理（包括临时）'],
  ['身份zheng', '居民身份证办理（包括临时）'],
  ['yingye执照', '个体工商户设立登记'],
  ['营业zhizhao', '个体工商户设立登记'],
  ['sfz丢了', '居民身份证挂失申报、丢失招领'],
  ['shenfenzheng丢了', '居民身份证挂失申报、丢失招领'],
  ['yingyezhizhao', '个体工商户设立登记'],
  ['低bao', '最低生活保障'],
  ['kai网吧', '开办互联网上网服务营业场所'],
];

/** Half-pinyin queries over the demo catalog (seed items, with keywords). */
const DEMO_CASES: Array<[query: string, expected: string]> = [
  ['shenfen证', '居民身份证办理（申领、换领、补领）'],
  ['身份zheng', '居民身份证办理（申领、换领、补领）'],
  ['yingye执照', '个体工商户设立登记'],
  ['营业zhizhao', '个体工商户设立登记'],
  ['sfz丢了', '居民身份证办理（申领、换领、补领）'],
  ['户口qianyi', '户口迁移（迁入）审批'],
];

describe('search quality on the real catalog (广安区)', () => {
  for (const [q, expected] of CASES) {
    test(`${q} → ${expected}`, () => {
      const top = index.search({ q, pageSize: 5 }).items.map((h) => h.item.name);
      assert.ok(top.includes(expected), `${q}: ${top.join(' | ') || '(nothing)'}`);
    });
  }
});

describe('half-pinyin search quality on the demo catalog', () => {
  const demo = createCatalogIndex(seedDepartments, seedItems);
  for (const [q, expected] of DEMO_CASES) {
    test(`${q} → ${expected}`, () => {
      const top = demo.search({ q, pageSize: 5 }).items.map((h) => h.item.name);
      assert.ok(top.includes(expected), `${q}: ${top.join(' | ') || '(nothing)'}`);
    });
  }
});
