// The form document the designer edits, and every change to it, as pure
// functions: each returns a new FormSchema (unchanged parts shared), so undo is
// keeping the old one and a 200-field form is copied only along the path that
// changed. Nothing here renders or knows the DOM.
import { FIELD_TYPES, FormSchema, PROFILE_FIELDS } from '@yiwang/contract';
import type { Comparison, Condition, FieldType, FormField, FormSection, FormStep, LicenseType } from '@yiwang/contract';

export type { FieldType };

/** Where a field sits: step, section and index within the section. */
export interface FieldPlace {
  step: number;
  section: number;
  index: number;
}

/** A problem of the document, with the JSON path it is at (`steps[0].sections[0].fields[2].name`). */
export interface Problem {
  path: string;
  /** The zod issue code, or the designer's own rule (`duplicate-name`, `condition-order` …). */
  code: string;
  message: string;
  /** Details for the message (the name that is duplicated, the field a condition names …). */
  params?: Record<string, string>;
}

/** Field types whose value is typed as text and that take a placeholder. */
export const PLACEHOLDER_TYPES: ReadonlySet<FieldType> = new Set(['text', 'textarea', 'idCard', 'uscc', 'mobile', 'email']);
/** The text field and its checked variants: "校验" switches between these types. */
export const FORMAT_TYPES = ['text', 'idCard', 'uscc', 'mobile', 'email'] as const;
export const CHOICE_TYPES: ReadonlySet<FieldType> = new Set(['select', 'radio', 'checkbox']);
export { FIELD_TYPES, PROFILE_FIELDS };

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Whether `name` can be a field's data key. */
export const isValidName = (name: string): boolean => NAME.test(name);

/**
 * A new, empty form: one step with one section. For an item it is `form-<item id>`,
 * the id the server gives an item's first form (an item that has a form keeps its id:
 * set `id` to publish a new version of it).
 */
export function emptyForm(texts: { title: string; step: string; section: string }, itemId?: string): FormSchema {
  return {
    id: itemId ? `form-${itemId}` : 'form-draft',
    itemId: itemId || 'item',
    title: texts.title,
    version: 1,
    steps: [{ id: 'step-1', title: texts.step, sections: [{ id: 'section-1', title: texts.section, fields: [] }] }],
    delivery: { express: false, pickup: true },
    offlineAllowed: false,
  };
}

// ---------------------------------------------------------------------------
// Reading

/** Every field name in the form, nested group fields included. */
export function allNames(form: FormSchema): Set<string> {
  const names = new Set<string>();
  const visit = (fields: readonly FormField[]) => {
    for (const f of fields) {
      names.add(f.name);
      if (f.type === 'group') visit(f.fields);
    }
  };
  for (const step of form.steps) for (const section of step.sections) visit(section.fields);
  return names;
}

/** The top-level fields in form order, with where each sits. */
export function fieldsInOrder(form: FormSchema): Array<{ field: FormField; place: FieldPlace }> {
  const out: Array<{ field: FormField; place: FieldPlace }> = [];
  form.steps.forEach((step, s) =>
    step.sections.forEach((section, c) =>
      section.fields.forEach((field, index) => out.push({ field, place: { step: s, section: c, index } })),
    ),
  );
  return out;
}

/** Where the top-level field `name` sits, or null. */
export function locate(form: FormSchema, name: string): FieldPlace | null {
  for (let s = 0; s < form.steps.length; s++) {
    const sections = form.steps[s]!.sections;
    for (let c = 0; c < sections.length; c++) {
      const index = sections[c]!.fields.findIndex((f) => f.name === name);
      if (index >= 0) return { step: s, section: c, index };
    }
  }
  return null;
}

export function fieldAt(form: FormSchema, place: FieldPlace): FormField | undefined {
  return form.steps[place.step]?.sections[place.section]?.fields[place.index];
}

/** Where the section with this id sits. */
export function locateSection(form: FormSchema, id: string): { step: number; section: number } | null {
  for (let s = 0; s < form.steps.length; s++) {
    const section = form.steps[s]!.sections.findIndex((c) => c.id === id);
    if (section >= 0) return { step: s, section };
  }
  return null;
}

/** The fields before `name` in form order: what its condition may name. */
export function earlierFields(form: FormSchema, name: string): FormField[] {
  const out: FormField[] = [];
  for (const { field } of fieldsInOrder(form)) {
    if (field.name === name) return out;
    if (field.type !== 'group') out.push(field);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Changing fields

function withSection(form: FormSchema, step: number, section: number, change: (s: FormSection) => FormSection): FormSchema {
  return {
    ...form,
    steps: form.steps.map((st, i) =>
      i !== step ? st : { ...st, sections: st.sections.map((sc, j) => (j !== section ? sc : change(sc))) },
    ),
  };
}

/** A name not used yet: `field1`, `field2` … (or `<base>Copy`, `<base>Copy2` … for a duplicate). */
export function uniqueName(form: FormSchema, base = 'field'): string {
  const taken = allNames(form);
  const stem = base.replace(/[^A-Za-z0-9_]/g, '').replace(/^[^A-Za-z]+/, '') || 'field';
  for (let n = base === 'field' ? 1 : 0; ; n++) {
    const candidate = `${stem}${n === 0 ? '' : n}`.slice(0, 64);
    if (!taken.has(candidate)) return candidate;
  }
}

/** A new field of `type` with the defaults the palette gives it. */
export function newField(type: FieldType, name: string, label: string, optionLabel: (n: number) => string): FormField {
  switch (type) {
    case 'select':
    case 'radio':
    case 'checkbox':
      return { type, name, label, options: [1, 2].map((n) => ({ value: `option${n}`, label: optionLabel(n) })) };
    case 'license':
      return { type, name, label, licenseType: 'business_license' satisfies LicenseType };
    case 'group':
      return { type, name, label, fields: [] };
    default:
      return { type, name, label } as FormField;
  }
}

/** Inserts `field` at `place` (index past the end: last in its section). */
export function insertField(form: FormSchema, place: FieldPlace, field: FormField): FormSchema {
  return withSection(form, place.step, place.section, (s) => {
    const fields = [...s.fields];
    fields.splice(Math.min(place.index, fields.length), 0, field);
    return { ...s, fields };
  });
}

/** A copy of `name` right after it, under a new name (nested names renamed too). */
export function duplicateField(form: FormSchema, name: string): { form: FormSchema; name: string } | null {
  const place = locate(form, name);
  if (!place) return null;
  const taken = allNames(form);
  const fresh = (base: string): string => {
    for (let n = 0; ; n++) {
      const candidate = `${base.slice(0, 56)}Copy${n === 0 ? '' : n}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  };
  const copyOf = (field: FormField): FormField => {
    const copy = JSON.parse(JSON.stringify(field)) as FormField;
    copy.name = fresh(field.name);
    if (copy.type === 'group' && field.type === 'group') copy.fields = field.fields.map(copyOf);
    return copy;
  };
  const copy = copyOf(fieldAt(form, place)!);
  return { form: insertField(form, { ...place, index: place.index + 1 }, copy), name: copy.name };
}

function removeAt(form: FormSchema, place: FieldPlace): FormSchema {
  return withSection(form, place.step, place.section, (s) => ({ ...s, fields: s.fields.filter((_, i) => i !== place.index) }));
}

/** Drops the comparisons on `name` from a condition; undefined when nothing is left. */
export function withoutField(condition: Condition, name: string): Condition | undefined {
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const list = ('all' in condition ? condition.all : (condition as { any: Condition[] }).any)
      .map((c) => withoutField(c, name))
      .filter((c): c is Condition => !!c);
    if (list.length === 0) return undefined;
    return key === 'all' ? { all: list } : { any: list };
  }
  if ('not' in condition) {
    const inner = withoutField(condition.not, name);
    return inner && { not: inner };
  }
  return condition.field === name ? undefined : condition;
}

/** Whether a condition names `name`. */
export function mentions(condition: Condition | undefined, name: string): boolean {
  return !!condition && conditionFields(condition).includes(name);
}

/** The field names a condition compares. */
export function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field];
}

/** Removes `name`, and the comparisons on it from the other fields' conditions (which would name nothing). */
export function removeField(form: FormSchema, name: string): { form: FormSchema; conditionsChanged: number } | null {
  const place = locate(form, name);
  if (!place) return null;
  let changed = 0;
  const removed = removeAt(form, place);
  const steps = removed.steps.map((step) => ({
    ...step,
    sections: step.sections.map((section) =>
      section.fields.some((f) => mentions(f.visibleWhen, name))
        ? {
            ...section,
            fields: section.fields.map((f) => {
              if (!mentions(f.visibleWhen, name)) return f;
              changed++;
              const { visibleWhen, ...rest } = f;
              const kept = withoutField(visibleWhen!, name);
              return (kept ? { ...rest, visibleWhen: kept } : rest) as FormField;
            }),
          }
        : section,
    ),
  }));
  return { form: { ...removed, steps }, conditionsChanged: changed };
}

/** Sets (or, with undefined, removes) properties of the field `name`. */
export function updateField(form: FormSchema, name: string, patch: Record<string, unknown>): FormSchema {
  const place = locate(form, name);
  if (!place) return form;
  return withSection(form, place.step, place.section, (s) => ({
    ...s,
    fields: s.fields.map((f, i) => {
      if (i !== place.index) return f;
      const next: Record<string, unknown> = { ...f };
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
      return next as FormField;
    }),
  }));
}

/** A condition with `from` renamed to `to`. */
function renameIn(condition: Condition, from: string, to: string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renameIn(c, from, to)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameIn(c, from, to)) };
  if ('not' in condition) return { not: renameIn(condition.not, from, to) };
  return condition.field === from ? { ...condition, field: to } : condition;
}

/** Renames a top-level field and every condition that names it. */
export function renameField(form: FormSchema, from: string, to: string): FormSchema {
  const renamed = updateField(form, from, { name: to });
  return {
    ...renamed,
    steps: renamed.steps.map((step) => ({
      ...step,
      sections: step.sections.map((section) =>
        section.fields.some((f) => mentions(f.visibleWhen, from))
          ? {
              ...section,
              fields: section.fields.map((f) =>
                mentions(f.visibleWhen, from) ? ({ ...f, visibleWhen: renameIn(f.visibleWhen!, from, to) } as FormField) : f,
              ),
            }
          : section,
      ),
    })),
  };
}

/** Changes a field's type among the text field and its checked variants, keeping what both have. */
export function changeFormat(form: FormSchema, name: string, type: (typeof FORMAT_TYPES)[number]): FormSchema {
  const place = locate(form, name);
  const field = place && fieldAt(form, place);
  if (!field || !(FORMAT_TYPES as readonly string[]).includes(field.type)) return form;
  const { name: n, label, hint, required, readonly, visibleWhen, prefill } = field;
  const placeholder = (field as { placeholder?: string }).placeholder;
  const kept = { name: n, label, hint, required, readonly, visibleWhen, prefill, placeholder };
  // Text-only checks do not carry over to a checked type (and back, they are gone).
  const extra =
    type === 'text' && field.type === 'text' ? { minLength: field.minLength, maxLength: field.maxLength, pattern: field.pattern } : {};
  const next = Object.fromEntries(Object.entries({ type, ...kept, ...extra }).filter(([, v]) => v !== undefined)) as FormField;
  return withSection(form, place.step, place.section, (s) => ({ ...s, fields: s.fields.map((f, i) => (i === place.index ? next : f)) }));
}

/**
 * Moves `name` one place up (-1) or down (+1). At the first or last place of
 * its section it goes to the end of the previous section or the start of the
 * next (across steps too). Null when it cannot move further.
 */
export function moveField(form: FormSchema, name: string, delta: -1 | 1): { form: FormSchema; place: FieldPlace } | null {
  const place = locate(form, name);
  if (!place) return null;
  const field = fieldAt(form, place)!;
  const count = form.steps[place.step]!.sections[place.section]!.fields.length;
  const inside = place.index + delta;
  if (inside >= 0 && inside < count) {
    const target = { ...place, index: inside };
    return { form: insertField(removeAt(form, place), target, field), place: target };
  }
  // Across a section boundary: the neighbouring section in form order.
  const sections = form.steps.flatMap((st, s) => st.sections.map((_, c) => ({ step: s, section: c })));
  const at = sections.findIndex((p) => p.step === place.step && p.section === place.section);
  const next = sections[at + delta];
  if (!next) return null;
  const index = delta < 0 ? form.steps[next.step]!.sections[next.section]!.fields.length : 0;
  const target = { ...next, index };
  return { form: insertField(removeAt(form, place), target, field), place: target };
}

/** Moves `name` into the section `sectionId` at `index` (past the end: last). */
export function moveFieldTo(
  form: FormSchema,
  name: string,
  sectionId: string,
  index = Infinity,
): { form: FormSchema; place: FieldPlace } | null {
  const from = locate(form, name);
  if (!from) return null;
  const field = fieldAt(form, from)!;
  const without = removeAt(form, from);
  const to = locateSection(without, sectionId);
  if (!to) return null;
  const length = without.steps[to.step]!.sections[to.section]!.fields.length;
  const place = { ...to, index: Math.max(0, Math.min(index, length)) };
  return { form: insertField(without, place, field), place };
}

// ---------------------------------------------------------------------------
// Steps and sections

function uniqueId(form: FormSchema, prefix: 'step' | 'section'): string {
  const taken = new Set(form.steps.flatMap((s) => [s.id, ...s.sections.map((c) => c.id)]));
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function addStep(form: FormSchema, title: string, sectionTitle: string): { form: FormSchema; id: string } {
  const id = uniqueId(form, 'step');
  const withStep = { ...form, steps: [...form.steps, { id, title, sections: [] }] };
  const section = { id: uniqueId(withStep, 'section'), title: sectionTitle, fields: [] };
  return { form: { ...form, steps: [...form.steps, { id, title, sections: [section] }] }, id };
}

export function addSection(form: FormSchema, stepId: string, title: string): { form: FormSchema; id: string } {
  const id = uniqueId(form, 'section');
  return {
    form: { ...form, steps: form.steps.map((s) => (s.id === stepId ? { ...s, sections: [...s.sections, { id, title, fields: [] }] } : s)) },
    id,
  };
}

export function updateStep(form: FormSchema, id: string, patch: Partial<Pick<FormStep, 'title'>>): FormSchema {
  return { ...form, steps: form.steps.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

export function updateSection(form: FormSchema, id: string, patch: Partial<Pick<FormSection, 'title' | 'description'>>): FormSchema {
  return {
    ...form,
    steps: form.steps.map((s) =>
      s.sections.some((c) => c.id === id)
        ? {
            ...s,
            sections: s.sections.map((c) => {
              if (c.id !== id) return c;
              const next = { ...c, ...patch };
              if (!next.description) delete next.description;
              return next;
            }),
          }
        : s,
    ),
  };
}

/** Moves a step one place; null at the end. */
export function moveStep(form: FormSchema, id: string, delta: -1 | 1): { form: FormSchema; index: number } | null {
  const at = form.steps.findIndex((s) => s.id === id);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= form.steps.length) return null;
  const steps = [...form.steps];
  steps.splice(to, 0, ...steps.splice(at, 1));
  return { form: { ...form, steps }, index: to };
}

/** Moves a section one place; past the first or last of its step, into the previous or next step. */
export function moveSection(form: FormSchema, id: string, delta: -1 | 1): { form: FormSchema; step: number; index: number } | null {
  const from = locateSection(form, id);
  if (!from) return null;
  const section = form.steps[from.step]!.sections[from.section]!;
  const count = form.steps[from.step]!.sections.length;
  let step = from.step;
  let index = from.section + delta;
  if (index < 0 || index >= count) {
    step += delta;
    if (step < 0 || step >= form.steps.length) return null;
    index = delta < 0 ? form.steps[step]!.sections.length : 0;
  }
  const steps = form.steps.map((s, i) => (i === from.step ? { ...s, sections: s.sections.filter((c) => c.id !== id) } : s));
  const target = steps[step]!;
  const sections = [...target.sections];
  sections.splice(index, 0, section);
  steps[step] = { ...target, sections };
  return { form: { ...form, steps }, step, index };
}

/** Removes an empty step (a form keeps at least one). */
export function removeStep(form: FormSchema, id: string): FormSchema | null {
  const step = form.steps.find((s) => s.id === id);
  if (!step || form.steps.length <= 1 || step.sections.some((c) => c.fields.length > 0)) return null;
  return { ...form, steps: form.steps.filter((s) => s.id !== id) };
}

/** Removes an empty section. */
export function removeSection(form: FormSchema, id: string): FormSchema | null {
  const at = locateSection(form, id);
  if (!at || form.steps[at.step]!.sections[at.section]!.fields.length > 0) return null;
  return { ...form, steps: form.steps.map((s, i) => (i === at.step ? { ...s, sections: s.sections.filter((c) => c.id !== id) } : s)) };
}

// ---------------------------------------------------------------------------
// Conditions: what the builder offers for a field

/** The operators that make sense for a field of this kind (from the contract's CONDITION_OPS). */
export function opsFor(field: FormField): Comparison['op'][] {
  switch (field.type) {
    case 'select':
    case 'radio':
      return ['eq', 'neq', 'in', 'notIn', 'empty', 'notEmpty'];
    case 'checkbox':
      return field.options.length === 0 ? ['eq'] : ['eq', 'neq', 'in', 'notIn', 'empty', 'notEmpty'];
    case 'number':
      return ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'];
    case 'address':
    case 'file':
    case 'license':
    case 'group':
      return ['notEmpty', 'empty'];
    default:
      // Text and dates compare as text (the contract's gt/lt compare numbers only).
      return ['eq', 'neq', 'empty', 'notEmpty'];
  }
}

/** Operators that take no value. */
export const VALUELESS: ReadonlySet<Comparison['op']> = new Set(['empty', 'notEmpty']);
/** Operators that take a list of values. */
export const LIST_OPS: ReadonlySet<Comparison['op']> = new Set(['in', 'notIn']);

/** A comparison on `field` with its first operator and a value of the right kind. */
export function defaultComparison(field: FormField, op: Comparison['op'] = opsFor(field)[0]!): Comparison {
  if (VALUELESS.has(op)) return { field: field.name, op };
  const first = 'options' in field ? field.options[0]?.value : undefined;
  if (field.type === 'checkbox' && field.options.length === 0) return { field: field.name, op, value: true };
  if (LIST_OPS.has(op)) return { field: field.name, op, value: first === undefined ? [] : [first] };
  if (field.type === 'number') return { field: field.name, op, value: 0 };
  return { field: field.name, op, value: first ?? '' };
}

/** The builder's view of a condition: comparisons joined by all or any, possibly negated. */
export interface BuilderRule {
  join: 'all' | 'any';
  negate: boolean;
  items: Comparison[];
}

const isComparison = (c: Condition): c is Comparison => 'field' in c;

/** A condition as the builder shows it, or null when it nests deeper than the builder edits (the JSON view does). */
export function toRule(condition: Condition | undefined): BuilderRule | null {
  if (!condition) return { join: 'all', negate: false, items: [] };
  let negate = false;
  let inner = condition;
  if ('not' in inner) {
    negate = true;
    inner = inner.not;
  }
  if (isComparison(inner)) return { join: 'all', negate, items: [inner] };
  if ('all' in inner && inner.all.every(isComparison)) return { join: 'all', negate, items: inner.all };
  if ('any' in inner && inner.any.every(isComparison)) return { join: 'any', negate, items: inner.any };
  return null;
}

/** The condition a builder rule stands for (undefined: always shown). */
export function fromRule(rule: BuilderRule): Condition | undefined {
  if (rule.items.length === 0) return undefined;
  const inner: Condition =
    rule.items.length === 1 && !rule.negate ? rule.items[0]! : rule.join === 'all' ? { all: rule.items } : { any: rule.items };
  if (rule.items.length === 1 && rule.negate) return { not: rule.items[0]! };
  return rule.negate ? { not: inner } : inner;
}

// ---------------------------------------------------------------------------
// Problems: the contract's schema first, then what only the designer checks

/** `['steps', 0, 'title']` → `steps[0].title`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(root)';
}

/** Every problem of a value as a form document, schema errors (with paths) first. */
export function problemsOf(value: unknown): { form: FormSchema | null; problems: Problem[] } {
  const parsed = FormSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const params: Record<string, string> = {};
      if ('expected' in issue && issue.expected !== undefined) params.expected = String(issue.expected);
      if ('keys' in issue && Array.isArray(issue.keys)) params.keys = issue.keys.join(', ');
      return { path: formatPath(issue.path), code: issue.code, message: issue.message, params };
    });
    return { form: null, problems };
  }
  return { form: parsed.data, problems: ruleProblems(parsed.data) };
}

/** What the schema allows but a working form cannot have. */
export function ruleProblems(form: FormSchema): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const before = new Set<string>();
  // Step ids and section ids are each unique, as the contract's checkFormSchema says: a step and its one
  // section may share an id (the server's starter forms do: `materials` in `materials`).
  const stepIds = new Set<string>();
  const sectionIds = new Set<string>();
  form.steps.forEach((step, s) => {
    if (stepIds.has(step.id))
      problems.push({ path: `steps[${s}].id`, code: 'duplicate-id', message: `duplicate id ${step.id}`, params: { id: step.id } });
    stepIds.add(step.id);
    step.sections.forEach((section, c) => {
      const at = `steps[${s}].sections[${c}]`;
      if (sectionIds.has(section.id))
        problems.push({ path: `${at}.id`, code: 'duplicate-id', message: `duplicate id ${section.id}`, params: { id: section.id } });
      sectionIds.add(section.id);
      section.fields.forEach((field, i) => {
        const path = `${at}.fields[${i}]`;
        check(field, path);
        before.add(field.name);
      });
    });
  });
  function check(field: FormField, path: string): void {
    if (seen.has(field.name))
      problems.push({
        path: `${path}.name`,
        code: 'duplicate-name',
        message: `duplicate name ${field.name}`,
        params: { name: field.name },
      });
    seen.add(field.name);
    if (!field.label.trim()) problems.push({ path: `${path}.label`, code: 'empty-label', message: 'label is empty' });
    if ((field.type === 'select' || field.type === 'radio') && field.options.length === 0)
      problems.push({ path: `${path}.options`, code: 'no-options', message: 'a choice needs at least one option' });
    if ('options' in field) {
      const values = new Set<string>();
      field.options.forEach((o, n) => {
        if (values.has(o.value))
          problems.push({
            path: `${path}.options[${n}].value`,
            code: 'duplicate-option',
            message: `duplicate option ${o.value}`,
            params: { value: o.value },
          });
        values.add(o.value);
      });
    }
    if (field.visibleWhen)
      for (const name of conditionFields(field.visibleWhen))
        if (!before.has(name))
          problems.push({
            path: `${path}.visibleWhen`,
            code: 'condition-order',
            message: `condition names ${name}, which is not before this field`,
            params: { name },
          });
    // A group's fields may name the fields before the group and their earlier siblings.
    if (field.type === 'group')
      field.fields.forEach((child, n) => {
        check(child, `${path}.fields[${n}]`);
        before.add(child.name);
      });
  }
  return problems;
}
