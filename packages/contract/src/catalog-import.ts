// One item of a department's catalog (事项清单) as the reference server's import
// reads it (`npm run catalog -- import`). Published as JSON Schema in
// catalog-import.schema.json. Node-side only: kept out of the package's main
// entry (and so out of the OpenAPI document and the browser bundles).
import { z } from './zod.ts';
import { AUDIENCES, AUDIENCE_LABELS, CHANNELS, CHANNEL_LABELS, ITEM_TYPES, ITEM_TYPE_LABELS, ITEM_TYPE_PORTAL_CODES } from './catalog.ts';
import type { Audience, Channel, ItemType } from './catalog.ts';

/** Value by label: the inverse of one of the catalog's label tables. */
const byLabel = <T extends string>(labels: Record<T, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [label, value])) as Record<string, T>;

/** Audiences by the Chinese words exports use: the catalog's labels and two more. */
export const AUDIENCE_NAMES_ZH: Record<string, Audience> = { ...byLabel(AUDIENCE_LABELS), 个人: 'person', 企业: 'enterprise' };

/** Channels by the Chinese words exports use: the catalog's labels and two more. */
export const CHANNEL_NAMES_ZH: Record<string, Channel> = { ...byLabel(CHANNEL_LABELS), 网上办理: 'online', 线下办理: 'offline' };

/** A value given as the canonical word or one of its Chinese names; parses to the canonical word. */
function named<T extends string>(values: readonly T[], names: Record<string, T>) {
  return z.pipe(
    z.enum([...values, ...Object.keys(names)] as [string, ...string[]]),
    z.transform((v: string) => (names[v] ?? v) as T),
  );
}

const portalCodes = Object.values(ITEM_TYPE_PORTAL_CODES);
const typeByCode = new Map<string, ItemType>(Object.entries(ITEM_TYPE_PORTAL_CODES).map(([t, n]) => [String(n), t as ItemType]));
const typeByName = new Map<string, ItemType>(Object.entries(byLabel(ITEM_TYPE_LABELS)));

/** `licensing` …, 行政许可 …, or the portal's `taskType` number (1, 5, 7, 8, 9, 10, 20; also as a string). */
export const ImportItemType = z.pipe(
  z.union([
    z.enum([...ITEM_TYPES, ...Object.values(ITEM_TYPE_LABELS), ...portalCodes.map(String)] as [string, ...string[]]),
    z.literal(portalCodes),
  ]),
  z.transform((v: string | number): ItemType => typeByCode.get(String(v)) ?? typeByName.get(String(v)) ?? (v as ItemType)),
);

const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const Days = z.int().check(z.nonnegative(), z.maximum(3650));

/**
 * One imported item. Only `name`, `code`, `department` and `type` are required;
 * the server fills the rest with documented defaults and marks the guide
 * incomplete (办事指南待完善).
 */
export const CatalogImportItem = z.object({
  /** 事项名称 */
  name: trimmed(200),
  /** 实施编码: the key an import upserts by. */
  code: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)),
  /** 实施主体: the department's name; created when the catalog does not know it. */
  department: trimmed(100),
  /** 事项类型 */
  type: ImportItemType,
  /** 服务对象: person (自然人), enterprise (法人). */
  audiences: z.optional(z.array(named(AUDIENCES, AUDIENCE_NAMES_ZH)).check(z.minLength(1))),
  /** 办理方式: online (全程网办), express (快递送达), agency (帮办代办), offline (窗口办理). */
  channels: z.optional(z.array(named(CHANNELS, CHANNEL_NAMES_ZH)).check(z.minLength(1))),
  /** 网办深度 1–4. */
  onlineDepth: z.optional(z.int().check(z.minimum(1), z.maximum(4))),
  /** 到现场次数 (跑动次数); 0 = 零跑动. */
  visitsRequired: z.optional(z.int().check(z.nonnegative(), z.maximum(10))),
  /** 法定办结时限, working days; 0 = 即办. */
  legalLimitDays: z.optional(Days),
  /** 承诺办结时限, working days, not above the legal limit. */
  promisedLimitDays: z.optional(Days),
  /** Colloquial words citizens type (关键词). */
  keywords: z.optional(z.array(trimmed(50)).check(z.maxLength(50))),
  /** Where the item is applied for online on the provincial portal (在线办理地址). */
  applyUrl: z.optional(z.url({ protocol: /^https?$/ })),
  /** 实名认证等级: the lowest real-name verification level an online applicant needs (e.g. `L3`). */
  minRealNameLevel: z.optional(z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{1,16}$/))),
});
export type CatalogImportItem = z.output<typeof CatalogImportItem>;
export type CatalogImportItemInput = z.input<typeof CatalogImportItem>;

/** The fields of an imported item, in schema order. */
export const CATALOG_IMPORT_FIELDS = Object.keys(CatalogImportItem.shape) as (keyof CatalogImportItem)[];

/** JSON Schema (draft 2020-12) of one imported item, as a file may write it. */
export function catalogImportJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/yiwang/yiwang/packages/contract/catalog-import.schema.json',
    title: 'CatalogImportItem',
    description:
      'One item of a department catalog (事项清单) for `npm run catalog -- import`. A file is an array of these ' +
      '(or JSON Lines, or CSV/XLSX with a header row). Generated from @yiwang/contract; do not edit by hand.',
    ...(z.toJSONSchema(CatalogImportItem, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}
