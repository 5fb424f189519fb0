import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDivisionIndex, shortNames } from './divisions.ts';
import type { Division, DivisionData } from './divisions.ts';
import { loadDivisionData } from './load.ts';

const data = loadDivisionData();
const index = createDivisionIndex(data);
const codes = (ds: Division[]): string[] => ds.map((d) => d.code);
const names = (ds: Division[]): string[] => ds.map((d) => d.name);

test('root children are the provincial-level units of the data, sorted by code', () => {
  const provinces = index.children();
  assert.equal(provinces.length, data.children['']!.length);
  assert.equal(provinces.length, 34); // 31 in the statistics + 台湾/香港/澳门
  assert.deepEqual(codes(provinces), [...codes(provinces)].sort());
  assert.ok(provinces.every((p) => p.level === 'province' && p.parentCode === null));
  for (const code of ['710000', '810000', '820000']) {
    const p = index.get(code);
    assert.equal(p?.hasChildren, false, code);
    assert.deepEqual(index.children(code), []);
  }
  assert.equal(index.get('410000')?.hasChildren, true);
});

test('counts per level agree with the file meta', () => {
  const counts = { province: 0, city: 0, county: 0, township: 0 };
  const walk = (parent?: string): void => {
    for (const d of index.children(parent)) {
      counts[d.level]++;
      walk(d.code);
    }
  };
  walk();
  assert.deepEqual(counts, (data.meta as { counts: typeof counts }).counts);
});

test('municipality: 北京市 -> 北京市 (110100) -> 东城区', () => {
  const path = index.path('110101');
  assert.deepEqual(codes(path), ['110000', '110100', '110101']);
  assert.deepEqual(names(path), ['北京市', '北京市', '东城区']);
  assert.deepEqual(
    path.map((d) => d.level),
    ['province', 'city', 'county'],
  );
  assert.equal(path[2]!.parentCode, '110100');
  // 重庆 keeps both real city-level codes.
  assert.deepEqual(codes(index.children('500000')), ['500100', '500200']);
  assert.deepEqual(codes(index.path('500229')), ['500000', '500200', '500229']);
});

test('province-administered county 济源 (419001) goes through 419000', () => {
  assert.deepEqual(codes(index.path('419001')), ['410000', '419000', '419001']);
  assert.equal(index.get('419000')?.level, 'city');
  assert.equal(index.get('419001')?.level, 'county');
  assert.deepEqual(codes(index.path('429004')), ['420000', '429000', '429004']);
});

test('cities without counties hold their townships directly', () => {
  for (const city of ['441900', '442000', '460400', '620200']) {
    const towns = index.children(city);
    assert.ok(towns.length > 0, city);
    for (const t of towns) {
      assert.equal(t.level, 'township');
      assert.equal(t.parentCode, city);
      assert.match(t.code, /^\d{9}$/);
    }
  }
  assert.deepEqual(codes(index.path('441900003')), ['440000', '441900', '441900003']);
  assert.equal(index.get('620201'), undefined); // the statistics' pseudo-county is dropped
});

test('township codes have 9 digits and start with their county code', () => {
  const towns = index.children('410702');
  assert.ok(towns.length > 0);
  for (const t of towns) {
    assert.match(t.code, /^410702\d{3}$/);
    assert.equal(t.level, 'township');
    assert.equal(t.hasChildren, false);
  }
});

test('pinyin and initials', () => {
  const xx = index.get('410700')!;
  assert.equal(xx.name, '新乡市');
  assert.equal(xx.pinyin, 'xinxiangshi');
  assert.equal(xx.initials, 'xxs');
  // place-name readings of polyphonic characters
  assert.equal(index.get('341500')?.pinyin, 'luanshi'); // 六安
  assert.equal(index.get('141100')?.pinyin, 'lvliangshi'); // 吕梁
  assert.equal(index.get('500000')?.pinyin, 'chongqingshi');
  assert.equal(index.get('350200')?.pinyin, 'xiamenshi');
  assert.equal(index.get('520000')?.pinyin, 'guizhousheng');
  assert.equal(index.get('330382')?.pinyin, 'yueqingshi'); // 乐清
  assert.equal(index.get('522701')?.pinyin, 'duyunshi'); // 都匀
});

test('search by pinyin and initials offers 新乡市 near the top', () => {
  for (const q of ['xinxiang', 'xx', 'XinXiang', 'xin xiang']) {
    const hits = codes(index.search(q));
    assert.ok(hits.slice(0, 3).includes('410700'), `${q}: ${hits.join(',')}`);
  }
});

test('search ranks exact name, then prefix, then substring', () => {
  const hits = index.search('新乡市');
  assert.equal(hits[0]?.code, '410700');
  const prefix = index.search('新乡');
  assert.equal(prefix[0]?.code, '410700');
  assert.ok(prefix.every((d) => d.name.includes('新乡')));
  const sub = index.search('乡市', { limit: 50 });
  assert.ok(codes(sub).includes('410700'));
  // syllable-aligned pinyin prefixes first: xian -> 西安 (xi an), not 香港 (xiang gang)
  const xian = codes(index.search('xian', { limit: 5 }));
  assert.ok(xian.includes('610100'), xian.join(','));
  assert.ok(!xian.includes('810000'), xian.join(','));
});

test('search options: limit, level, parentCode', () => {
  assert.equal(index.search('z').length, 20);
  assert.equal(index.search('z', { limit: 3 }).length, 3);
  assert.ok(index.search('z', { level: 'city' }).every((d) => d.level === 'city'));
  const inXinxiang = index.search('jiedao', { parentCode: '410700', limit: 100 });
  assert.ok(inXinxiang.length > 0);
  assert.ok(inXinxiang.every((d) => d.code.startsWith('4107') && d.code !== '410700'));
  assert.deepEqual(index.search('xx', { parentCode: '999999' }), []);
  assert.deepEqual(index.search('   '), []);
});

test('matchPrefix: full names', () => {
  const m = index.matchPrefix('河南省新乡市红旗区人民路12号');
  assert.deepEqual(names(m.path), ['河南省', '新乡市', '红旗区']);
  assert.equal(m.rest, '人民路12号');
});

test('matchPrefix: suffixes omitted', () => {
  const m = index.matchPrefix('河南新乡红旗区人民路12号');
  assert.deepEqual(codes(m.path), ['410000', '410700', '410702']);
  assert.equal(m.rest, '人民路12号');
});

test('matchPrefix: province skipped is inferred', () => {
  const m = index.matchPrefix('新乡市红旗区人民路12号');
  assert.deepEqual(names(m.path), ['河南省', '新乡市', '红旗区']);
  assert.equal(m.rest, '人民路12号');
});

test('matchPrefix: special structures', () => {
  assert.deepEqual(codes(index.matchPrefix('北京市东城区景山前街4号').path), ['110000', '110100', '110101']);
  assert.equal(index.matchPrefix('北京市东城区景山前街4号').rest, '景山前街4号');
  assert.deepEqual(codes(index.matchPrefix('河南济源市').path), ['410000', '419000', '419001']);
  assert.deepEqual(codes(index.matchPrefix('广东省东莞市长安镇').path), ['440000', '441900', '441900119']);
  assert.deepEqual(codes(index.matchPrefix('新乡县朗公庙镇').path), ['410000', '410700', '410721', '410721104']);
  assert.deepEqual(codes(index.matchPrefix('湖北恩施州').path), ['420000', '422800']);
  // 吉林市 is the city, not the province + 市
  assert.deepEqual(codes(index.matchPrefix('吉林市船营区').path), ['220000', '220200', '220204']);
});

test('matchPrefix: stops at street names and ambiguity', () => {
  const street = index.matchPrefix('北京市北京路1号');
  assert.deepEqual(codes(street.path), ['110000']);
  assert.equal(street.rest, '北京路1号');
  // 朝阳区 exists in 北京 and 长春: no guess
  assert.deepEqual(index.matchPrefix('朝阳区xx路').path, []);
  assert.deepEqual(index.matchPrefix('人民路12号'), { path: [], rest: '人民路12号' });
  const spaced = index.matchPrefix(' 河南省 新乡市，红旗区 人民路');
  assert.deepEqual(names(spaced.path), ['河南省', '新乡市', '红旗区']);
  assert.equal(spaced.rest, '人民路');
});

test('unknown codes', () => {
  assert.deepEqual(index.path('999999'), []);
  assert.deepEqual(index.path(''), []);
  assert.equal(index.get('999999'), undefined);
  assert.deepEqual(index.children('999999'), []);
});

test('shortNames', () => {
  assert.deepEqual(shortNames('河南省'), ['河南']);
  assert.deepEqual(shortNames('内蒙古自治区'), ['内蒙古']);
  assert.deepEqual(shortNames('广西壮族自治区'), ['广西']);
  assert.deepEqual(shortNames('恩施土家族苗族自治州'), ['恩施', '恩施州']);
  assert.deepEqual(shortNames('浦东新区'), ['浦东']);
  assert.deepEqual(shortNames('莒县'), []);
});

test('createDivisionIndex works on any data of the same shape (e.g. a browser subset)', () => {
  const small: DivisionData = {
    meta: {},
    children: {
      '': [['410000', '河南省', 'he nan sheng']],
      '410000': [['410700', '新乡市', 'xin xiang shi']],
      '410700': [['410702', '红旗区', 'hong qi qu', '453000']],
      '410702': [['410702001', '西街街道', 'xi jie jie dao']],
    },
  };
  const i = createDivisionIndex(small);
  assert.deepEqual(
    i.path('410702001').map((d) => d.level),
    ['province', 'city', 'county', 'township'],
  );
  assert.equal(i.get('410702')?.postcode, '453000');
  assert.equal('postcode' in i.get('410700')!, false);
  assert.equal(i.get('410702001')?.initials, 'xjjd');
});
