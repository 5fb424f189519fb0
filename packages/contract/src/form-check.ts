// Semantic checks of a form document, beyond what its zod schema can say:
// the rules a form must keep for the renderer and the server to read it the
// same way. The reference server runs them before publishing a version; a
// designer can run them while editing. Each problem names its JSON path.
import type { Condition, FormField, FormSchema } from './forms.ts';

/** The field names a condition compares. */
export function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field];
}

/** One problem of a form document: where, in Chinese and in English. */
export interface FormProblem {
  path: string;
  zh: string;
  en: string;
}

/**
 * Problems of a form that parses as a `FormSchema`, with paths below `prefix`
 * (`body` → `body.steps.0.sections.1.fields.2.options`), in English and Chinese:
 * - field names are unique in the whole form, group children included;
 * - a `visibleWhen` names a field that comes earlier (outside the field's own group, or
 *   an earlier sibling in it), never the field itself or a later one;
 * - select and radio fields have options (a checkbox without options is one yes/no box);
 *   option values are unique;
 * - bounds are in order (minLength ≤ maxLength, min ≤ max, repeat.min ≤ repeat.max);
 *   a text pattern is a valid regular expression;
 * - step and section ids are unique; a form has a step, a step a section, a group a field;
 *   the result is delivered by express or at the window (or both).
 */
export function checkFormSchema(form: FormSchema, prefix = 'body'): FormProblem[] {
  const problems: FormProblem[] = [];
  const fail = (path: string, zh: string, en: string) => problems.push({ path, zh, en });
  const names = new Map<string, string>();
  if (form.steps.length === 0) fail(`${prefix}.steps`, '申请表至少要有一个步骤', 'A form needs at least one step');
  if (!form.delivery.express && !form.delivery.pickup)
    fail(`${prefix}.delivery`, '至少提供邮寄或窗口领取一种送达方式', 'Offer express delivery or pickup');

  const stepIds = new Set<string>();
  const sectionIds = new Set<string>();
  // Names visible to a condition: every earlier field of the form (group children are scoped below).
  const earlier = new Set<string>();

  const walk = (fields: readonly FormField[], path: string, scope: Set<string>) => {
    fields.forEach((field, i) => {
      const at = `${path}.${i}`;
      const seen = names.get(field.name);
      if (seen !== undefined)
        fail(`${at}.name`, `字段名“${field.name}”与 ${seen} 重复`, `Field name ${field.name} is used already at ${seen}`);
      else names.set(field.name, `${at}.name`);
      if (field.visibleWhen) {
        for (const ref of conditionFields(field.visibleWhen)) {
          if (ref === field.name)
            fail(`${at}.visibleWhen`, `显示条件不能引用字段自身“${ref}”`, `A condition cannot refer to its own field ${ref}`);
          else if (!scope.has(ref))
            fail(
              `${at}.visibleWhen`,
              `显示条件引用的字段“${ref}”不存在或不在本字段之前`,
              `The condition refers to ${ref}, which is not a field before this one`,
            );
        }
      }
      switch (field.type) {
        case 'select':
        case 'radio':
        case 'checkbox': {
          if (field.type !== 'checkbox' && field.options.length === 0)
            fail(`${at}.options`, `“${field.label}”至少要有一个选项`, `${field.label} needs at least one option`);
          const values = new Set<string>();
          field.options.forEach((o, j) => {
            if (values.has(o.value)) fail(`${at}.options.${j}.value`, `选项值“${o.value}”重复`, `Option value ${o.value} is repeated`);
            values.add(o.value);
          });
          break;
        }
        case 'text':
        case 'textarea':
          if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength)
            fail(`${at}.minLength`, '最少字数大于最多字数', 'minLength is above maxLength');
          if (field.pattern && !compiles(field.pattern.regex))
            fail(`${at}.pattern.regex`, '不是有效的正则表达式', 'Not a valid regular expression');
          break;
        case 'number':
          if (field.min !== undefined && field.max !== undefined && field.min > field.max)
            fail(`${at}.min`, '最小值大于最大值', 'min is above max');
          break;
        case 'date':
          for (const key of ['min', 'max'] as const) {
            const v = field[key];
            if (v !== undefined && v !== 'today' && !/^\d{4}-\d{2}-\d{2}$/.test(v))
              fail(`${at}.${key}`, '应为 YYYY-MM-DD 或 today', 'Must be YYYY-MM-DD or today');
          }
          break;
        case 'group':
          if (field.fields.length === 0)
            fail(`${at}.fields`, `“${field.label}”至少要有一个字段`, `${field.label} needs at least one field`);
          if (field.repeat && field.repeat.min > field.repeat.max)
            fail(`${at}.repeat`, '最少项数大于最多项数', 'repeat.min is above repeat.max');
          // Children see the outer fields before the group and their earlier siblings.
          walk(field.fields, `${at}.fields`, new Set(scope));
          break;
        default:
          break;
      }
      scope.add(field.name);
    });
  };

  form.steps.forEach((step, s) => {
    const stepPath = `${prefix}.steps.${s}`;
    if (stepIds.has(step.id)) fail(`${stepPath}.id`, `步骤编号“${step.id}”重复`, `Step id ${step.id} is repeated`);
    stepIds.add(step.id);
    if (step.sections.length === 0) fail(`${stepPath}.sections`, '步骤至少要有一个分组', 'A step needs at least one section');
    step.sections.forEach((section, k) => {
      const sectionPath = `${stepPath}.sections.${k}`;
      if (sectionIds.has(section.id)) fail(`${sectionPath}.id`, `分组编号“${section.id}”重复`, `Section id ${section.id} is repeated`);
      sectionIds.add(section.id);
      walk(section.fields, `${sectionPath}.fields`, earlier);
    });
  });
  return problems;
}

function compiles(regex: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(regex, flags);
      return true;
    } catch {
      // try the legacy syntax
    }
  }
  return false;
}
