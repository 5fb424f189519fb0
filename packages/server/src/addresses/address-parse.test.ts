import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadDivisionIndex } from '../divisions/load.ts';
import { shortNames } from '../divisions/divisions.ts';
import type { Division } from '../divisions/divisions.ts';
import { parseAddress } from './address-parse.ts';

const divisions = loadDivisionIndex();
const names = (path: Array<{ name: string }>) => path.map((d) => d.name);
const codes = (path: Array<{ code: string }>) => path.map((d) => d.code);

describe('parseAddress: examples', () => {
  test('address, name and mobile separated by spaces', () => {
    const r = parseAddress('河南省新乡市红旗区人民路12号 张三 13800000000', divisions);
    assert.deepEqual(names(r.divisionPath), ['河南省', '新乡市', '红旗区']);
    assert.deepEqual(codes(r.divisionPath), ['410000', '410700', '410702']);
    assert.equal(r.detail, '人民路12号');
    assert.equal(r.recipient, '张三');
    assert.equal(r.mobile, '13800000000');
    assert.equal(r.postcode, null);
    assert.deepEqual(r.unparsed, []);
  });

  test('name and mobile first, full-width commas', () => {
    const r = parseAddress('张三，13800000000，北京市朝阳区建国路88号', divisions);
    assert.equal(r.divisionPath.at(-1)?.code, '110105');
    assert.deepEqual(names(r.divisionPath), ['北京市', '北京市', '朝阳区']);
    assert.equal(r.detail, '建国路88号');
    assert.equal(r.recipient, '张三');
    assert.equal(r.mobile, '13800000000');
  });

  test('labels, +86 mobile with dashes, and a city without counties (东莞)', () => {
    const r = parseAddress('收件人：李四 电话：+86 139-1234-5678 地址：广东省东莞市松山湖园区科技一路1号', divisions);
    assert.deepEqual(codes(r.divisionPath).slice(0, 2), ['440000', '441900']);
    // 松山湖 is a township of 东莞; the detail carries on from it, so path + detail reads back the line.
    assert.equal(names(r.divisionPath).join('') + r.detail, '广东省东莞市松山湖园区科技一路1号');
    assert.equal(r.recipient, '李四');
    assert.equal(r.mobile, '13912345678');
    assert.deepEqual(r.unparsed, []);
  });

  test('municipality (上海)', () => {
    const r = parseAddress('上海市浦东新区世纪大道100号 王五 13700000000', divisions);
    assert.deepEqual(codes(r.divisionPath), ['310000', '310100', '310115']);
    assert.equal(r.detail, '世纪大道100号');
    assert.equal(r.recipient, '王五');
    assert.equal(r.mobile, '13700000000');
  });

  test('short and partial division names: 河南新乡红旗区, 新乡市红旗区', () => {
    for (const line of [
      '河南新乡红旗区人民路12号 张三 13800000000',
      '新乡市红旗区人民路12号 张三 13800000000',
      '河南省 新乡市 红旗区 人民路12号 张三 13800000000',
    ]) {
      const r = parseAddress(line, divisions);
      assert.deepEqual(codes(r.divisionPath), ['410000', '410700', '410702'], line);
      assert.equal(r.detail, '人民路12号', line);
      assert.equal(r.recipient, '张三', line);
    }
  });

  test('a named township is part of the path', () => {
    const r = parseAddress('新乡市红旗区渠东街道人民路12号 张三 13800000000', divisions);
    assert.equal(r.divisionPath.at(-1)?.name, '渠东街道');
    assert.equal(r.divisionPath.at(-1)?.level, 'township');
    assert.equal(r.detail, '人民路12号');
  });

  test('mobile forms: 138-0000-0000, 138 0000 0000, 0086, full-width digits', () => {
    for (const [line, mobile] of [
      ['北京市朝阳区建国路88号 张三 138-0000-0000', '13800000000'],
      ['北京市朝阳区建国路88号 张三 138 0000 0000', '13800000000'],
      ['北京市朝阳区建国路88号 张三 0086 13912345678', '13912345678'],
      ['北京市朝阳区建国路８８号 张三 １３８００００００００', '13800000000'],
    ] as const) {
      const r = parseAddress(line, divisions);
      assert.equal(r.mobile, mobile, line);
      assert.equal(r.recipient, '张三', line);
      assert.equal(r.detail, '建国路88号', line);
    }
  });

  test('a name glued between the house number and the mobile', () => {
    const r = parseAddress('河南省新乡市红旗区人民路12号张三13800000000', divisions);
    assert.equal(r.detail, '人民路12号');
    assert.equal(r.recipient, '张三');
    assert.equal(r.mobile, '13800000000');
  });

  test('multi-line form as copied from a shopping app', () => {
    const r = parseAddress(
      '收货人：张三\n手机号码：13800000000\n所在地区：河南省 新乡市 红旗区\n详细地址：人民路12号 3号楼2单元301室\n邮编：453000',
      divisions,
    );
    assert.deepEqual(codes(r.divisionPath), ['410000', '410700', '410702']);
    assert.equal(r.detail, '人民路12号 3号楼2单元301室');
    assert.equal(r.recipient, '张三');
    assert.equal(r.mobile, '13800000000');
    assert.equal(r.postcode, '453000');
    assert.deepEqual(r.unparsed, []);
  });

  test('detail continues over several pieces; leftovers after the name are unparsed', () => {
    const r = parseAddress('北京市朝阳区建国路88号 SOHO现代城 A座1001室 王小明 13700000000 453000 请放门卫', divisions);
    assert.equal(r.detail, '建国路88号 SOHO现代城 A座1001室');
    assert.equal(r.recipient, '王小明');
    assert.equal(r.postcode, '453000');
    assert.deepEqual(r.unparsed, ['请放门卫']);
  });

  test('a standalone postcode and an address piece that is no name (东门)', () => {
    const r = parseAddress('河南省新乡市红旗区人民路12号 东门 453000 张三 13800000000', divisions);
    assert.equal(r.detail, '人民路12号 东门');
    assert.equal(r.postcode, '453000');
    assert.equal(r.recipient, '张三');
  });

  test('no division recognised: the address-like text is the detail', () => {
    const r = parseAddress('人民路12号 张三 13800000000', divisions);
    assert.deepEqual(r.divisionPath, []);
    assert.equal(r.detail, '人民路12号');
    assert.equal(r.recipient, '张三');
  });

  test('nothing recognisable: everything is unparsed', () => {
    const r = parseAddress('hello world 123', divisions);
    assert.deepEqual(r.divisionPath, []);
    assert.equal(r.detail, null);
    assert.equal(r.recipient, null);
    assert.equal(r.mobile, null);
    assert.deepEqual(r.unparsed, ['hello', 'world', '123']);
  });

  test('a number that is no mobile (landline, 12 digits) is not taken for one', () => {
    const r = parseAddress('河南省新乡市红旗区人民路12号 张三 0373-5551234 138000000001', divisions);
    assert.equal(r.mobile, null);
    assert.equal(r.recipient, '张三');
    assert.deepEqual(r.unparsed, ['0373-5551234', '138000000001']);
  });

  test('a recipient that happens to be a place name does not displace the address', () => {
    // 高明 is also 佛山市高明区.
    const r = parseAddress('河南省新乡市红旗区人民路12号 高明 13800000000', divisions);
    assert.deepEqual(codes(r.divisionPath), ['410000', '410700', '410702']);
    assert.equal(r.recipient, '高明');
  });
});

// ---------------------------------------------------------------------------
// Property: a generated line reads back to its parts.

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '欧阳',
  '司马',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂英',
  '建华',
  '志强',
  '文博',
  '子涵',
  '欣怡',
  '浩然',
  '雨萱',
  '梓轩',
  '一鸣',
];
const ROADS = [
  '人民路',
  '建设路',
  '解放大道',
  '中山路',
  '和平路',
  '文化路',
  '胜利街',
  '新华路',
  '光明大道',
  '幸福路',
  '学府路',
  '滨河东路',
  '健康路',
  '金穗大道',
  '平原路',
];
const SEPARATORS = [' ', '，', ',', '、', '；', '\n', '  '];

/** Every county (and county-like unit) with a real path, skipping 省直辖县级行政区划 groupings' own rows. */
function allCounties(): Division[] {
  const out: Division[] = [];
  const walk = (code?: string): void => {
    for (const d of divisions.children(code)) {
      if (d.level === 'county') out.push(d);
      else if (d.level !== 'township') walk(d.code);
    }
  };
  walk();
  return out;
}

// divisions.matchPrefix refuses a short name followed by one of these (新乡 + 县 is 新乡县,
// not 新乡市), so `贵州安顺镇宁…` stops at 贵州; such lines are left out of the property.
const AMBIGUOUS_AFTER_SHORT = /^[省市区县镇乡州盟旗路街道巷弄号]/;

/**
 * The division names as someone would type them: groupings and 市辖区/县 rows left out,
 * optionally short forms; null when the short form would be ambiguous (see above).
 */
function typedPath(path: Division[], short: boolean, skipRepeatedCity: boolean): string | null {
  const parts: Array<{ text: string; short: boolean }> = [];
  for (const [i, d] of path.entries()) {
    if (d.name.endsWith('直辖县级行政区划') || d.name === '市辖区' || d.name === '县') continue;
    if (skipRepeatedCity && i === 1 && d.name === path[0]!.name) continue;
    // Short forms for province and city only (河南新乡红旗区); counties are typed in full.
    const alt = short && d.level !== 'county' ? shortNames(d.name)[0] : undefined;
    parts.push({ text: alt ?? d.name, short: alt !== undefined });
  }
  for (const [k, p] of parts.entries()) {
    if (p.short && AMBIGUOUS_AFTER_SHORT.test(parts[k + 1]?.text ?? '')) return null;
  }
  return parts.map((p) => p.text).join('');
}

describe('parseAddress: property', () => {
  const counties = allCounties();

  test('province + city + county + road + number + name + mobile parses back to its parts', () => {
    const mobile = fc
      .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{9}$/), fc.constantFrom('plain', 'spaced', 'dashed', '+86'))
      .map(([second, rest, style]) => {
        const digits = `1${second}${rest}`;
        const text =
          style === 'spaced'
            ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`
            : style === 'dashed'
              ? `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`
              : style === '+86'
                ? `+86 ${digits}`
                : digits;
        return { digits, text };
      });
    fc.assert(
      fc.property(
        fc.constantFrom(...counties),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...ROADS),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(...SURNAMES),
        fc.constantFrom(...GIVEN),
        mobile,
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...SEPARATORS),
        (county, short, skipCity, road, no, surname, given, phone, sep1, sep2) => {
          const path = divisions.path(county.code);
          const name = surname + given;
          const typed = typedPath(path, short, skipCity);
          fc.pre(typed !== null);
          const line = `${typed}${road}${no}号${sep1}${name}${sep2}${phone.text}`;
          const r = parseAddress(line, divisions);
          assert.deepEqual(codes(r.divisionPath), codes(path), line);
          assert.equal(r.detail, `${road}${no}号`, line);
          assert.equal(r.recipient, name, line);
          assert.equal(r.mobile, phone.digits, line);
          assert.deepEqual(r.unparsed, [], line);
        },
      ),
      { numRuns: 500 },
    );
  });
});
