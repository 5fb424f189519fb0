// Per-department performance (绩效考核) and its public variant (全程公开):
// cases received and completed, decisions on time against the promised limit
// in working days, 好差评 and what is still open. Figures only: no names, and
// the public variant no case numbers.
import { z } from './zod.ts';
import { ApplicationNumber } from './applications.ts';
import { DateString, Id, Timestamp } from './common.ts';

/** At most this many days in one report (`to` − `from` + 1). */
export const PERFORMANCE_MAX_DAYS = 400;
/** Days in a report when `from` is not given: the 30 days up to `to`. */
export const PERFORMANCE_DEFAULT_DAYS = 30;
/** At most this many case numbers in each `attention` list of the staff report. */
export const PERFORMANCE_ATTENTION_MAX = 20;
export { BAD_EVALUATION_MAX_LEVEL } from './values/applications.ts';

/** `from` and `to` are Beijing dates, both included; `to` defaults to today, `from` to 29 days before `to`. */
export const PerformanceQuery = z.object({
  from: z.optional(DateString),
  to: z.optional(DateString),
});
export type PerformanceQuery = z.input<typeof PerformanceQuery>;

const Count = z.int().check(z.nonnegative());
const Ratio = z.number().check(z.minimum(0), z.maximum(1));
const Days = z.number().check(z.nonnegative());

/** One department's figures (or the total of all of them). */
export const PerformanceFigures = z.object({
  /** Applications submitted in the period. */
  received: Count,
  /** Applications completed (办结) in the period. */
  completed: Count,
  /** Accepted applications decided in the period: the cases the on-time figures are about. */
  decided: Count,
  /** Of `decided`, those decided by their due date (pauses for 补正 during review do not count). */
  decidedOnTime: Count,
  /** `decidedOnTime / decided`; null when nothing was decided. */
  onTimeRate: z.nullable(Ratio),
  /** Mean working days from acceptance to decision of `decided` (pauses left out); null when nothing was decided. */
  averageWorkingDaysUsed: z.nullable(Days),
  /** Mean promised limit of the same cases, in working days; null when nothing was decided. */
  averagePromisedDays: z.nullable(Days),
  /** 好差评 made in the period. */
  evaluations: z.object({
    count: Count,
    /** Mean overall rating (1–5); null without evaluations. */
    average: z.nullable(z.number().check(z.minimum(1), z.maximum(5))),
    /** 差评: rated `BAD_EVALUATION_MAX_LEVEL` or lower. */
    bad: Count,
  }),
  /** As of now, whatever the period: 差评 not yet answered with a 整改 record. */
  badAwaitingRectification: Count,
  /** As of now: applications waiting for the applicant's 补正. */
  openSupplements: Count,
  /** As of now: accepted applications past their due date without a decision. */
  overdue: Count,
});
export type PerformanceFigures = z.infer<typeof PerformanceFigures>;

export const DepartmentPerformance = z.extend(PerformanceFigures, {
  departmentId: Id,
  departmentName: z.string(),
});
export type DepartmentPerformance = z.infer<typeof DepartmentPerformance>;

/** The public report (全程公开): every department's figures and their total. */
export const PublicPerformance = z.object({
  from: DateString,
  to: DateString,
  /** When the "as of now" figures were taken. */
  asOf: Timestamp,
  departments: z.array(DepartmentPerformance),
  total: PerformanceFigures,
});
export type PublicPerformance = z.infer<typeof PublicPerformance>;

/**
 * The staff report (绩效考核): the caller's department (every department for a
 * platform administrator), with the cases that need attention by number.
 */
export const StaffPerformance = z.extend(PublicPerformance, {
  attention: z.object({
    /** Overdue cases, longest overdue first (at most `PERFORMANCE_ATTENTION_MAX`). */
    overdue: z.array(ApplicationNumber),
    /** Cases with a 差评 awaiting 整改, oldest first (at most `PERFORMANCE_ATTENTION_MAX`). */
    badAwaitingRectification: z.array(ApplicationNumber),
  }),
});
export type StaffPerformance = z.infer<typeof StaffPerformance>;
