// What a form must keep with its item's guide, beyond checkFormSchema: its
// file fields name materials of the guide, and a choice field that answers a
// 多情形 question offers exactly that question's options.
import { formFields } from '@yiwang/contract';
import type { FormField, FormProblem, FormSchema, ItemDetail } from '@yiwang/contract';

/** Problems of `form` against `item`'s guide, with paths below `prefix`. */
export function itemProblems(form: FormSchema, item: ItemDetail, prefix: string): FormProblem[] {
  const problems: FormProblem[] = [];
  const materials = new Set(item.guide.materials.map((m) => m.id));
  const situations = new Map(item.guide.situations.map((s) => [s.id, s]));
  const pathOf = locate(form, prefix);
  for (const field of allFields(form)) {
    const at = pathOf.get(field)!;
    if (field.type === 'file' && field.materialId !== undefined && !materials.has(field.materialId))
      problems.push({
        path: `${at}.materialId`,
        zh: `办事指南中没有材料“${field.materialId}”`,
        en: `The guide has no material ${field.materialId}`,
      });
    if ((field.type === 'radio' || field.type === 'select' || field.type === 'checkbox') && field.situation !== undefined) {
      const situation = situations.get(field.situation);
      if (!situation) {
        problems.push({
          path: `${at}.situation`,
          zh: `办事指南中没有情形“${field.situation}”`,
          en: `The guide has no situation ${field.situation}`,
        });
        continue;
      }
      const ids = new Set(situation.options.map((o) => o.id));
      field.options.forEach((o, j) => {
        if (!ids.has(o.value))
          problems.push({
            path: `${at}.options.${j}.value`,
            zh: `“${o.value}”不是情形“${situation.question}”的选项`,
            en: `${o.value} is not an option of the situation ${situation.id}`,
          });
      });
      if (field.type === 'checkbox' && !situation.multiple)
        problems.push({ path: `${at}.type`, zh: '该情形只能单选', en: 'This situation takes one answer' });
    }
  }
  return problems;
}

function allFields(form: FormSchema): FormField[] {
  const out: FormField[] = [];
  const walk = (fields: readonly FormField[]) => {
    for (const f of fields) {
      out.push(f);
      if (f.type === 'group') walk(f.fields);
    }
  };
  walk(formFields(form));
  return out;
}

/** The JSON path of every field object of a form. */
function locate(form: FormSchema, prefix: string): Map<FormField, string> {
  const paths = new Map<FormField, string>();
  const walk = (fields: readonly FormField[], path: string) =>
    fields.forEach((f, i) => {
      paths.set(f, `${path}.${i}`);
      if (f.type === 'group') walk(f.fields, `${path}.${i}.fields`);
    });
  form.steps.forEach((step, s) => step.sections.forEach((section, k) => walk(section.fields, `${prefix}.steps.${s}.sections.${k}.fields`)));
  return paths;
}
