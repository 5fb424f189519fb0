import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NO_VISIT_GAP_ITEMS_MAX, NO_VISIT_TARGET, doableWithoutVisit, isWebUrl } from '@yiwang/contract';
import type { HighlightRange, ItemDetail, ItemHit, ItemSearchQuery } from '@yiwang/contract';
import { seedDepartments } from '../seed/departments.ts';
import { seedItems } from '../seed/items/index.ts';
import { realCatalogItems } from '@yiwang/test/fixtures/real-catalog';
import { KEYWORD_SEPARATOR, POINTS, createCatalogIndex } from './search.ts';
import { fold, pinyinForms, pinyinKeys, pinyinTokens, termToPinyin } from './pinyin.ts';
import { EMPTY_DICTIONARY, compileDictionary } from './dictionary.ts';

const index = createCatalogIndex(seedDepartments, seedItems);
const everything = (q: string, extra: Partial<ItemSearchQuery> = {}) => index.search({ q, pageSize: 100, ...extra });
const names = (hits: ItemHit[]) => hits.map((h) => h.item.name);
const GETI = '个体工商户设立登记';

/** The text a highlight range points into. */
function fieldText(hit: { item: { name: string; departmentName: string; keywords: string[] } }, range: HighlightRange): string {
  const { item } = hit;
  const text =
    range.field === 'name' ? item.name : range.field === 'departmentName' ? item.departmentName : item.keywords.join(KEYWORD_SEPARATOR);
  return text.slice(range.start, range.end);
}

function hitOf(result: { items: ItemHit[] }, name: string): ItemHit {
  const hit = result.items.find((h) => h.item.name === name);
  assert.ok(hit, `${name} is among ${names(result.items).join(', ')}`);
  return hit;
}

describe('pinyin', () => {
  test('syllables are aligned to characters and read polyphones in context', () => {
    const tokens = pinyinTokens('银行行政重庆');
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['yin', 'hang', 'xing', 'zheng', 'chong', 'qing'],
    );
    assert.deepEqual(
      tokens.map((t) => [t.start, t.end]),
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [5, 6],
      ],
    );
  });

  test('ü is v, letter/digit runs are single lowercase tokens, punctuation maps to itself', () => {
    const tokens = pinyinTokens('绿色ICP证（B2B）');
    assert.deepEqual(
      tokens.map((t) => [t.text, t.kind]),
      [
        ['lv', 'zh'],
        ['se', 'zh'],
        ['icp', 'alnum'],
        ['zheng', 'zh'],
        ['(', 'other'],
        ['b2b', 'alnum'],
        [')', 'other'],
      ],
    );
    assert.deepEqual([tokens[2]!.start, tokens[2]!.end], [2, 5]);
    const forms = pinyinForms('绿色ICP证（B2B）');
    assert.equal(forms.full, 'lvseicpzhengb2b');
    assert.equal(forms.initials, 'lsicpzb2b');
  });

  test('the index keys agree with the highlight forms', () => {
    for (const text of ['绿色ICP证（B2B）', '个体工商户设立登记', '（县级）银行 12号', '', 'abc']) {
      const forms = pinyinForms(text);
      const keys = pinyinKeys(text);
      assert.equal(keys.full, forms.full);
      assert.equal(keys.initials, forms.initials);
      const starts = forms.fullToken.flatMap((t, k) => (k === 0 || forms.fullToken[k - 1] !== t ? [k] : []));
      assert.deepEqual(keys.starts, starts, text);
    }
  });

  test('mixed Chinese and pinyin terms spell out in pinyin', () => {
    assert.equal(termToPinyin('营业zhizhao'), 'yingyezhizhao');
  });
});

describe('polyphones and the dictionary', () => {
  const template = seedItems[0]!;
  const fixture = createCatalogIndex(seedDepartments, [
    { ...template, id: 'a', name: '成都银行开户证明', keywords: [] },
    { ...template, id: 'b', name: '烟草专卖零售许可证新办', keywords: [] },
    { ...template, id: 'c', name: '安装简单的设备备案', keywords: [] },
  ]);
  const ids = (q: string) => fixture.search({ q }).items.map((h) => h.item.id);

  test('a polyphone takes its reading in the word, in full pinyin and initials', () => {
    assert.equal(pinyinKeys('成都').full, 'chengdu');
    assert.equal(pinyinKeys('银行').full, 'yinhang');
    for (const q of ['chengdu', 'cd', 'yinhang', 'yh', 'chengduyinhang', 'cdyh']) assert.deepEqual(ids(q), ['a'], q);
    for (const q of ['chengdou', 'yinxing', 'yx']) assert.deepEqual(ids(q), [], q);
  });

  test('unspaced words match in any order, inside longer words, with fillers', () => {
    assert.deepEqual(ids('烟草零售'), ['b']);
    assert.deepEqual(ids('零售烟草'), ['b']);
    assert.deepEqual(ids('我要办理烟草新办'), ['b']);
    assert.deepEqual(ids('简单'), ['c']);
    assert.deepEqual(ids('设备简单'), ['c']);
    assert.deepEqual(ids('烟草火星'), ['b']); // characters occurring nowhere are dropped …
    assert.deepEqual(ids('火星'), []); // … unless nothing else is left
  });

  test('a dictionary is validated on load', () => {
    assert.throws(() => compileDictionary({ synonyms: [{ type: 'synonym', synonyms: ['只有一个'] }], fillers: [] }));
    assert.throws(() => compileDictionary({ synonyms: [{ type: 'oneWaySynonym', synonyms: ['a'] }], fillers: [] }));
    const own = compileDictionary({ synonyms: [{ type: 'oneWaySynonym', input: '卖烟', synonyms: ['烟草 零售'] }], fillers: ['想'] });
    const custom = createCatalogIndex(seedDepartments, [{ ...template, id: 'b', name: '烟草专卖零售许可证新办', keywords: [] }], own);
    assert.equal(custom.search({ q: '卖烟' }).total, 1);
    assert.equal(custom.search({ q: '想卖烟' }).total, 1);
  });
});

describe('matching', () => {
  for (const q of ['营业执照', 'yyzz', 'yingyezhizhao', 'yingye', 'YYZZ', '营业zhizhao']) {
    test(`${q} finds ${GETI} (its keyword) and the items named with 营业执照`, () => {
      const result = everything(q);
      const geti = hitOf(result, GETI);
      const keywordRanges = geti.highlights.filter((r) => r.field === 'keywords');
      assert.ok(keywordRanges.length > 0);
      const expected = q === 'yingye' ? '营业' : '营业执照';
      for (const r of keywordRanges) assert.equal(fieldText(geti, r), expected);
      // An item whose NAME holds the words ranks above those that only list it as a keyword.
      const named = result.items.filter((h) => h.item.name.includes('营业执照'));
      assert.ok(named.length > 0);
      assert.ok(names(result.items).indexOf(named[0]!.item.name) < names(result.items).indexOf(GETI));
      for (const h of named) {
        const nameRanges = h.highlights.filter((r) => r.field === 'name');
        assert.ok(
          nameRanges.some((r) => fieldText(h, r) === expected),
          `${h.item.name}: ${JSON.stringify(nameRanges)}`,
        );
      }
    });
  }

  test('every hit of a Chinese term contains the whole term', () => {
    const shortNames = new Map(seedDepartments.map((d) => [d.id, d.shortName]));
    for (const q of ['营业执法', '执照遗失补领', '登记', '证明', '不动产权']) {
      for (const hit of everything(q).items) {
        const texts = [
          hit.item.name,
          hit.item.keywords.join(KEYWORD_SEPARATOR),
          hit.item.departmentName,
          shortNames.get(hit.item.departmentId)!,
        ];
        assert.ok(
          texts.some((t) => t.includes(q)),
          `${q}: ${hit.item.name}`,
        );
      }
    }
    assert.ok(everything('执照遗失补领').total >= 1);
    // Each pair of characters occurs somewhere, the whole term nowhere.
    const template = seedItems[0]!;
    const pairs = createCatalogIndex(seedDepartments, [
      { ...template, id: 'a', name: '营业执照', keywords: ['开店'] },
      { ...template, id: 'b', name: '执照遗失', keywords: ['补办执照'] },
    ]);
    assert.equal(pairs.search({ q: '业执照遗' }).total, 0);
    assert.equal(pairs.search({ q: '办执照' }).total, 1);
    assert.equal(pairs.search({ q: '照遗失' }).total, 1);
  });

  test('a pinyin match must start on a syllable boundary', () => {
    // "ingye" is inside "yingye" but starts mid-syllable.
    assert.equal(everything('ingyezhizhao').total, 0);
  });

  test('every term must match (AND), each somewhere', () => {
    const both = everything('个体 变更');
    assert.ok(both.total >= 1);
    for (const hit of both.items) {
      const text = [hit.item.name, hit.item.keywords.join(' '), hit.item.departmentName].join(' ');
      assert.ok(text.includes('个体') && text.includes('变更'), hit.item.name);
      const ranges = hit.highlights.filter((r) => r.field === 'name').map((r) => fieldText(hit, r));
      assert.ok(ranges.includes('个体') && ranges.includes('变更'), JSON.stringify(ranges));
    }
    assert.ok(both.total < everything('个体').total);
    assert.ok(both.total < everything('变更').total);
    assert.equal(everything('个体 火星').total, 0);
  });

  test('a term may match the department only', () => {
    const result = everything('公积金管理部');
    assert.ok(result.total > 0);
    for (const hit of result.items) assert.equal(hit.item.departmentId, seedDepartments.find((d) => d.shortName === '公积金管理部')!.id);
    // Two terms: a department and a word of the name narrow each other down.
    const narrowed = everything('公积金管理部 提取');
    assert.ok(narrowed.total >= 1 && narrowed.total < result.total);
    assert.ok(narrowed.items.every((h) => h.item.name.includes('提取') || h.item.keywords.some((k) => k.includes('提取'))));
  });

  test('empty or blank q with no filters returns the whole catalog in catalog order', () => {
    for (const q of [undefined, '', '   ']) {
      const result = index.search({ ...(q === undefined ? {} : { q }), pageSize: 100 });
      assert.equal(result.total, seedItems.length);
      assert.deepEqual(
        result.items.map((h) => h.item.id),
        seedItems.slice(0, 100).map((i) => i.id),
      );
      assert.ok(result.items.every((h) => h.highlights.length === 0));
    }
  });
});

describe('ranking', () => {
  test('exact name > name prefix > name substring > keyword > pinyin > initials > department', () => {
    const exact = everything('生育登记');
    assert.equal(exact.items[0]!.item.name, '生育登记');
    assert.equal(exact.items[0]!.score, POINTS.nameExact);

    const prefix = everything('个体工商户');
    assert.ok(prefix.items.slice(0, 3).every((h) => h.item.name.startsWith('个体工商户')));
    assert.equal(prefix.items[0]!.score, POINTS.namePrefix);

    const scores = everything('营业执照').items.map((h) => h.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    assert.ok(scores.includes(POINTS.namePrefix) && scores.includes(POINTS.keywordExact));
  });

  test('the full ladder on a fixture', () => {
    const template = seedItems[0]!;
    const fixture = (id: string, name: string, keywords: string[], departmentId = 'scjg'): ItemDetail => ({
      ...template,
      id,
      name,
      keywords,
      departmentId,
      departmentName: seedDepartments.find((d) => d.id === departmentId)!.name,
    });
    const items = [
      fixture('dept', '一件事联办', [], 'xzsp'),
      fixture('kw-initials', '开店', ['yyzz办理']),
      fixture('keyword', '个体户开业', ['营业执照']),
      fixture('inside', '补领营业执照', []),
      fixture('prefix', '营业执照补领', []),
      fixture('exact', '营业执照', []),
      fixture('keyword-inside', '开门店', ['办营业执照']),
    ];
    const ladder = createCatalogIndex(seedDepartments, items);
    const order = (q: string) => ladder.search({ q }).items.map((h) => `${h.item.id}:${h.score}`);
    assert.deepEqual(order('营业执照'), [
      `exact:${POINTS.nameExact}`,
      `prefix:${POINTS.namePrefix}`,
      `inside:${POINTS.name}`,
      `keyword:${POINTS.keywordExact}`,
      `keyword-inside:${POINTS.keyword}`,
    ]);
    assert.deepEqual(order('yingyezhizhao'), [
      `exact:${POINTS.pinyinNameExact}`,
      `prefix:${POINTS.pinyinNamePrefix}`,
      `inside:${POINTS.pinyinName}`,
      // Equal points: the shorter name (开门店) first.
      `keyword-inside:${POINTS.pinyinKeyword}`,
      `keyword:${POINTS.pinyinKeyword}`,
    ]);
    // kw-initials holds the literal text "yyzz" in a keyword: a keyword text match beats initials.
    assert.deepEqual(order('yyzz'), [
      `kw-initials:${POINTS.keyword}`,
      `exact:${POINTS.initialsNameExact}`,
      `prefix:${POINTS.initialsNamePrefix}`,
      `inside:${POINTS.initialsName}`,
      `keyword-inside:${POINTS.initialsKeyword}`,
      `keyword:${POINTS.initialsKeyword}`,
    ]);
    // A department-only match ranks last; two terms add up.
    assert.deepEqual(order('审批'), [`dept:${POINTS.department}`]);
    assert.deepEqual(order('市场监管 营业执照')[0], `exact:${POINTS.nameExact + POINTS.department}`);
  });

  test('ties go to shorter names, then catalog order', () => {
    const hits = everything('登记').items;
    for (let k = 1; k < hits.length; k++) {
      const [a, b] = [hits[k - 1]!, hits[k]!];
      if (a.score !== b.score) continue;
      assert.ok(a.item.name.length <= b.item.name.length, `${a.item.name} before ${b.item.name}`);
      if (a.item.name.length === b.item.name.length) {
        assert.ok(seedItems.findIndex((i) => i.id === a.item.id) < seedItems.findIndex((i) => i.id === b.item.id));
      }
    }
  });
});

describe('filters and facets', () => {
  const all = everything('登记').items;
  const matchIds = new Set(all.map((h) => h.item.id));
  const matching = seedItems.filter((i) => matchIds.has(i.id));

  test('the department facet ignores the department filter but honours audience', () => {
    const result = everything('登记', { department: 'scjg', audience: 'person' });
    assert.ok(result.total > 0);
    assert.ok(result.items.every((h) => h.item.departmentId === 'scjg' && h.item.audiences.includes('person')));
    for (const facet of result.facets.department) {
      const expected = matching.filter((i) => i.departmentId === facet.value && i.audiences.includes('person')).length;
      assert.equal(facet.count, expected, facet.value);
    }
    const departmentsWithPersonItems = new Set(matching.filter((i) => i.audiences.includes('person')).map((i) => i.departmentId));
    assert.equal(result.facets.department.length, departmentsWithPersonItems.size);
    assert.ok(result.facets.department.length > 1, 'other departments are offered although the filter is on scjg');
    // The audience facet ignores the audience filter but honours the department.
    for (const facet of result.facets.audience) {
      const expected = matching.filter((i) => i.departmentId === 'scjg' && i.audiences.includes(facet.value as 'person')).length;
      assert.equal(facet.count, expected, facet.value);
    }
    assert.deepEqual(
      result.facets.audience.map((f) => f.label),
      result.facets.audience.map((f) => ({ person: '自然人', enterprise: '法人' })[f.value as 'person']),
    );
  });

  test('facet labels are Chinese', () => {
    const facets = index.search({}).facets;
    const scjg = facets.department.find((f) => f.value === 'scjg');
    assert.equal(scjg?.label, '市场监管局');
    assert.ok(facets.type.some((f) => f.value === 'licensing' && f.label === '行政许可'));
    assert.deepEqual(Object.fromEntries(facets.channel.map((f) => [f.value, f.label])), {
      online: '全程网办',
      express: '快递送达',
      agency: '帮办代办',
      offline: '窗口办理',
    });
    assert.equal(
      facets.department.reduce((s, f) => s + f.count, 0),
      seedItems.length,
    );
  });

  test('zeroVisit keeps only items doable without a visit (不见面), and its facet counts them', () => {
    const zero = seedItems.filter((i) => i.visitsRequired === 0 && (i.formId !== null || i.applyUrl !== undefined));
    const result = index.search({ zeroVisit: true, pageSize: 100 });
    assert.equal(result.total, zero.length);
    assert.deepEqual(
      result.items.map((h) => h.item.id),
      zero.map((i) => i.id),
    );
    assert.equal(index.search({}).facets.zeroVisit, zero.length);
    assert.ok(zero.length < seedItems.filter((i) => i.visitsRequired === 0).length, 'the seed declares 零跑动 items with no online path');
  });

  test('不见面 needs a declared zero visits and a working way to apply: a form that exists or an http(s) applyUrl', () => {
    const template = seedItems.find((i) => i.visitsRequired === 0 && i.formId === null && i.applyUrl === undefined)!;
    const variants: Array<[Partial<ItemDetail>, boolean]> = [
      [{}, false], // declared 零跑动, nothing to apply with
      [{ formId: 'form-here' }, true],
      [{ formId: 'form-gone' }, false], // the form does not exist
      [{ applyUrl: 'https://zwfw.example.org/apply/1' }, true],
      [{ applyUrl: 'javascript:alert(1)' }, false],
      [{ applyUrl: '/relative/page' }, false],
      [{ visitsRequired: 1, formId: 'form-here' }, false], // visits declared: never 不见面
      [{ visitsRequired: 2, applyUrl: 'https://zwfw.example.org/apply/2' }, false],
    ];
    const items = variants.map(([change], k) => ({ ...template, ...change, id: `v${k}`, name: `事项${k}` }));
    const fixture = createCatalogIndex(seedDepartments, items, undefined, (formId) => formId === 'form-here');
    const expected = variants.flatMap(([, counts], k) => (counts ? [`v${k}`] : []));
    assert.deepEqual(
      fixture.search({ zeroVisit: true, pageSize: 100 }).items.map((h) => h.item.id),
      expected,
    );
    assert.equal(fixture.search({}).facets.zeroVisit, expected.length);
    assert.equal(fixture.stats().total.zeroVisitItems, expected.length);
    // The declared visits stay data.
    assert.equal(fixture.get('v0')!.visitsRequired, 0);
  });

  test('filters combine with AND', () => {
    const result = index.search({ type: 'licensing', channel: 'express', audience: 'enterprise', pageSize: 100 });
    const expected = seedItems.filter(
      (i) => i.type === 'licensing' && i.channels.includes('express') && i.audiences.includes('enterprise'),
    );
    assert.equal(result.total, expected.length);
    assert.deepEqual(
      result.items.map((h) => h.item.id),
      expected.map((i) => i.id),
    );
    const typeFacet = result.facets.type.find((f) => f.value === 'licensing');
    assert.equal(typeFacet?.count, expected.length);
  });

  test('an unknown department matches nothing', () => {
    assert.equal(index.search({ department: 'no-such' }).total, 0);
  });
});

describe('paging and sorting', () => {
  test('pages split the results and keep the total', () => {
    const first = index.search({ q: '登记', page: 1, pageSize: 5 });
    const second = index.search({ q: '登记', page: 2, pageSize: 5 });
    const whole = everything('登记');
    assert.equal(first.total, whole.total);
    assert.equal(second.total, whole.total);
    assert.deepEqual(
      [...first.items, ...second.items].map((h) => h.item.id),
      whole.items.slice(0, 10).map((h) => h.item.id),
    );
    const beyond = index.search({ q: '登记', page: 1000, pageSize: 5 });
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, whole.total);
    assert.equal(beyond.page, 1000);
  });

  test('defaults: page 1, 10 per page', () => {
    const result = index.search({});
    assert.equal(result.page, 1);
    assert.equal(result.pageSize, 10);
    assert.equal(result.items.length, 10);
  });

  test('promised_days sorts ascending', () => {
    const days = everything('', { sort: 'promised_days' }).items.map((h) => h.item.promisedLimitDays);
    assert.deepEqual(
      days,
      [...days].sort((a, b) => a - b),
    );
    assert.ok(days[0]! < days[days.length - 1]!);
    const withQ = everything('登记', { sort: 'promised_days' }).items.map((h) => h.item.promisedLimitDays);
    assert.deepEqual(
      withQ,
      [...withQ].sort((a, b) => a - b),
    );
  });

  test('name sorts in zh-CN collation (pinyin order)', () => {
    const got = everything('证', { sort: 'name' }).items.map((h) => h.item.name);
    const collator = new Intl.Collator('zh-CN');
    assert.deepEqual(got, [...got].sort(collator.compare));
    assert.ok(got.length > 3);
  });
});

describe('suggest, hot, stats, lookups', () => {
  test('suggest returns at most limit items with name highlights', () => {
    const suggestions = index.suggest('yyzz', 3);
    assert.ok(suggestions.length >= 1 && suggestions.length <= 3);
    const first = suggestions[0]!;
    assert.ok(first.text.includes('营业执照'));
    const ranges = first.highlights.filter((r) => r.field === 'name');
    assert.deepEqual(
      ranges.map((r) => first.text.slice(r.start, r.end)),
      ['营业执照'],
    );
    assert.ok(suggestions.every((s) => s.highlights.every((r) => r.field !== 'keywords')));
    assert.equal(index.suggest('登记', 20).length, 20);
    assert.deepEqual(index.suggest('火星殖民', 5), []);
  });

  test('hot lists items doable without a visit first (a form here or an apply link elsewhere), deterministically', () => {
    const hot = index.hot(5);
    assert.equal(hot.length, 5);
    // This index counts every form as existing.
    assert.ok(hot.every((i) => doableWithoutVisit(index.get(i.id)!, () => true)));
    // Where no form exists here, items applied for on another platform (an applyUrl) come first.
    const noForms = createCatalogIndex(seedDepartments, seedItems, undefined, () => false);
    assert.ok(noForms.hot(3).every((i) => isWebUrl(noForms.get(i.id)!.applyUrl)));
    assert.deepEqual(index.hot(5), hot);
    assert.equal(index.hot(50).length, 20);
  });

  test('stats: per department items, 不见面 items and ratio, agreeing with the zeroVisit filter', () => {
    const stats = index.stats();
    assert.equal(stats.total.items, seedItems.length);
    assert.equal(stats.total.zeroVisitItems, index.search({ zeroVisit: true }).total);
    assert.equal(stats.departments.length, seedDepartments.length);
    assert.equal(
      stats.departments.reduce((s, d) => s + d.items, 0),
      stats.total.items,
    );
    assert.equal(
      stats.departments.reduce((s, d) => s + d.zeroVisitItems, 0),
      stats.total.zeroVisitItems,
    );
    for (const d of stats.departments) {
      const own = seedItems.filter((i) => i.departmentId === d.departmentId);
      assert.equal(d.items, own.length);
      assert.equal(d.zeroVisitItems, index.search({ zeroVisit: true, department: d.departmentId }).total);
      assert.equal(d.ratio, d.items ? d.zeroVisitItems / d.items : 0);
    }
  });

  test('督查: every department below 90 % is listed with the items that keep it there, and none other', () => {
    const stats = index.stats();
    const below = stats.departments.filter((d) => d.ratio < NO_VISIT_TARGET);
    assert.ok(below.length > 0 && below.length < stats.departments.length, 'the seed has departments on both sides of the target');
    assert.deepEqual(
      stats.gaps!.map((g) => g.departmentId),
      below.map((d) => d.departmentId),
    );
    for (const gap of stats.gaps!) {
      const d = below.find((b) => b.departmentId === gap.departmentId)!;
      const blocking = d.items - d.zeroVisitItems;
      assert.equal(gap.items.length + gap.more, blocking);
      assert.ok(gap.items.length <= NO_VISIT_GAP_ITEMS_MAX);
      // `needed` more items reach the target, one fewer does not.
      assert.ok((d.zeroVisitItems + gap.needed) / d.items >= NO_VISIT_TARGET);
      assert.ok((d.zeroVisitItems + gap.needed - 1) / d.items < NO_VISIT_TARGET);
      for (const entry of gap.items) {
        const item = seedItems.find((i) => i.id === entry.id)!;
        assert.equal(entry.name, item.name);
        assert.equal(entry.reason, item.visitsRequired === 0 ? 'no_online_path' : 'visits_required');
      }
    }
  });

  test('督查: at most ten items per department, declared zero-visit ones first, the rest counted', () => {
    const template = seedItems.find((i) => i.departmentId === seedDepartments[0]!.id)!;
    const item = (k: number, change: Partial<ItemDetail>): ItemDetail => ({
      ...template,
      id: `g${k}`,
      name: `事项${k}`,
      formId: null,
      ...change,
    });
    const items = [
      ...Array.from({ length: 8 }, (_, k) => item(k, { visitsRequired: 1 + (k % 2) })),
      ...Array.from({ length: 6 }, (_, k) => item(8 + k, { visitsRequired: 0 })),
      ...Array.from({ length: 6 }, (_, k) => item(14 + k, { visitsRequired: 0, applyUrl: `https://zwfw.example.org/${k}` })),
    ];
    const stats = createCatalogIndex(seedDepartments, items).stats();
    const [gap] = stats.gaps!;
    assert.equal(stats.gaps!.length, 1);
    assert.equal(gap!.departmentId, seedDepartments[0]!.id);
    // 6 of 20 counted; 18 reach 90 %.
    assert.equal(gap!.needed, 12);
    assert.deepEqual(
      gap!.items.map((i) => i.id),
      ['g8', 'g9', 'g10', 'g11', 'g12', 'g13', 'g0', 'g2', 'g4', 'g6'],
    );
    assert.deepEqual(
      gap!.items.map((i) => i.reason),
      [...Array(6).fill('no_online_path'), ...Array(4).fill('visits_required')],
    );
    assert.equal(gap!.more, 4);
  });

  test('督查: the payload stays bounded on a 10,000-item catalog', () => {
    const template = seedItems[0]!;
    const items = Array.from({ length: 10_000 }, (_, k) => ({
      ...template,
      id: `big-${k}`,
      departmentId: seedDepartments[k % seedDepartments.length]!.id,
      formId: null,
    }));
    const stats = createCatalogIndex(seedDepartments, items).stats();
    assert.equal(stats.gaps!.length, seedDepartments.length);
    const listed = stats.gaps!.reduce((s, g) => s + g.items.length, 0);
    assert.equal(listed, seedDepartments.length * NO_VISIT_GAP_ITEMS_MAX);
    assert.equal(listed + stats.gaps!.reduce((s, g) => s + g.more, 0), 10_000);
  });

  test('get and departments', () => {
    const geti = seedItems.find((i) => i.name === GETI)!;
    assert.equal(index.get(geti.id), geti);
    assert.equal(index.get('no-such'), undefined);
    const departments = index.departments();
    assert.deepEqual(
      departments.map((d) => d.id),
      seedDepartments.map((d) => d.id),
    );
    for (const d of departments) assert.equal(d.itemCount, seedItems.filter((i) => i.departmentId === d.id).length);
  });

  test('search results are summaries, without the guide', () => {
    const hit = index.search({ q: GETI }).items[0]!;
    assert.equal(hit.item.name, GETI);
    assert.equal('guide' in hit.item, false);
  });
});

describe('real catalog names (广安区, 1,135 items)', () => {
  const { departments, items } = realCatalogItems();
  // Without the dictionary: these properties are about matching text as typed (synonyms widen results on purpose).
  const realIndex = createCatalogIndex(departments, items, EMPTY_DICTIONARY);

  test('a random 2–4 character substring of a real name finds that item, highlighted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: items.length - 1 }), fc.integer({ min: 2, max: 4 }), fc.nat(), (k, length, offset) => {
        const name = items[k]!.name;
        const len = Math.min(length, name.length);
        const start = offset % (name.length - len + 1);
        const q = name.slice(start, start + len).trim();
        fc.pre(q.length > 0 && !/\s/.test(q));
        const first = realIndex.search({ q, pageSize: 1 });
        assert.ok(first.total >= 1);
        // Walk the pages until the item shows up.
        let found: ItemHit | undefined;
        for (let page = 1; !found && (page - 1) * 100 < first.total; page++) {
          found = realIndex.search({ q, page, pageSize: 100 }).items.find((h) => h.item.id === items[k]!.id);
        }
        assert.ok(found, `${q} finds ${name}`);
        assert.ok(found.highlights.some((r) => r.field === 'name' && fold(name.slice(r.start, r.end)).includes(fold(q))));
      }),
      { numRuns: 300 },
    );
  });

  test('two substrings of a real name together (AND) still find it, and only items holding both', () => {
    const piece = (name: string, at: number, length: number) => {
      const len = Math.min(length, name.length);
      const start = at % (name.length - len + 1);
      return name.slice(start, start + len);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: items.length - 1 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 }), (k, a, b, length) => {
        const name = items[k]!.name;
        const terms = [piece(name, a, length), piece(name, b, length + 1)];
        fc.pre(terms.every((t) => t.length > 0 && !/\s/.test(t)));
        const result = realIndex.search({ q: terms.join(' '), pageSize: 100 });
        const ids: string[] = [];
        for (let page = 1; (page - 1) * 100 < result.total; page++)
          ids.push(...realIndex.search({ q: terms.join(' '), page, pageSize: 100 }).items.map((h) => h.item.id));
        assert.ok(ids.includes(items[k]!.id), `${terms.join(' ')} finds ${name}`);
        // Terms with letters also match pinyin; the rest must occur as text.
        if (terms.some((t) => /[A-Za-zＡ-Ｚａ-ｚ]/.test(t))) return;
        // Matching is insensitive to case and width: （ matches (.
        for (const hit of result.items) {
          const text = fold(`${hit.item.name} ${hit.item.departmentName}`);
          assert.ok(
            terms.every((t) => text.includes(fold(t))),
            `${terms.join(' ')}: ${hit.item.name}`,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the pinyin and the initials of a real name find it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: items.length - 1 }), (k) => {
        const name = items[k]!.name;
        const forms = pinyinForms(name);
        for (const q of [forms.full.slice(0, 60), forms.initials.slice(0, 40)]) {
          if (!q) continue;
          const ids = new Set<string>();
          const total = realIndex.search({ q, pageSize: 1 }).total;
          for (let page = 1; (page - 1) * 100 < total; page++)
            for (const h of realIndex.search({ q, page, pageSize: 100 }).items) ids.add(h.item.id);
          assert.ok(ids.has(items[k]!.id), `${q} finds ${name}`);
        }
      }),
      { numRuns: 100 },
    );
  });
});
