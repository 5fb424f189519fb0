// The data of one form as the applicant enters it, and what of it is visible
// and submitted. Visibility is evaluated as data with the contract's
// `evaluateCondition`, against the values in their submitted shape, the way the
// server evaluates them: a field hidden by its condition is neither validated
// nor submitted, and a condition that names a hidden field sees it as missing.
import { evaluateCondition, formFields, normalizeIdCard, normalizeMobile, normalizeUscc } from '@yiwang/contract';
import type { Condition, DivisionRef, FormField, FormSchema, PostalAddress } from '@yiwang/contract';

export type Values = Record<string, unknown>;

/** A file field's value as entered: uploaded files, or an e-license used in their place. */
export interface FileValue {
  use: 'upload' | 'license';
  fileIds: string[];
  licenseId: string | null;
}

/** What is known about a field of the schema: where it sits. */
interface Indexed {
  field: FormField;
  /** Index of the schema step the field (or its top-level group) is in. */
  step: number;
}

export const isRecord = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || v === false || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

export function asFileValue(v: unknown): FileValue {
  if (!isRecord(v)) return { use: 'upload', fileIds: [], licenseId: null };
  const fileIds = Array.isArray(v.fileIds) ? v.fileIds.filter((x): x is string => typeof x === 'string') : [];
  return { use: v.use === 'license' ? 'license' : 'upload', fileIds, licenseId: typeof v.licenseId === 'string' ? v.licenseId : null };
}

/** An address answer (the value of `<yw-address-picker>` or of the built-in fallback) as entered; drafts saved before recipient and mobile became `''` for "none" may hold null there. */
export function asAddress(v: unknown): PostalAddress | null {
  if (!isRecord(v) || typeof v.divisionCode !== 'string') return null;
  const str = (x: unknown) => (typeof x === 'string' ? x : null);
  return {
    recipient: str(v.recipient) ?? '',
    mobile: str(v.mobile) ?? '',
    divisionCode: v.divisionCode,
    divisionPath: Array.isArray(v.divisionPath) ? (v.divisionPath as DivisionRef[]) : [],
    detail: str(v.detail) ?? '',
    postcode: str(v.postcode),
  };
}

/** Nothing chosen or typed. */
export function isEmptyAddress(a: PostalAddress | null): boolean {
  return !a || (!a.divisionCode && !a.detail.trim() && !a.recipient && !a.mobile && !a.postcode);
}

/** The id of a field's control in the shadow root (`members.0.idCard` → `f-members-0-idCard`). */
/** The fewest entries a repeatable group takes (one when required). */
export const minEntries = (field: Extract<FormField, { type: 'group' }>) =>
  field.repeat ? Math.max(field.repeat.min, field.required ? 1 : 0) : 0;

export const controlId = (path: string) => `f-${path.replace(/[.$]/g, '-')}`;

/** The names of the fields a condition reads. */
function conditionFields(condition: Condition, out: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => conditionFields(c, out));
  else if ('any' in condition) condition.any.forEach((c) => conditionFields(c, out));
  else if ('not' in condition) conditionFields(condition.not, out);
  else out.add(condition.field);
}

/** A field's value in the shape the contract (and the server) takes; undefined when empty. */
function shapeOf(field: FormField, value: unknown, hidden: ReadonlySet<string>, path: string): unknown {
  switch (field.type) {
    case 'group': {
      if (field.repeat) {
        const entries = Array.isArray(value) ? value : [];
        return entries.map((e, i) => shape(field.fields, isRecord(e) ? e : {}, `${path}.${i}`, hidden));
      }
      const entry = shape(field.fields, isRecord(value) ? value : {}, path, hidden);
      return Object.keys(entry).length > 0 ? entry : undefined;
    }
    case 'file': {
      const file = asFileValue(value);
      if (file.use === 'license') return file.licenseId ? { licenseId: file.licenseId } : undefined;
      return file.fileIds.length > 0 ? { fileIds: [...file.fileIds] } : undefined;
    }
    case 'address': {
      const a = asAddress(value);
      if (!a || (a.divisionCode === '' && a.detail.trim() === '')) return undefined;
      return { recipient: a.recipient, mobile: a.mobile, divisionCode: a.divisionCode, detail: a.detail.trim(), postcode: a.postcode };
    }
    case 'checkbox':
      if (field.options.length === 0) return value === true ? true : undefined;
      return Array.isArray(value) && value.length > 0 ? [...(value as string[])] : undefined;
    case 'number': {
      // Kept as typed (so the input is never rewritten mid-typing); submitted as a number.
      if (typeof value === 'number' || value === undefined || value === null) return value ?? undefined;
      const typed = String(value).trim();
      if (typed === '') return undefined;
      const plain = typed.normalize('NFKC').replace(/[,\s]/g, '');
      return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : typed;
    }
    case 'idCard':
    case 'uscc':
    case 'mobile': {
      if (typeof value !== 'string' || value.trim() === '') return undefined;
      const normalize = field.type === 'idCard' ? normalizeIdCard : field.type === 'uscc' ? normalizeUscc : normalizeMobile;
      return normalize(value);
    }
    default:
      if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
      return isEmptyValue(value) ? undefined : value;
  }
}

/** The submitted shape of `values` for `fields`, leaving out hidden paths and empty values. */
function shape(fields: readonly FormField[], values: Values, prefix: string, hidden: ReadonlySet<string>): Values {
  const out: Values = {};
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    if (hidden.has(path)) continue;
    const value = shapeOf(field, values[field.name], hidden, path);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

/** Adds the paths of fields whose condition is false in `scope` (children of hidden groups are not visited). */
function collectHidden(fields: readonly FormField[], scope: Values[], prefix: string, out: Set<string>): void {
  const here = scope[scope.length - 1]!;
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    if (field.visibleWhen && !evaluateCondition(field.visibleWhen, scope)) {
      out.add(path);
      continue;
    }
    if (field.type !== 'group') continue;
    const value = here[field.name];
    if (field.repeat) {
      (Array.isArray(value) ? value : []).forEach((e, i) =>
        collectHidden(field.fields, [...scope, isRecord(e) ? e : {}], `${path}.${i}`, out),
      );
    } else {
      collectHidden(field.fields, [...scope, isRecord(value) ? value : {}], path, out);
    }
  }
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Reads a dotted path (`members.0.idCard`). */
export function getAt(values: Values, path: string): unknown {
  let node: unknown = values;
  for (const key of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isRecord(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Writes a dotted path, creating the groups and entries on the way. */
export function setAt(values: Values, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Values | unknown[] = values;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const slot = Array.isArray(node) ? Number(key) : key;
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[slot] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
    let child = container[slot];
    if (nextIsIndex ? !Array.isArray(child) : !isRecord(child)) container[slot] = child = nextIsIndex ? [] : {};
    node = child as Values | unknown[];
  });
}

/**
 * One form's entered values. Writes go through `set()`, which bumps `revision`;
 * visibility and the submitted data are computed once per revision.
 */
export class FormModel {
  readonly schema: FormSchema;
  readonly fields: readonly FormField[];
  /** Names of fields that some condition reads: typing in one may show or hide others. */
  readonly watched = new Set<string>();
  values: Values = {};
  revision = 0;
  private readonly index = new Map<string, Indexed>();
  private cache: { revision: number; hidden: Set<string>; submitted: Values } | null = null;

  constructor(schema: FormSchema) {
    this.schema = schema;
    this.fields = formFields(schema);
    schema.steps.forEach((step, stepIndex) => {
      const add = (fields: readonly FormField[], prefix: string) => {
        for (const field of fields) {
          const key = prefix ? `${prefix}/${field.name}` : field.name;
          this.index.set(key, { field, step: stepIndex });
          if (field.visibleWhen) conditionFields(field.visibleWhen, this.watched);
          if (field.type === 'group') add(field.fields, key);
        }
      };
      step.sections.forEach((section) => add(section.fields, ''));
    });
  }

  /** Whether the form has anything to fill in. */
  get isEmpty(): boolean {
    return this.fields.length === 0;
  }

  get(path: string): unknown {
    return getAt(this.values, path);
  }

  set(path: string, value: unknown): void {
    setAt(this.values, path, value);
    this.revision++;
  }

  /** Replaces every value (a restored draft, a reset). */
  replace(values: Values): void {
    this.values = values;
    this.revision++;
  }

  /** The field at a path of values (`members.0.idCard`), if it is one. */
  field(path: string): FormField | undefined {
    const found = this.resolve(path);
    return found?.path === path ? found.field : undefined;
  }

  /** The fields from the top-level one down to the field at `path` (groups first). */
  chain(path: string): FormField[] {
    const chain: FormField[] = [];
    let fields: readonly FormField[] = this.fields;
    for (const key of path.split('.')) {
      if (/^\d+$/.test(key)) continue;
      const field = fields.find((f) => f.name === key);
      if (!field) break;
      chain.push(field);
      fields = field.type === 'group' ? field.fields : [];
    }
    return chain;
  }

  /** The schema step a field path belongs to. */
  stepOf(path: string): number {
    return this.index.get(path.split('.')[0]!)?.step ?? -1;
  }

  /**
   * The longest field path a path starts with: `members.0.idCard` is a field,
   * `premisesAddress.divisionCode` belongs to `premisesAddress`, `files.1` to `files`.
   */
  resolve(path: string): { path: string; field: FormField } | null {
    const keys = path.split('.');
    let found: { path: string; field: FormField } | null = null;
    let indexKey = '';
    let valuePath = '';
    for (let i = 0; i < keys.length; i++) {
      const name = keys[i]!;
      const entry = this.index.get(indexKey ? `${indexKey}/${name}` : name);
      if (!entry) break;
      indexKey = indexKey ? `${indexKey}/${name}` : name;
      valuePath = valuePath ? `${valuePath}.${name}` : name;
      found = { path: valuePath, field: entry.field };
      if (entry.field.type !== 'group') break;
      if (entry.field.repeat) {
        const at = keys[i + 1];
        if (at === undefined || !/^\d+$/.test(at)) break;
        valuePath = `${valuePath}.${at}`;
        i++;
      }
    }
    return found;
  }

  /** Visits every visible field in order, a group before its entries' fields. */
  visit(visit: (path: string, field: FormField) => void, fields: readonly FormField[] = this.fields, prefix = ''): void {
    for (const field of fields) {
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      if (this.isHidden(path)) continue;
      visit(path, field);
      if (field.type !== 'group') continue;
      const value = this.get(path);
      if (field.repeat) (Array.isArray(value) ? value : []).forEach((_, i) => this.visit(visit, field.fields, `${path}.${i}`));
      else this.visit(visit, field.fields, path);
    }
  }

  /** Paths of the fields hidden by their conditions (their children are hidden too). */
  get hidden(): ReadonlySet<string> {
    return this.compute().hidden;
  }

  /** Whether the field at `path` is hidden, by its own condition or a group's. */
  isHidden(path: string): boolean {
    const hidden = this.hidden;
    if (hidden.size === 0) return false;
    const keys = path.split('.');
    for (let i = 1; i <= keys.length; i++) if (hidden.has(keys.slice(0, i).join('.'))) return true;
    return false;
  }

  /** The data as submitted: visible, non-empty values in the contract's shape. */
  get submitted(): Values {
    return this.compute().submitted;
  }

  private compute(): { hidden: Set<string>; submitted: Values } {
    if (this.cache?.revision === this.revision) return this.cache;
    // Evaluate conditions against the submitted shape until no more fields hide:
    // a field whose condition names a hidden field sees it as missing, as on the server.
    let hidden = new Set<string>();
    let submitted = shape(this.fields, this.values, '', hidden);
    for (let pass = 0; pass < 8; pass++) {
      const next = new Set<string>();
      collectHidden(this.fields, [submitted], '', next);
      const settled = sameSet(next, hidden);
      hidden = next;
      submitted = shape(this.fields, this.values, '', hidden);
      if (settled) break;
    }
    this.cache = { revision: this.revision, hidden, submitted };
    return this.cache;
  }
}
