import { z } from './zod.ts';
import { DateString, Id, PageQuery, QueryBool, Timestamp, page, text } from './common.ts';
import { LicenseType } from './licenses.ts';
import { AUDIENCES, CHANNELS, ITEM_TYPES, NO_VISIT_GAP_REASONS, SEARCH_SORTS, isWebUrl } from './values/catalog.ts';

export {
  AUDIENCES,
  AUDIENCE_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  ITEM_TYPES,
  ITEM_TYPE_LABELS,
  NO_VISIT_GAP_ITEMS_MAX,
  NO_VISIT_GAP_REASONS,
  NO_VISIT_TARGET,
  SEARCH_SORTS,
  isWebUrl,
} from './values/catalog.ts';

export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

export const ItemType = z.enum(ITEM_TYPES);
export type ItemType = z.infer<typeof ItemType>;

/** The portal's numeric `taskType` for each item type (as in the real catalog data). */
export const ITEM_TYPE_PORTAL_CODES: Record<ItemType, number> = {
  licensing: 1,
  payment: 5,
  confirmation: 7,
  reward: 8,
  adjudication: 9,
  other_power: 10,
  public_service: 20,
};

export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** A department that publishes service items. */
export const Department = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  divisionCode: z.string(),
  phone: z.optional(z.string()),
  itemCount: z.int().check(z.nonnegative()),
});
export type Department = z.infer<typeof Department>;

export const DepartmentList = z.object({ items: z.array(Department) });

const Days = z.int().check(z.nonnegative(), z.maximum(3650));

/** What a search result and a list show of a service item (事项). */
export const ItemSummary = z.object({
  id: Id,
  /** 实施编码, the item's code in the national catalog. */
  code: z.string(),
  name: z.string(),
  departmentId: Id,
  departmentName: z.string(),
  audiences: z.array(Audience),
  type: ItemType,
  channels: z.array(Channel),
  /**
   * 跑动次数 as the department declared it: how many times the applicant must go in
   * person; 0 = 零跑动. Declared data only: the item counts as 不见面 in the
   * statistics, the `zeroVisit` filter and its facet only when it also has a way
   * to apply without a visit (see `doableWithoutVisit`).
   */
  visitsRequired: z.int().check(z.nonnegative(), z.maximum(10)),
  /** 网办深度 1–4: 1 information online … 4 fully online including result. */
  onlineDepth: z.int().check(z.minimum(1), z.maximum(4)),
  /** 法定办结时限, working days; 0 = 即办 (done on the spot). */
  legalLimitDays: Days,
  /** 承诺办结时限, working days, never above the legal limit. */
  promisedLimitDays: Days,
  /** Free 帮办代办 / 预审代办 is offered for this item. */
  agencyAvailable: z.boolean(),
  /** The online application form, when the item can be applied for online. */
  formId: z.nullable(Id),
  keywords: z.array(z.string()),
});
export type ItemSummary = z.infer<typeof ItemSummary>;

export const MATERIAL_FORMS = ['electronic', 'paper'] as const;
export const MATERIAL_SOURCES = ['applicant', 'government', 'intermediary'] as const;

/** One material (申请材料) of a guide. */
export const Material = z.object({
  id: Id,
  name: z.string(),
  required: z.boolean(),
  /** 容缺受理: may be supplied after acceptance. */
  deferrable: z.boolean(),
  forms: z.array(z.enum(MATERIAL_FORMS)),
  originals: z.int().check(z.nonnegative()),
  copies: z.int().check(z.nonnegative()),
  source: z.enum(MATERIAL_SOURCES),
  sourceNote: z.optional(z.string()),
  /** Where the applicant may use an e-license instead (免提交：可调用电子证照). */
  licenseType: z.nullable(LicenseType),
  blankFormUrl: z.optional(z.string()),
  sampleUrl: z.optional(z.string()),
  notes: z.optional(z.string()),
  /** Only asked for when a situation option that lists it is chosen (多情形). */
  conditional: z.boolean(),
});
export type Material = z.infer<typeof Material>;

/** A 多情形 question: each answer adds the materials it lists. */
export const Situation = z.object({
  id: Id,
  question: z.string(),
  multiple: z.boolean(),
  options: z.array(
    z.object({
      id: Id,
      label: z.string(),
      materialIds: z.array(Id),
    }),
  ),
});
export type Situation = z.infer<typeof Situation>;

export const ProcessStep = z.object({
  name: z.string(),
  description: z.string(),
  /** Working days this step may take; null where the step has no own limit. */
  limitDays: z.nullable(Days),
  department: z.optional(z.string()),
});
export type ProcessStep = z.infer<typeof ProcessStep>;

/** 特别程序: hearings, expert review… whose time does not count toward the limit. */
export const SpecialProcedure = z.object({
  name: z.string(),
  maxDays: z.nullable(Days),
  description: z.string(),
});

export const Fee = z.object({
  name: z.string(),
  standard: z.string(),
  basis: z.optional(z.string()),
});

export const Place = z.object({
  name: z.string(),
  address: z.string(),
  hours: z.string(),
  phone: z.optional(z.string()),
});

/** 办事指南: everything an applicant needs to know before applying. */
export const Guide = z.object({
  basis: z.array(z.string()),
  conditions: z.array(z.string()),
  materials: z.array(Material),
  situations: z.array(Situation),
  steps: z.array(ProcessStep),
  specialProcedures: z.array(SpecialProcedure),
  /** Empty means 不收费. */
  fees: z.array(Fee),
  places: z.array(Place),
  consultPhone: z.string(),
  complaintPhone: z.string(),
  resultName: z.string(),
  resultType: z.enum(['license', 'document', 'none']),
  /** E-license issued as the result, where there is one. */
  resultLicenseType: z.nullable(LicenseType),
  updatedAt: Timestamp,
  /**
   * 办事指南待完善: the item came from an imported catalog (事项清单) that gave no
   * guide, so the fields above hold defaults until the department completes it.
   */
  incomplete: z.optional(z.boolean()),
});
export type Guide = z.infer<typeof Guide>;

/** A published version of the catalog: one import of the department's 事项清单 (分批公布: a batch name and a date). */
export const CatalogVersion = z.object({
  version: z.int().check(z.positive()),
  /** The batch the import was published as (第三批 …), when one was given. */
  batch: z.nullable(z.string()),
  publishedAt: Timestamp,
});
export type CatalogVersion = z.infer<typeof CatalogVersion>;

/** An item with its guide. */
export const ItemDetail = z.extend(ItemSummary, {
  guide: Guide,
  /**
   * Where the item is applied for online on the provincial portal, when the catalog names it
   * (an http(s) URL). An item with one counts as 不见面 without a form here (`doableWithoutVisit`).
   */
  applyUrl: z.optional(z.string()),
  /**
   * The catalog version (分批公布) that first published the item: its batch (第三批) and
   * date. A later import that changes or republishes the item keeps it. Null for items
   * the server was seeded with; absent from older servers.
   */
  published: z.optional(z.nullable(CatalogVersion)),
  /**
   * The lowest 实名认证等级 (real-name verification level, as the identity
   * platform codes it, e.g. `L3`) an applicant needs to apply online; absent:
   * any signed-in applicant. Levels are compared in the order the server
   * configures (default L1 < L2 < L3 < L4).
   */
  minRealNameLevel: z.optional(z.string()),
});
export type ItemDetail = z.infer<typeof ItemDetail>;

/** Query of the item search. Facets combine with AND. */
export const ItemSearchQuery = z.extend(PageQuery, {
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  department: z.optional(Id),
  audience: z.optional(Audience),
  type: z.optional(ItemType),
  channel: z.optional(Channel),
  /** Only items doable without a visit (不见面, `doableWithoutVisit`), not merely declared 跑动次数 0. */
  zeroVisit: z.optional(QueryBool),
  sort: z.optional(z.enum(SEARCH_SORTS)),
});
export type ItemSearchQuery = z.output<typeof ItemSearchQuery>;

/**
 * A matched range in a field, UTF-16 offsets, end exclusive: into the item's
 * `name` (or a suggestion's `text`) for field `name`, into `departmentName`
 * for `departmentName`, and into `keywords.join('、')` for `keywords` (the
 * keywords joined with the ideographic comma U+3001, one UTF-16 unit). Render
 * them by slicing the text, never as HTML.
 */
export const HighlightRange = z.object({
  field: z.enum(['name', 'departmentName', 'keywords']),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type HighlightRange = z.infer<typeof HighlightRange>;

export const ItemHit = z.object({
  item: ItemSummary,
  score: z.number(),
  highlights: z.array(HighlightRange),
});
export type ItemHit = z.infer<typeof ItemHit>;

const FacetValue = z.object({ value: z.string(), label: z.string(), count: z.int().check(z.nonnegative()) });

/** Counts per facet value over the results of the query, ignoring that facet's own filter. */
export const SearchFacets = z.object({
  department: z.array(FacetValue),
  audience: z.array(FacetValue),
  type: z.array(FacetValue),
  channel: z.array(FacetValue),
  /** Items doable without a visit (不见面, `doableWithoutVisit`), counted like the other facets. */
  zeroVisit: z.int().check(z.nonnegative()),
});
export type SearchFacets = z.infer<typeof SearchFacets>;

export const ItemSearchResult = z.extend(page(ItemHit), { facets: SearchFacets });
export type ItemSearchResult = z.infer<typeof ItemSearchResult>;

export const SuggestQuery = z.object({
  q: text(50),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20))),
});

export const Suggestion = z.object({
  itemId: Id,
  text: z.string(),
  departmentName: z.string(),
  highlights: z.array(HighlightRange),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestResult = z.object({ items: z.array(Suggestion) });

export const HotQuery = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(20))),
});
export const HotResult = z.object({ items: z.array(ItemSummary) });

const Ratio = z.number().check(z.minimum(0), z.maximum(1));

/**
 * 不见面 (no visit): an item counts as doable without a visit only where the
 * applicant has a working way to apply without one: its declared 跑动次数
 * (`visitsRequired`) is 0 AND it has an online form here (a `formId` whose form
 * exists) or an `applyUrl` (the platform page that takes the application). A
 * declared 零跑动 with no online path is not counted. The statistics
 * (`CatalogStats`), the search filter `zeroVisit` and its facet count apply this
 * same rule, so their numbers agree.
 */
export function doableWithoutVisit(
  item: Pick<ItemSummary, 'visitsRequired' | 'formId'> & { applyUrl?: string | undefined },
  formExists: (formId: string) => boolean,
): boolean {
  if (item.visitsRequired !== 0) return false;
  return (item.formId !== null && formExists(item.formId)) || isWebUrl(item.applyUrl);
}

export const NoVisitGapReason = z.enum(NO_VISIT_GAP_REASONS);
export type NoVisitGapReason = z.infer<typeof NoVisitGapReason>;

/** 督查: a department below `NO_VISIT_TARGET` and the items that keep it there. */
export const NoVisitGap = z.object({
  departmentId: Id,
  departmentName: z.string(),
  /** How many of the items below must gain a way to apply without a visit for the department to reach the target. */
  needed: z.int().check(z.positive()),
  /**
   * The items not counted as 不见面, at most `NO_VISIT_GAP_ITEMS_MAX`: declared
   * zero-visit ones first (they need only an online path), then by fewest visits,
   * each group in catalog order.
   */
  items: z.array(
    z.object({
      id: Id,
      name: z.string(),
      reason: NoVisitGapReason,
      visitsRequired: z.int().check(z.nonnegative(), z.maximum(10)),
    }),
  ),
  /** Items not counted beyond those listed. */
  more: z.int().check(z.nonnegative()),
});
export type NoVisitGap = z.infer<typeof NoVisitGap>;

/** Per-department 不见面 figures (`doableWithoutVisit`): items doable without a visit over all published items. */
export const CatalogStats = z.object({
  /** The catalog version in force; null while the catalog is the one the server was seeded with. Absent from older servers. */
  published: z.optional(z.nullable(CatalogVersion)),
  departments: z.array(
    z.object({
      departmentId: Id,
      departmentName: z.string(),
      items: z.int().check(z.nonnegative()),
      zeroVisitItems: z.int().check(z.nonnegative()),
      ratio: Ratio,
    }),
  ),
  total: z.object({
    items: z.int().check(z.nonnegative()),
    zeroVisitItems: z.int().check(z.nonnegative()),
    ratio: Ratio,
  }),

  /**
   * 督查: each department below `NO_VISIT_TARGET`, in catalog order, with the items
   * that keep it below. Absent from older servers.
   */
  gaps: z.optional(z.array(NoVisitGap)),
});
export type CatalogStats = z.infer<typeof CatalogStats>;

/**
 * Which zero-result searches to list: the `limit` most frequent (1–500, default
 * 50), counting searches on `since` (a calendar date, Beijing time) and later;
 * all recorded searches when `since` is absent.
 */
export const ZeroResultQuery = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500))),
  since: z.optional(DateString),
});
export type ZeroResultQuery = z.output<typeof ZeroResultQuery>;

/**
 * A search text that found nothing in the whole catalog, normalised as the index
 * reads it (trimmed, full-width folded, lower-cased, spaces collapsed), with how
 * often it was searched in the period and when first and last.
 */
export const ZeroResultSearch = z.object({
  query: z.string(),
  count: z.int().check(z.positive()),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
});
export type ZeroResultSearch = z.infer<typeof ZeroResultSearch>;

/** The most frequent zero-result searches first (ties: the most recent first). */
export const ZeroResultList = z.object({ items: z.array(ZeroResultSearch) });
export type ZeroResultList = z.infer<typeof ZeroResultList>;

export const ItemIdParams = z.object({ id: Id });
