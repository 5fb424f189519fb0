// The words of 好差评 shared by the evaluation form's controller and its view:
// the five levels, the indicators, the tags offered with a good or a bad
// rating, and what the form can say is wrong.
import type { EVALUATION_INDICATORS } from '@yiwang/contract';

/** The five levels, best first. */
export const EVALUATION_LEVELS = [5, 4, 3, 2, 1] as const;
export type EvaluationLevel = (typeof EVALUATION_LEVELS)[number];
export type EvaluationIndicator = (typeof EVALUATION_INDICATORS)[number];

/** Tags offered with a good (3–5) and a bad (1–2) rating. */
export const POSITIVE_TAGS = ['fast', 'noVisit', 'express', 'clearGuide', 'helpful', 'easy'] as const;
export const NEGATIVE_TAGS = ['slow', 'repeated', 'unclearGuide', 'hardToUse', 'unhelpful', 'visits'] as const;
export type EvaluationTag = (typeof POSITIVE_TAGS)[number] | (typeof NEGATIVE_TAGS)[number];

/** What the form says is wrong: the level (or indicators), the comment, or the submission. */
export type EvaluationProblem = 'level' | 'comment' | 'form';
