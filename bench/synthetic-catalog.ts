// Synthetic service catalog for search benchmarks (10,000 and 300,000 items).
//
// Item names recombine the REAL item names of a county catalog
// (/work/shared/data/real-catalog-511602.json: 1,135 items of 34 departments of
// 广安区) with qualifiers — a variant (新办/变更/延续…), a subject (企业/个人…)
// and a scope (县级/跨省通办…) — so that names stay long, formal and realistic
// while 300,000 of them are distinct. Guides are deliberately short (two or
// three materials) to keep memory reasonable; large constant parts (places,
// steps, legal basis) are shared between items and frozen.
//
// Deterministic: the same (n, seed, source) always gives the same catalog.
//
// CLI: node bench/synthetic-catalog.ts <n> [seed] [--source path/to/real-catalog.json] > catalog.json

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Audience, Channel, Department, ItemDetail, ItemType, Material } from '@yiwang/contract';

type Guide = ItemDetail['guide'];
type ProcessStep = Guide['steps'][number];
type Place = Guide['places'][number];

/** One entry of the real catalog file. */
export interface RealCatalogEntry {
  department: string;
  group: string | null;
  name: string;
  implementationCode: string;
  taskType: number;
}

/** The real catalog shipped with the project data, relative to the repository root. */
/** A copy of the shared real catalog (see bench/data/README.md), so a fresh clone has it. */
export const DEFAULT_REAL_CATALOG = new URL('./data/real-catalog-511602.json', import.meta.url);

/** Division code of the catalog the names come from (广安区). */
export const SYNTHETIC_DIVISION_CODE = '511602';

// ---------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function pick<T>(xs: readonly T[], rand: () => number): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

// ---------------------------------------------------------------------------
// Source data

const realCatalogCache = new Map<string, RealCatalogEntry[]>();

/** Reads (once per path) the real catalog JSON. */
export function loadRealCatalog(source: string | URL = DEFAULT_REAL_CATALOG): RealCatalogEntry[] {
  const key = source instanceof URL ? source.href : resolve(source);
  let entries = realCatalogCache.get(key);
  if (entries === undefined) {
    entries = JSON.parse(readFileSync(source, 'utf8')) as RealCatalogEntry[];
    realCatalogCache.set(key, entries);
  }
  return entries;
}

/** Departments not in the source file, with a few stems of their own, to reach about 40. */
const EXTRA_DEPARTMENTS: readonly { department: string; taskType: number; names: readonly string[] }[] = [
  { department: '区档案馆', taskType: 20, names: ['档案查询利用', '婚姻档案查询', '知青档案查询', '档案寄存服务', '重点建设项目档案验收'] },
  {
    department: '区人防办',
    taskType: 10,
    names: ['人防工程平时使用备案', '人防工程竣工验收备案', '拆除人民防空工程审批', '人防工程设计审查', '防空警报设施迁移审批'],
  },
  {
    department: '区粮食和物资储备中心',
    taskType: 10,
    names: ['粮油仓储单位备案', '政策性粮食收购资格审核', '军粮供应点资格认定', '粮食质量检验服务', '粮食应急保障企业认定'],
  },
  {
    department: '区信访局',
    taskType: 20,
    names: ['网上信访事项受理', '信访事项复查申请', '领导接访预约', '信访事项办理结果查询', '人民建议征集'],
  },
  {
    department: '区科协',
    taskType: 20,
    names: ['科普教育基地认定', '学会成立审查', '科技工作者建议征集', '科普活动申报', '青少年科技创新大赛报名'],
  },
  {
    department: '区红十字会',
    taskType: 20,
    names: ['造血干细胞捐献登记', '遗体和人体器官捐献登记', '应急救护培训报名', '红十字会员登记', '人道救助申请'],
  },
];

interface Stem {
  name: string;
  code: string;
  type: ItemType;
  deptIndex: number;
}

interface Dept {
  def: Department;
  place: Place;
  phone: string;
}

const TASK_TYPES: Record<number, ItemType> = {
  1: 'licensing',
  5: 'payment',
  7: 'confirmation',
  8: 'reward',
  9: 'adjudication',
  10: 'other_power',
  20: 'public_service',
};

function departmentFullName(local: string): string {
  return local.startsWith('区') ? `广安区${local.slice(1)}` : local;
}

function shortName(local: string): string {
  return local.replace(/^广安区/, '').replace(/^区/, '');
}

/** Unique stems (real names) with their departments, plus the extra departments' stems. */
function buildStems(entries: readonly RealCatalogEntry[]): { stems: Stem[]; departments: Dept[] } {
  const deptIndex = new Map<string, number>();
  const departments: Dept[] = [];
  const addDept = (local: string): number => {
    let i = deptIndex.get(local);
    if (i === undefined) {
      i = departments.length;
      deptIndex.set(local, i);
      const no = String(i + 1).padStart(2, '0');
      const phone = `0826-23${String(10000 + i * 37).slice(-5)}`;
      departments.push({
        def: {
          id: `syn-d${no}`,
          name: departmentFullName(local),
          shortName: shortName(local),
          divisionCode: SYNTHETIC_DIVISION_CODE,
          phone,
          itemCount: 0,
        },
        place: deepFreeze({
          name: `广安区政务服务中心 ${shortName(local)}窗口`,
          address: '四川省广安市广安区政务服务中心',
          hours: '工作日 上午9:00—12:00，下午13:30—17:00',
          phone,
        }),
        phone,
      });
    }
    return i;
  };
  const seen = new Set<string>();
  const stems: Stem[] = [];
  for (const e of entries) {
    const name = e.name.trim();
    if (name.length === 0 || seen.has(name)) continue;
    seen.add(name);
    stems.push({ name, code: e.implementationCode, type: TASK_TYPES[e.taskType] ?? 'other_power', deptIndex: addDept(e.department) });
  }
  for (const [k, extra] of EXTRA_DEPARTMENTS.entries()) {
    const d = addDept(extra.department);
    for (const [j, name] of extra.names.entries()) {
      if (seen.has(name)) continue;
      seen.add(name);
      const letter = extra.taskType === 20 ? '2B' : '1Z';
      const code = `51${letter}9${k}00${j}00000-511602000000-000-1151160200000${String(k).padStart(2, '0')}000-1-00`;
      stems.push({ name, code, type: TASK_TYPES[extra.taskType]!, deptIndex: d });
    }
  }
  return { stems, departments };
}

// ---------------------------------------------------------------------------
// Qualifiers

const VARIANTS = ['', '新办', '变更', '延续', '注销', '补办', '换发', '迁移', '查询', '预约', '告知承诺', '容缺受理'] as const;
const SUBJECTS = [
  '',
  '个人',
  '企业',
  '个体工商户',
  '农民专业合作社',
  '社会组织',
  '外商投资企业',
  '事业单位',
  '小微企业',
  '港澳台居民',
  '外国人',
] as const;
const SCOPES = ['', '县级', '市级', '乡镇（街道）', '跨省通办', '全程网办', '园区'] as const;
const COMBOS = VARIANTS.length * SUBJECTS.length * SCOPES.length;

const PERSON_SUBJECTS = new Set(['个人', '港澳台居民', '外国人']);
const ENTERPRISE_SUBJECTS = new Set(['企业', '个体工商户', '农民专业合作社', '社会组织', '外商投资企业', '事业单位', '小微企业']);
const PERSON_WORDS =
  /个人|居民|公民|老年|儿童|学生|残疾|婚姻|结婚|户口|身份证|社会保障卡|养老|失业|医疗|生育|退役|抚恤|教师|护士|医师|驾驶证/;
const ENTERPRISE_WORDS = /企业|公司|经营|单位|机构|项目|工程|场所|纳税人|合作社|建设/;
const AGENCY_WORDS = /项目|工程|施工|规划|用地|环境影响|节能|竣工|建设/;

/** Colloquial words for names that contain a formal term. */
const KEYWORDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/个体工商户|设立登记|营业执照/, ['营业执照', '办执照']],
  [/社会保障卡/, ['社保卡']],
  [/社会保险|养老保险/, ['社保']],
  [/公积金/, ['公积金']],
  [/身份证/, ['身份证']],
  [/户口|落户/, ['户口', '落户']],
  [/食品/, ['食品许可证']],
  [/出租汽车/, ['出租车']],
  [/网络预约/, ['网约车']],
  [/失业/, ['失业金']],
  [/退休|养老/, ['退休', '养老金']],
  [/医疗保险|医保/, ['医保']],
  [/不动产|房屋/, ['房产证']],
  [/婚姻|结婚/, ['结婚证']],
  [/残疾/, ['残疾证']],
  [/发票/, ['发票']],
  [/税/, ['报税']],
  [/施工/, ['施工许可']],
  [/环境影响|排污/, ['环评']],
  [/道路运输|货物运输|旅客运输/, ['营运证']],
  [/医疗机构|诊所/, ['开诊所']],
  [/教师资格/, ['教师资格证']],
];

function keywordsFor(name: string, variant: string): string[] {
  const out: string[] = [];
  for (const [re, words] of KEYWORDS) {
    if (re.test(name)) for (const w of words) if (!out.includes(w)) out.push(w);
    if (out.length >= 3) break;
  }
  if (variant !== '') out.push(variant);
  return out;
}

// ---------------------------------------------------------------------------
// Shared guide parts

const BASIS: Record<ItemType, readonly string[]> = deepFreeze({
  licensing: ['《中华人民共和国行政许可法》'],
  payment: ['《社会救助暂行办法》（国务院令第649号）'],
  confirmation: ['《优化营商环境条例》（国务院令第722号）'],
  reward: ['《中华人民共和国公务员法》'],
  adjudication: ['《中华人民共和国行政复议法》'],
  other_power: ['《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》（国发〔2018〕27号）'],
  public_service: ['《优化营商环境条例》（国务院令第722号）'],
});

const LEGAL_DAYS: Record<ItemType, readonly number[]> = {
  licensing: [20, 20, 15, 10, 30, 45, 60],
  payment: [20, 30, 15],
  confirmation: [10, 15, 20, 30],
  reward: [30, 60],
  adjudication: [60, 30],
  other_power: [0, 5, 10, 15, 20],
  public_service: [0, 0, 1, 3, 5, 10, 15],
};

const PERSON = deepFreeze<Audience[]>(['person']);
const ENTERPRISE = deepFreeze<Audience[]>(['enterprise']);
const BOTH = deepFreeze<Audience[]>(['person', 'enterprise']);
/** Indexed by (visits > 0 ? 2 : 0) + (agency ? 1 : 0). */
const CHANNEL_SETS = deepFreeze<Channel[][]>([
  ['online', 'express', 'offline'],
  ['online', 'express', 'agency', 'offline'],
  ['offline'],
  ['agency', 'offline'],
]);

const UPDATED_AT = [
  '2026-03-15T09:00:00+08:00',
  '2026-05-20T10:30:00+08:00',
  '2026-07-01T09:00:00+08:00',
  '2026-08-18T15:20:00+08:00',
  '2026-09-28T11:00:00+08:00',
  '2026-10-09T09:30:00+08:00',
] as const;

const stepsCache = new Map<string, readonly ProcessStep[]>();

/** Shared, frozen steps for a (promised days, department) pair. */
function stepsFor(promised: number, dept: string): ProcessStep[] {
  const key = `${promised}|${dept}`;
  let steps = stepsCache.get(key);
  if (steps === undefined) {
    steps =
      promised === 0
        ? [
            { name: '申请', description: '网上或窗口提交申请', limitDays: null },
            { name: '受理与办结', description: '符合条件的即时受理、当场办结', limitDays: 0, department: dept },
          ]
        : [
            { name: '申请', description: '网上或窗口提交申请', limitDays: null },
            { name: '受理', description: '材料齐全、符合法定形式的当即受理', limitDays: 0, department: dept },
            { name: '审查决定', description: '审查并作出决定', limitDays: promised, department: dept },
            { name: '送达', description: '电子结果即时推送，纸质结果免费寄递', limitDays: null },
          ];
    stepsCache.set(key, deepFreeze(steps));
  }
  return steps as ProcessStep[];
}

const ELECTRONIC = deepFreeze(['electronic' as const]) as Material['forms'];

function material(id: string, name: string, o: Partial<Material> = {}): Material {
  return deepFreeze({
    id,
    name,
    required: true,
    deferrable: false,
    forms: ELECTRONIC,
    originals: 1,
    copies: 0,
    source: 'applicant',
    licenseType: null,
    conditional: false,
    ...o,
  });
}

const ID_CARD = material('id-card', '申请人居民身份证', { source: 'government', licenseType: 'id_card' });
const BUSINESS_LICENSE = material('business-license', '营业执照', { source: 'government', licenseType: 'business_license' });

/** Shared, frozen "supporting" materials: one per variant and required/deferrable combination. */
const supportingCache = new Map<string, Material>();
function supporting(variant: string, required: boolean, deferrable: boolean): Material {
  const key = `${variant}|${required}|${deferrable}`;
  let m = supportingCache.get(key);
  if (m === undefined) {
    m = material('supporting', `与${variant === '' ? '申请' : variant}事项有关的证明材料`, { required, deferrable });
    supportingCache.set(key, m);
  }
  return m;
}

/** Per-stem precomputed parts, shared by every item made from the stem. */
interface StemParts {
  application: Material;
  conditions: string[];
  resultName: string;
  /** Code without its last segment, e.g. `511A…-511602000000-000-…-1-`. */
  codePrefix: string;
  personWords: boolean;
  enterpriseWords: boolean;
  agencyWords: boolean;
  keywords: Map<string, string[]>;
}

function stemParts(stem: Stem): StemParts {
  const m = /^(.*-\d-)\d{2}$/.exec(stem.code);
  return {
    application: material('application', `${stem.name}申请表`),
    conditions: deepFreeze([`申请人符合“${stem.name}”的法定条件和标准`]),
    resultName: stem.type === 'licensing' ? `准予${stem.name}决定书` : `${stem.name}办理结果`,
    codePrefix: m ? m[1]! : `${stem.code}-`,
    personWords: PERSON_WORDS.test(stem.name),
    enterpriseWords: ENTERPRISE_WORDS.test(stem.name),
    agencyWords: AGENCY_WORDS.test(stem.name),
    keywords: new Map(),
  };
}

const EMPTY = deepFreeze([]) as never[];

// ---------------------------------------------------------------------------
// Generator

export interface SyntheticCatalog {
  departments: Department[];
  items: ItemDetail[];
}

/**
 * A deterministic catalog of `n` items over about 40 departments. Items share frozen
 * sub-objects (places, steps, basis): treat the result as read-only.
 */
export function generateCatalog(
  n: number,
  seed = 1,
  source: string | URL | readonly RealCatalogEntry[] = DEFAULT_REAL_CATALOG,
): SyntheticCatalog {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`generateCatalog: n must be a non-negative integer, got ${n}`);
  const entries = Array.isArray(source) ? (source as readonly RealCatalogEntry[]) : loadRealCatalog(source as string | URL);
  const rand = mulberry32(seed);
  const built = buildStems(entries);
  const stems = shuffled(built.stems, rand);
  const departments = built.departments;
  // Qualifier tables shuffled per seed (the empty qualifier stays first, so the first
  // pass over the stems yields the real names verbatim).
  const variants = ['', ...shuffled(VARIANTS.slice(1), rand)];
  const subjects = ['', ...shuffled(SUBJECTS.slice(1), rand)];
  const scopes = ['', ...shuffled(SCOPES.slice(1), rand)];
  const idWidth = Math.max(6, String(n).length);
  const counts = new Array<number>(departments.length).fill(0);
  const items: ItemDetail[] = new Array(n);
  const parts = stems.map(stemParts);
  const places = departments.map((d) => deepFreeze([d.place]));

  for (let i = 0; i < n; i++) {
    const stemIndex = i % stems.length;
    const stem = stems[stemIndex]!;
    const p = parts[stemIndex]!;
    // Mixed-radix decoding of the pass number: a bijection onto the qualifier combinations,
    // so names are distinct for n up to stems × COMBOS (about a million).
    const pass = Math.floor(i / stems.length) % COMBOS;
    const variant = variants[pass % variants.length]!;
    const subject = subjects[Math.floor(pass / variants.length) % subjects.length]!;
    const scope = scopes[Math.floor(pass / (variants.length * subjects.length)) % scopes.length]!;
    const name =
      stem.name +
      (variant === '' ? '' : `（${variant}）`) +
      (subject === '' ? '' : `（${subject}）`) +
      (scope === '' ? '' : `（${scope}）`);

    const dept = departments[stem.deptIndex]!;
    counts[stem.deptIndex]!++;
    const personish = PERSON_SUBJECTS.has(subject) || (!ENTERPRISE_SUBJECTS.has(subject) && p.personWords);
    const enterpriseish = ENTERPRISE_SUBJECTS.has(subject) || (!PERSON_SUBJECTS.has(subject) && p.enterpriseWords);
    const audiences =
      personish && enterpriseish ? BOTH : personish ? PERSON : enterpriseish ? ENTERPRISE : rand() < 0.5 ? PERSON : ENTERPRISE;

    const visits = rand() < 0.93 ? 0 : 1;
    const agency = audiences !== PERSON && p.agencyWords;
    const legal = pick(LEGAL_DAYS[stem.type], rand);
    const promised = legal === 0 ? 0 : Math.floor(legal * rand() * 0.6);
    const channels = CHANNEL_SETS[(visits === 0 ? 0 : 2) + (agency ? 1 : 0)]!;

    let keywords = p.keywords.get(variant);
    if (keywords === undefined) {
      keywords = deepFreeze(keywordsFor(stem.name, variant));
      p.keywords.set(variant, keywords);
    }
    const materials: Material[] = [p.application, audiences === PERSON ? ID_CARD : BUSINESS_LICENSE];
    if (rand() < 0.6) materials.push(supporting(variant, rand() < 0.7, rand() < 0.3));

    items[i] = {
      id: `syn-${String(i + 1).padStart(idWidth, '0')}`,
      code: p.codePrefix + String(pass).padStart(3, '0'),
      name,
      departmentId: dept.def.id,
      departmentName: dept.def.name,
      audiences,
      type: stem.type,
      channels,
      visitsRequired: visits,
      onlineDepth: visits === 0 ? (rand() < 0.8 ? 4 : 3) : rand() < 0.5 ? 3 : 2,
      legalLimitDays: legal,
      promisedLimitDays: promised,
      agencyAvailable: agency,
      formId: null,
      keywords,
      guide: {
        basis: BASIS[stem.type] as string[],
        conditions: p.conditions,
        materials,
        situations: EMPTY,
        steps: stepsFor(promised, dept.def.shortName),
        specialProcedures: EMPTY,
        fees: EMPTY,
        places: places[stem.deptIndex]!,
        consultPhone: dept.phone,
        complaintPhone: '12345',
        resultName: p.resultName,
        resultType: stem.type === 'public_service' && promised === 0 ? 'none' : 'document',
        resultLicenseType: null,
        updatedAt: UPDATED_AT[i % UPDATED_AT.length]!,
      },
    };
  }

  return {
    departments: departments.map((d, i) => ({ ...d.def, itemCount: counts[i]! })),
    items,
  };
}

// ---------------------------------------------------------------------------
// CLI: stream the catalog as JSON to stdout

async function main(argv: string[]): Promise<void> {
  const args = [...argv];
  let sourcePath: string | undefined;
  const at = args.indexOf('--source');
  if (at >= 0) {
    sourcePath = args[at + 1];
    args.splice(at, 2);
  }
  const n = Number(args[0] ?? '10000');
  const seed = Number(args[1] ?? '1');
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: node bench/synthetic-catalog.ts <n> [seed] [--source real-catalog.json]\n');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const catalog = generateCatalog(n, seed, sourcePath ?? DEFAULT_REAL_CATALOG);
  const generatedMs = performance.now() - started;
  const out = process.stdout;
  const write = (s: string): Promise<void> => (out.write(s) ? Promise.resolve() : new Promise((done) => out.once('drain', () => done())));
  await write(`{"departments":${JSON.stringify(catalog.departments)},"items":[`);
  const CHUNK = 1000;
  for (let i = 0; i < catalog.items.length; i += CHUNK) {
    const part = catalog.items.slice(i, i + CHUNK).map((x) => JSON.stringify(x));
    await write((i === 0 ? '' : ',') + part.join(','));
  }
  await write(']}\n');
  process.stderr.write(
    `synthetic-catalog: ${n} items, ${catalog.departments.length} departments, generated in ${generatedMs.toFixed(0)} ms\n`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
