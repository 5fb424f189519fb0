// A starter form generated from an item's guide alone (办事指南 → 申请表):
// - the guide's 多情形 questions first, one choice field per question
//   (`situation` names it; option values are the situation's option ids);
// - the applicant, prefilled from the signed-in profile: name, 身份证 and
//   mobile for a person; enterprise name, 统一社会信用代码, 法定代表人 and a
//   contact mobile for an enterprise (an item for both asks which first);
// - one field per material: an upload that also takes the applicant's e-license
//   where the material has a `licenseType` (an applicant without the e-license
//   can still upload a scan), shown only for the answers that call for it
//   (`visibleWhen` derived from the situations); a 容缺 material is optional,
//   with a pledge to supply it later that is required while it is left empty;
// - delivery as the item offers it (the renderer adds its delivery step).
// Pure: the same guide gives the same form, so the seed can store it and a
// department can start its own from it.
import type { Condition, FormField, FormSchema, FormSection, FormStep, ItemDetail, Material, Situation } from '@yiwang/contract';

const ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'];

/** The field name of a situation question: its id made a name (`capital-up` → `situation_capital_up`). */
export function situationFieldName(situationId: string): string {
  return `situation_${situationId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** The field name of a material (`premises-own` → `material_premises_own`). */
export function materialFieldName(materialId: string): string {
  return `material_${materialId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/**
 * The id of an item's form: the one the item names, else `form-<item id>` (the
 * id of its generated form, and of a form first published for an item that
 * names none, which the catalog then serves as the item's form).
 */
export const itemFormId = (item: Pick<ItemDetail, 'id' | 'formId'>): string => item.formId ?? `form-${item.id}`;

/** Whether any answer asks for a conditional material (one that none lists is never asked). */
const askedAtAll = (material: Material, situations: readonly Situation[]) =>
  !material.conditional || situations.some((s) => s.options.some((o) => o.materialIds.includes(material.id)));

/** When a material is asked for: the situation answers that list it, or always (null). */
function materialCondition(material: Material, situations: readonly Situation[]): Condition | null {
  if (!material.conditional) return null;
  const comparisons: Condition[] = situations.flatMap((s) => {
    const options = s.options.filter((o) => o.materialIds.includes(material.id)).map((o) => o.id);
    return options.length === 0 ? [] : [{ field: situationFieldName(s.id), op: 'in' as const, value: options }];
  });
  return comparisons.length === 1 ? comparisons[0]! : { any: comparisons };
}

function situationField(s: Situation): FormField {
  const options = s.options.map((o) => ({ value: o.id, label: o.label }));
  return s.multiple
    ? { type: 'checkbox', name: situationFieldName(s.id), label: s.question, options, situation: s.id }
    : { type: 'radio', name: situationFieldName(s.id), label: s.question, required: true, options, situation: s.id };
}

function applicantFields(item: ItemDetail): FormField[] {
  const person = item.audiences.includes('person');
  const enterprise = item.audiences.includes('enterprise');
  const kind = (value: 'person' | 'enterprise'): Condition | undefined =>
    person && enterprise ? { field: 'applicantKind', op: 'eq', value } : undefined;
  const when = (value: 'person' | 'enterprise') => {
    const condition = kind(value);
    return condition ? { visibleWhen: condition } : {};
  };
  const fields: FormField[] = [];
  if (person && enterprise) {
    fields.push({
      type: 'radio',
      name: 'applicantKind',
      label: '申请人类型',
      required: true,
      options: [
        { value: 'person', label: '个人（自然人）' },
        { value: 'enterprise', label: '企业或其他组织（法人）' },
      ],
    });
  }
  if (person) {
    fields.push(
      {
        type: 'text',
        name: 'applicantName',
        label: '申请人姓名',
        required: true,
        maxLength: 30,
        prefill: { source: 'profile', field: 'name' },
        ...when('person'),
      },
      {
        type: 'idCard',
        name: 'applicantIdCard',
        label: '申请人身份证号码',
        required: true,
        prefill: { source: 'profile', field: 'idCard' },
        ...when('person'),
      },
    );
  }
  if (enterprise) {
    fields.push(
      {
        type: 'text',
        name: 'enterpriseName',
        label: '单位名称',
        required: true,
        maxLength: 100,
        prefill: { source: 'profile', field: 'enterpriseName' },
        ...when('enterprise'),
      },
      {
        type: 'uscc',
        name: 'enterpriseUscc',
        label: '统一社会信用代码',
        required: true,
        prefill: { source: 'profile', field: 'uscc' },
        ...when('enterprise'),
      },
      {
        type: 'text',
        name: 'legalPerson',
        label: '法定代表人（负责人）',
        required: true,
        maxLength: 30,
        prefill: { source: 'profile', field: 'legalPerson' },
        ...when('enterprise'),
      },
    );
  }
  fields.push({
    type: 'mobile',
    name: 'applicantMobile',
    label: '联系电话',
    required: true,
    prefill: { source: 'profile', field: 'mobile' },
  });
  return fields;
}

function materialFields(material: Material, situations: readonly Situation[]): FormField[] {
  const name = materialFieldName(material.id);
  const condition = materialCondition(material, situations);
  const hint = [material.licenseType ? '可直接使用您的电子证照，无需上传' : null, material.notes ?? material.sourceNote ?? null]
    .filter(Boolean)
    .join('；');
  const file: FormField = {
    type: 'file',
    name,
    label: material.name,
    materialId: material.id,
    required: material.required && !material.deferrable,
    accept: ACCEPT,
    maxSizeMb: 10,
    maxFiles: 5,
    ...(material.licenseType ? { licenseType: material.licenseType } : {}),
    ...(hint ? { hint } : {}),
    ...(condition ? { visibleWhen: condition } : {}),
  };
  if (!material.deferrable || !material.required) return [file];
  // 容缺受理: the material may follow after acceptance if the applicant pledges to supply it.
  const empty: Condition = { field: name, op: 'empty' };
  return [
    file,
    {
      type: 'checkbox',
      name: `${name}_pledge`,
      label: `我承诺在受理后按期补交“${material.name}”（容缺受理）`,
      required: true,
      options: [],
      visibleWhen: condition ? { all: [condition, empty] } : empty,
    },
  ];
}

/** The starter form of an item, from its guide; `version` 1. */
export function starterForm(item: ItemDetail): FormSchema {
  const { situations, materials } = item.guide;
  const steps: FormStep[] = [];
  if (situations.length > 0) {
    steps.push({
      id: 'situations',
      title: '情形选择',
      sections: [
        {
          id: 'situations',
          title: '请根据您的情况选择',
          description: '所需材料按您的选择确定',
          fields: situations.map(situationField),
        },
      ],
    });
  }
  const sections: FormSection[] = [{ id: 'applicant', title: '申请人', fields: applicantFields(item) }];
  steps.push({ id: 'applicant', title: '申请人信息', sections });
  // The application form itself is what is being filled in.
  const asked = materials.filter((m) => m.id !== 'application' && askedAtAll(m, situations));
  if (asked.length > 0) {
    steps.push({
      id: 'materials',
      title: '申请材料',
      sections: [{ id: 'materials', title: '申请材料', fields: asked.flatMap((m) => materialFields(m, situations)) }],
    });
  }
  const express = item.channels.includes('express') && item.guide.resultType !== 'none';
  return {
    id: itemFormId(item),
    itemId: item.id,
    title: `${item.name}申请表`,
    version: 1,
    steps,
    delivery: { express, pickup: !express || item.channels.includes('offline') },
    offlineAllowed: item.channels.includes('offline'),
  };
}

/**
 * Whether an item can be applied for without a visit and needs a form here:
 * zero visits, an online channel, no hand-made form and no other platform taking it.
 */
export function needsStarterForm(item: ItemDetail): boolean {
  return item.visitsRequired === 0 && item.channels.includes('online') && item.formId === null && !item.applyUrl;
}
