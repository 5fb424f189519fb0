// One source for 多情形: the answers a submission carries (`situations`, and
// the form's fields that answer a situation) decide which conditional
// materials the server requires, the same way the guide lists them.
import { evaluateCondition, formFields } from '@yiwang/contract';
import type { ErrorDetail, FormSchema, ItemDetail, Material, SituationAnswers } from '@yiwang/contract';

export interface SituationResult {
  /** The chosen option ids by situation id. */
  answers: Map<string, string[]>;
  details: ErrorDetail[];
}

const asList = (v: unknown): string[] | null =>
  typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The situation answers of a submission: those it sends and those its form's
 * situation fields hold (they must agree), each checked against the guide.
 * A question whose answer decides a required material must be answered: in
 * `situations`, or in the form's field for it (a visible checkbox answers
 * "none of these" when nothing is ticked). Where the form hides its field for
 * the question (its `visibleWhen` does not hold for the data), the form says
 * the question does not apply, and it is not asked.
 */
export function situationAnswers(
  item: ItemDetail,
  form: FormSchema,
  data: Record<string, unknown>,
  sent: SituationAnswers | undefined,
  locale: 'zh-CN' | 'en',
): SituationResult {
  const say = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const details: ErrorDetail[] = [];
  const answers = new Map<string, string[]>();
  const byId = new Map(item.guide.situations.map((s) => [s.id, s]));
  /** Situation id → the visible form field that asks it; `null` where the form asks it only in hidden fields. */
  const asked = new Map<string, { name: string; required: boolean } | null>();
  /** Situations a visible checkbox answers, even with nothing ticked. */
  const answeredNone = new Set<string>();
  for (const field of formFields(form)) {
    if ((field.type !== 'radio' && field.type !== 'select' && field.type !== 'checkbox') || !field.situation) continue;
    if (field.visibleWhen && !evaluateCondition(field.visibleWhen, [data])) {
      if (!asked.has(field.situation)) asked.set(field.situation, null);
      continue;
    }
    asked.set(field.situation, { name: field.name, required: field.required === true });
    const chosen = asList(data[field.name]);
    if (chosen && chosen.length > 0) answers.set(field.situation, chosen);
    else if (field.type === 'checkbox') answeredNone.add(field.situation);
  }
  for (const [id, value] of Object.entries(sent ?? {})) {
    const path = `body.situations.${id}`;
    const situation = byId.get(id);
    if (!situation) {
      details.push({ path, message: say('办事指南中没有该情形', 'The guide has no such situation') });
      continue;
    }
    const chosen = asList(value)!;
    if (!situation.multiple && chosen.length > 1)
      details.push({ path, message: say(`“${situation.question}”只能选择一项`, `${situation.question}: one answer only`) });
    chosen.forEach((option, i) => {
      if (!situation.options.some((o) => o.id === option))
        details.push({
          path: Array.isArray(value) ? `${path}.${i}` : path,
          message: say('不是该情形的选项', 'Not an option of this situation'),
        });
    });
    const inForm = answers.get(id);
    if (inForm && !sameSet(inForm, chosen))
      details.push({ path, message: say('与申请表中的回答不一致', 'Differs from the answer in the form') });
    answers.set(id, chosen);
  }
  const required = new Set(item.guide.materials.filter((m) => m.required && m.conditional).map((m) => m.id));
  for (const situation of item.guide.situations) {
    const field = asked.get(situation.id);
    // A hidden field: the question does not apply; a required visible one: the form's own check says so already.
    if (answers.has(situation.id) || answeredNone.has(situation.id) || field === null || field?.required) continue;
    if (!situation.options.some((o) => o.materialIds.some((id) => required.has(id)))) continue;
    details.push({
      path: field ? `body.data.${field.name}` : `body.situations.${situation.id}`,
      message: say(
        `请回答“${situation.question}”：需要提交哪些材料取决于您的回答`,
        `Answer “${situation.question}”: the materials required depend on the answer`,
      ),
    });
  }
  return { answers, details };
}

/** The conditional materials the answers call for, each with the answer that asks for it. */
export function calledForMaterials(
  item: ItemDetail,
  answers: ReadonlyMap<string, readonly string[]>,
): Array<{ material: Material; because: string }> {
  const out: Array<{ material: Material; because: string }> = [];
  for (const situation of item.guide.situations) {
    for (const option of situation.options) {
      if (!answers.get(situation.id)?.includes(option.id)) continue;
      for (const id of option.materialIds) {
        const material = item.guide.materials.find((m) => m.id === id);
        if (material && material.conditional && !out.some((o) => o.material.id === id)) out.push({ material, because: option.label });
      }
    }
  }
  return out;
}
