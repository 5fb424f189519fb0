import { z } from './zod.ts';
import { DIVISION_LEVELS, isValidDivisionCode } from './validators/index.ts';

export const DivisionLevel = z.enum(DIVISION_LEVELS);
export type DivisionLevel = z.infer<typeof DivisionLevel>;

/** A GB/T 2260 code: 6 digits to county level, 9 digits for a township. */
export const DivisionCode = z.string().check(z.refine((s) => isValidDivisionCode(s), { message: 'Not a GB/T 2260 division code' }));

export const Division = z.object({
  code: z.string(),
  name: z.string(),
  level: DivisionLevel,
  parentCode: z.nullable(z.string()),
  hasChildren: z.boolean(),
  postcode: z.optional(z.string()),
  /** Full pinyin without tones or spaces (新乡市 → xinxiangshi), for in-level search. */
  pinyin: z.string(),
  /** Pinyin initials (新乡市 → xxs). */
  initials: z.string(),
  /**
   * Search results only: the divisions above this one, province first
   * (红旗区 → 河南省, 新乡市), so that a hit can be told apart from others of
   * the same name and picked without another request.
   */
  ancestors: z.optional(z.array(z.object({ code: z.string(), name: z.string(), level: DivisionLevel }))),
});
export type Division = z.infer<typeof Division>;

export const DivisionList = z.object({ items: z.array(Division) });
export type DivisionList = z.infer<typeof DivisionList>;

/** Children of `parent`; without it, the provinces. */
export const DivisionChildrenQuery = z.object({ parent: z.optional(DivisionCode) });
export const DivisionCodeParams = z.object({ code: DivisionCode });

export const DivisionSearchQuery = z.object({
  q: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  parent: z.optional(DivisionCode),
  level: z.optional(DivisionLevel),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50))),
});
