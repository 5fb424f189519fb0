// Application constants and the formats of 申报号 and 查询码, without zod: the tracker checks what the applicant types with them.

/**
 * Application statuses. The lifecycle (drafts are the `drafts` resource):
 * submitted 申报 → prereview 预审 → accepted 受理 | rejected 不予受理 → reviewing 审查
 * → decided 决定 → certifying 制证 → delivering 送达 → completed 办结;
 * supplement_requested 补正 pauses prereview or review; withdrawn 撤回 ends it.
 */
export const APPLICATION_STATUSES = [
  'submitted',
  'prereview',
  'supplement_requested',
  'accepted',
  'rejected',
  'reviewing',
  'decided',
  'certifying',
  'delivering',
  'completed',
  'withdrawn',
] as const;

/** The stages a tracker shows, in order. */
export const STAGES = ['submitted', 'prereview', 'accepted', 'reviewing', 'decided', 'certifying', 'delivering', 'completed'] as const;

/**
 * Special procedures (特别程序) whose time does not count against the promised
 * limit: 听证 hearing, 检验检测 testing, 专家评审 expert review, 现场勘验 site
 * inspection, 鉴定 appraisal, 公示 public notice, or another one the law provides.
 */
export const SPECIAL_PROCEDURE_KINDS = [
  'hearing',
  'testing',
  'expert_review',
  'site_inspection',
  'appraisal',
  'public_notice',
  'other',
] as const;

/** The procedures' names, for people. */
export const SPECIAL_PROCEDURE_KIND_LABELS: Readonly<Record<(typeof SPECIAL_PROCEDURE_KINDS)[number], { zh: string; en: string }>> = {
  hearing: { zh: '听证', en: 'hearing' },
  testing: { zh: '检验检测', en: 'testing' },
  expert_review: { zh: '专家评审', en: 'expert review' },
  site_inspection: { zh: '现场勘验', en: 'site inspection' },
  appraisal: { zh: '鉴定', en: 'appraisal' },
  public_notice: { zh: '公示', en: 'public notice' },
  other: { zh: '其他特别程序', en: 'other special procedure' },
};

/** An evaluation rated this or lower is a 差评 (不满意, 非常不满意), which the department must rectify (整改). */
export const BAD_EVALUATION_MAX_LEVEL = 2;

export const EVALUATION_INDICATORS = ['overall', 'efficiency', 'guideAccuracy', 'convenience', 'platformUsability'] as const;

/** 申报号: `YW` + date + sequence, e.g. YW2026112800001. */
export const APPLICATION_NUMBER_PATTERN = /^YW\d{8}\d{5}$/;
/** 查询码: six characters handed to the applicant at submission for anonymous progress queries. */
export const QUERY_CODE_PATTERN = /^[A-Z0-9]{6}$/;

/** Whether `value` is a 申报号 (what `ApplicationNumber` accepts). */
export function isApplicationNumber(value: unknown): value is string {
  return typeof value === 'string' && APPLICATION_NUMBER_PATTERN.test(value);
}

/** Whether `value` is a 查询码 (what `QueryCode` accepts). */
export function isQueryCode(value: unknown): value is string {
  return typeof value === 'string' && QUERY_CODE_PATTERN.test(value);
}
