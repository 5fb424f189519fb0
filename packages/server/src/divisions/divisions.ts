// Lookup over China's administrative divisions (GB/T 2260 codes down to county,
// 9-digit statistical codes for townships). Pure: takes the parsed contents of
// data/divisions.json, so the same index runs in Node and in the browser (the
// mock). See data/DIVISIONS.md for where the data comes from.

export type Level = 'province' | 'city' | 'county' | 'township';

export type Division = {
  code: string;
  name: string;
  level: Level;
  parentCode: string | null;
  hasChildren: boolean;
  postcode?: string;
  /** Full pinyin, no tones, lowercase, no spaces; ü is written v (吕梁 -> lvliangshi). */
  pinyin: string;
  /** First letter of each syllable (新乡市 -> xxs). */
  initials: string;
};

/**
 * [code, name, pinyin syllables separated by single spaces ("xin xiang shi"), postcode?].
 * Pinyin and initials of a Division are derived from the syllables.
 */
export type DivisionTuple = [string, string, string] | [string, string, string, string];

export type DivisionData = {
  meta: Record<string, unknown>;
  /** Children by parent code, each list sorted by code; key "" holds the provinces. */
  children: Record<string, DivisionTuple[]>;
};

export type SearchOptions = {
  /** Only divisions below this one. */
  parentCode?: string;
  level?: Level;
  /** Default 20. */
  limit?: number;
};

export type PrefixMatch = {
  /** From province down to the deepest division matched (inferred levels included). */
  path: Division[];
  /** The text after the matched division names. */
  rest: string;
};

export type DivisionIndex = {
  get(code: string): Division | undefined;
  /** Children sorted by code; no code = the provincial-level units. Unknown code -> []. */
  children(parentCode?: string): Division[];
  /** Province first, the division itself last; [] if the code is unknown. */
  path(code: string): Division[];
  search(q: string, opts?: SearchOptions): Division[];
  matchPrefix(text: string): PrefixMatch;
};

type Node = {
  div: Division;
  /** Province ... parent; the node's depth is ancestors.length. */
  ancestors: Node[];
  children: Node[];
  /** Position in pre-order (code order within each parent); the subtree is [order, end). */
  order: number;
  end: number;
  nameLength: number;
  levelRank: number;
  /** Offsets in the joined pinyin where a syllable ends (xi|an|shi -> 2, 4, 7). */
  syllableEnds: number[];
  /** 省直辖县级行政区划 and the like: a grouping, not a place anyone types in pinyin. */
  grouping: boolean;
};

const LEVEL_RANK: Record<Level, number> = { province: 0, city: 1, county: 2, township: 3 };
const DEPTH_LEVELS: Level[] = ['province', 'city', 'county'];

// Generic endings stripped to get the name people write without its suffix
// (河南省 -> 河南, 恩施土家族苗族自治州 -> 恩施). Longest first.
const SUFFIXES = [
  '特别行政区',
  '民族苏木',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '民族乡',
  '街道',
  '地区',
  '新区',
  '林区',
  '特区',
  '矿区',
  '苏木',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
  '镇',
  '乡',
];
// Ethnic names as they appear before 自治州/自治县/民族乡 (some without 族).
const ETHNIC_NAMES = [
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '蒙古',
  '哈萨克',
  '柯尔克孜',
  '维吾尔',
  '达斡尔',
  '鄂温克',
  '锡伯',
  '塔吉克',
  '各族',
].sort((a, b) => b.length - a.length);

/**
 * The forms people write instead of the full name: without the administrative
 * suffix (河南省 -> 河南, 恩施土家族苗族自治州 -> 恩施) and, for autonomous units,
 * the customary abbreviation (恩施州, 长阳县). Stems shorter than 2 characters
 * are not offered (莒县 stays 莒县).
 */
export function shortNames(name: string): string[] {
  let stem = name;
  let suffix = '';
  for (const s of SUFFIXES) {
    if (name.endsWith(s) && name.length > s.length) {
      stem = name.slice(0, -s.length);
      suffix = s;
      break;
    }
  }
  // 内蒙古 must not lose 蒙古, so an ethnic name is only stripped if 2+ characters remain.
  for (let again = true; again;) {
    again = false;
    for (const e of ETHNIC_NAMES) {
      if (stem.endsWith(e) && stem.length - e.length >= 2) {
        stem = stem.slice(0, -e.length);
        again = true;
        break;
      }
    }
  }
  if (stem === name || [...stem].length < 2) return [];
  const abbreviated = ABBREVIATED_SUFFIX[suffix];
  return abbreviated ? [stem, stem + abbreviated] : [stem];
}

const ABBREVIATED_SUFFIX: Record<string, string> = { 自治州: '州', 自治县: '县', 自治旗: '旗' };

// After a short name (新乡 for 新乡市), these mean the text names something else:
// another division (新乡县) or a street (北京路, 卫滨大道).
const NOT_AFTER_SHORT_NAME = /^(?:[省市区县镇乡州盟旗路街道巷弄号]|大道|大街|大厦|广场|胡同|[东西南北中][路街])/;
const SEPARATORS = /^[\s,，、/]+/;

function normalizeQuery(q: string): string {
  return q
    .trim()
    .toLowerCase()
    .replace(/[\s'’]+/g, '')
    .replace(/ü/g, 'v');
}

function byCode(a: Node, b: Node): number {
  return a.div.code < b.div.code ? -1 : a.div.code > b.div.code ? 1 : 0;
}

export function createDivisionIndex(data: DivisionData): DivisionIndex {
  const byCodeMap = new Map<string, Node>();
  const all: Node[] = [];
  const roots: Node[] = [];

  const build = (parent: Node | null, tuples: DivisionTuple[]): Node[] => {
    const depth = parent ? parent.ancestors.length + 1 : 0;
    const nodes: Node[] = [];
    for (const t of tuples) {
      const [code, name, syllables, postcode] = t;
      const parts = syllables ? syllables.split(' ') : [];
      if (byCodeMap.has(code)) throw new Error(`duplicate division code ${code}`);
      const level: Level = code.length === 9 ? 'township' : (DEPTH_LEVELS[depth] ?? 'township');
      const div: Division = {
        code,
        name,
        level,
        parentCode: parent ? parent.div.code : null,
        hasChildren: (data.children[code]?.length ?? 0) > 0,
        pinyin: parts.join(''),
        initials: parts.map((p) => p[0]).join(''),
      };
      if (postcode) div.postcode = postcode;
      const node: Node = {
        div: Object.freeze(div),
        ancestors: parent ? [...parent.ancestors, parent] : [],
        children: [],
        order: 0,
        end: 0,
        nameLength: [...name].length,
        levelRank: LEVEL_RANK[level],
        syllableEnds: [],
        grouping: name.endsWith('直辖县级行政区划'),
      };
      let offset = 0;
      for (const p of parts) node.syllableEnds.push((offset += p.length));
      byCodeMap.set(code, node);
      nodes.push(node);
    }
    nodes.sort(byCode);
    for (const node of nodes) {
      node.order = all.length;
      all.push(node);
      node.children = build(node, data.children[node.div.code] ?? []);
      node.end = all.length;
    }
    return nodes;
  };
  roots.push(...build(null, data.children[''] ?? []));

  // Lowercased once here so that search does no per-query allocation per division.
  const names = all.map((n) => n.div.name);
  const pinyins = all.map((n) => n.div.pinyin.toLowerCase());
  const initialsList = all.map((n) => n.div.initials.toLowerCase());

  // Name (and suffix-less name) -> divisions, for matchPrefix.
  type NameHit = { node: Node; short: boolean };
  const nameIndex = new Map<string, NameHit[]>();
  let longestName = 0;
  const addName = (key: string, hit: NameHit): void => {
    let hits = nameIndex.get(key);
    if (!hits) nameIndex.set(key, (hits = []));
    hits.push(hit);
    longestName = Math.max(longestName, key.length);
  };
  for (const node of all) {
    addName(node.div.name, { node, short: false });
    // Township names repeat and their stems read like street names (景山 of
    // 景山街道 in 景山前街), so townships match by full name only.
    if (node.div.level === 'township') continue;
    for (const short of shortNames(node.div.name)) addName(short, { node, short: true });
  }

  const divisions = (nodes: Node[]): Division[] => nodes.map((n) => n.div);
  // Reused by every search (searches are synchronous, so never shared between two).
  const scoreBuffer = new Float64Array(all.length);

  const search = (q: string, opts: SearchOptions = {}): Division[] => {
    const query = normalizeQuery(q);
    const limit = opts.limit ?? 20;
    if (!query || limit <= 0) return [];
    let start = 0;
    let end = all.length;
    if (opts.parentCode !== undefined) {
      const parent = byCodeMap.get(opts.parentCode);
      if (!parent) return [];
      start = parent.order + 1;
      end = parent.end;
    }
    const levelRank = opts.level ? LEVEL_RANK[opts.level] : -1;
    // Pinyin fields are ASCII and names never are, so only one side can match.
    const latin = /^[a-z0-9]+$/.test(query);
    // Score = tier, then level, then name length, then code order, packed into
    // one number so that a Float64Array sort ranks the matches. Level goes before
    // length because 41k townships would otherwise bury the cities: `zz` must
    // offer 郑州市 before 张镇.
    const ORDER = 0x20000; // > number of divisions
    let count = 0;
    // Tiers: 0 exact name, 1 name prefix, 2 pinyin prefix ending on a syllable
    // boundary or initials prefix, 3 pinyin prefix inside a syllable (xian of
    // xiang gang), 4 substring. Substrings cannot outrank prefixes, so once
    // prefixes fill the page the (slower) substring test is skipped.
    let prefixes = 0;
    for (let i = start; i < end; i++) {
      const node = all[i]!;
      if (levelRank >= 0 && node.levelRank !== levelRank) continue;
      let tier: number;
      if (latin) {
        if (node.grouping) continue;
        const py = pinyins[i]!;
        if (py.startsWith(query)) tier = node.syllableEnds.includes(query.length) ? 2 : 3;
        else if (initialsList[i]!.startsWith(query)) tier = 2;
        else if (prefixes < limit && py.includes(query)) tier = 4;
        else continue;
      } else {
        const name = names[i]!;
        if (name === query) tier = 0;
        else if (name.startsWith(query)) tier = 1;
        else if (prefixes < limit && name.includes(query)) tier = 4;
        else continue;
      }
      if (tier < 4) prefixes++;
      scoreBuffer[count++] = ((tier * 4 + node.levelRank) * 64 + Math.min(node.nameLength, 63)) * ORDER + i;
    }
    const sorted = scoreBuffer.subarray(0, count).sort();
    const out: Division[] = [];
    for (let k = 0; k < count && out.length < limit; k++) out.push(all[sorted[k]! % ORDER]!.div);
    return out;
  };

  const matchPrefix = (text: string): PrefixMatch => {
    const path: Node[] = [];
    let pos = text.match(SEPARATORS)?.[0].length ?? 0;
    let current: Node | null = null;
    while (pos < text.length) {
      const from: Node | null = current;
      if (from?.div.level === 'township') break;
      const baseDepth = from ? from.ancestors.length + 1 : 0;
      // Levels may be skipped (新乡市… without the province): two below the
      // current division, three from the top; but a township only once a city
      // or county is known, since township names repeat across the country.
      const maxSkip = from ? 2 : 3;
      const allowTownship = from !== null && (from.div.level === 'city' || from.div.level === 'county');
      let best: { node: Node; length: number } | null = null;
      for (let len = Math.min(longestName, text.length - pos); len >= 1 && !best; len--) {
        const hits = nameIndex.get(text.slice(pos, pos + len));
        if (!hits) continue;
        const after = text.slice(pos + len);
        const usable = hits.filter(({ node, short }) => {
          if (from && node.ancestors[baseDepth - 1] !== from) return false;
          const rel = node.ancestors.length - baseDepth + 1;
          if (rel < 1 || rel > maxSkip) return false;
          if (node.div.level === 'township' && !allowTownship) return false;
          return !(short && NOT_AFTER_SHORT_NAME.test(after));
        });
        if (usable.length === 0) continue;
        // The shallowest reading wins (河南 is the province, not 河南蒙古族自治县);
        // at equal depth a full name beats a short one; still ambiguous -> stop.
        const minDepth = Math.min(...usable.map((h) => h.node.ancestors.length));
        let top = usable.filter((h) => h.node.ancestors.length === minDepth);
        if (top.length > 1) top = top.filter((h) => !h.short);
        const unique = new Set(top.map((h) => h.node));
        if (unique.size !== 1) break;
        best = { node: top[0]!.node, length: len };
      }
      if (!best) break;
      path.push(...best.node.ancestors.slice(path.length), best.node);
      current = best.node;
      pos += best.length;
      pos += text.slice(pos).match(SEPARATORS)?.[0].length ?? 0;
    }
    // Nothing recognised: hand the text back untouched.
    return path.length ? { path: divisions(path), rest: text.slice(pos) } : { path: [], rest: text };
  };

  return {
    get: (code) => byCodeMap.get(code)?.div,
    children: (parentCode) => {
      if (parentCode === undefined) return divisions(roots);
      const node = byCodeMap.get(parentCode);
      return node ? divisions(node.children) : [];
    },
    path: (code) => {
      const node = byCodeMap.get(code);
      return node ? divisions([...node.ancestors, node]) : [];
    },
    search,
    matchPrefix,
  };
}
