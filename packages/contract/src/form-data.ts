// Validation of form data against its form schema, with the contract's
// validators (GB 11643 id cards, GB 32100 USCC, mobiles): the one copy that the
// reference server runs on submission and <yw-form-renderer> runs in the browser.
import { isValidIdCard, normalizeIdCard } from './validators/id-card.ts';
import { isValidMobile, normalizeMobile } from './validators/mobile.ts';
import { isValidUscc, normalizeUscc } from './validators/uscc.ts';
import type { ErrorDetail } from './common.ts';
import type { Condition, FormField, FormSchema } from './forms.ts';
import type { LicenseType } from './licenses.ts';

/** The Beijing calendar date of an instant (`YYYY-MM-DD`): 'today' in a form means Beijing's today. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** What the referenced files, licenses and divisions resolve to for the applicant. */
export interface FormRefs {
  /** The applicant's own files by id. */
  files: ReadonlyMap<string, { name: string; contentType: string; size: number }>;
  /** The applicant's own e-licenses by id. */
  licenses: ReadonlyMap<string, { type: LicenseType; status: string }>;
  divisionExists(code: string): boolean;
  now: Date;
  locale: 'zh-CN' | 'en';
}

export interface FormCheck {
  details: ErrorDetail[];
  /** Files and licenses the data refers to (all checked to be the applicant's). */
  fileIds: string[];
  licenseIds: string[];
}

type Scope = ReadonlyArray<Record<string, unknown>>;
type Value = unknown;

const isEmpty = (v: Value) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** A field's value in the innermost scope that has it (group entry first, then outwards). */
function lookup(scope: Scope, name: string): Value {
  for (let i = scope.length - 1; i >= 0; i--) if (name in scope[i]!) return scope[i]![name];
  return undefined;
}

function sameScalar(a: Value, b: Value): boolean {
  if (a === b) return true;
  const scalar = (x: Value) => typeof x === 'string' || typeof x === 'number';
  return scalar(a) && scalar(b) && String(a) === String(b);
}

/** Evaluates a visibility condition; an array value (checkboxes) matches when any element does. */
export function evaluateCondition(condition: Condition, scope: Scope): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, scope));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, scope));
  if ('not' in condition) return !evaluateCondition(condition.not, scope);
  const actual = lookup(scope, condition.field);
  const expected = condition.value;
  const values = Array.isArray(actual) ? actual : [actual];
  const list = Array.isArray(expected) ? expected : [expected];
  const num = (x: Value) => (typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN);
  const compare = (test: (a: number, b: number) => boolean) => {
    const a = num(actual);
    const b = num(expected);
    return Number.isFinite(a) && Number.isFinite(b) && test(a, b);
  };
  switch (condition.op) {
    case 'eq':
      return values.some((v) => sameScalar(v, expected));
    case 'neq':
      return !values.some((v) => sameScalar(v, expected));
    case 'in':
      return values.some((v) => list.some((e) => sameScalar(v, e)));
    case 'notIn':
      return !values.some((v) => list.some((e) => sameScalar(v, e)));
    case 'gt':
      return compare((a, b) => a > b);
    case 'gte':
      return compare((a, b) => a >= b);
    case 'lt':
      return compare((a, b) => a < b);
    case 'lte':
      return compare((a, b) => a <= b);
    case 'empty':
      return isEmpty(actual);
    case 'notEmpty':
      return !isEmpty(actual);
  }
}

/** Every field of a form, in order. */
export function formFields(form: FormSchema): FormField[] {
  return form.steps.flatMap((step) => step.sections.flatMap((section) => section.fields));
}

/** Validates `data` against `form`; never throws. */
export function validateFormData(form: FormSchema, data: Record<string, unknown>, refs: FormRefs): FormCheck {
  const check = new Checker(refs);
  check.fields(formFields(form), [data], 'body.data');
  return { details: check.details, fileIds: [...new Set(check.fileIds)], licenseIds: [...new Set(check.licenseIds)] };
}

/** An e-license a form's answers refer to: the license, the answer's path in the data (`partners.0.idLicense`) and the field's label. */
export interface FormLicenseReference {
  licenseId: string;
  path: string;
  label: string;
}

/**
 * The e-licenses `data` refers to through `form`'s fields, as the submission check
 * recognises them: license fields, and file fields that take an e-license
 * (`licenseType`) answered with `{ licenseId }`. Hidden fields are left out, as
 * the check leaves them; nothing is validated.
 */
export function formLicenseReferences(form: FormSchema, data: Record<string, unknown>): FormLicenseReference[] {
  const found: FormLicenseReference[] = [];
  const walk = (fields: readonly FormField[], scope: Scope, prefix: string) => {
    const here = scope[scope.length - 1]!;
    for (const field of fields) {
      if (field.visibleWhen && !evaluateCondition(field.visibleWhen, scope)) continue;
      const value = here[field.name];
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      if (field.type === 'group') {
        if (!field.repeat) walk(field.fields, [...scope, isRecord(value) ? value : {}], path);
        else if (Array.isArray(value))
          value.forEach((entry, i) => isRecord(entry) && walk(field.fields, [...scope, entry], `${path}.${i}`));
        continue;
      }
      const licenseId =
        field.type === 'license'
          ? licenseIdOf(value)
          : field.type === 'file' && field.licenseType && isRecord(value)
            ? licenseIdOf(value)
            : null;
      if (licenseId !== null) found.push({ licenseId, path, label: field.label });
    }
  };
  walk(formFields(form), [data], '');
  return found;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

class Checker {
  readonly details: ErrorDetail[] = [];
  readonly fileIds: string[] = [];
  readonly licenseIds: string[] = [];
  private readonly refs: FormRefs;

  constructor(refs: FormRefs) {
    this.refs = refs;
  }

  private fail(path: string, zh: string, en: string): void {
    this.details.push({ path, message: this.refs.locale === 'en' ? en : zh });
  }

  fields(fields: readonly FormField[], scope: Scope, prefix: string): void {
    const here = scope[scope.length - 1]!;
    for (const field of fields) {
      if (field.visibleWhen && !evaluateCondition(field.visibleWhen, scope)) continue;
      this.field(field, here[field.name], scope, `${prefix}.${field.name}`);
    }
  }

  private field(field: FormField, value: Value, scope: Scope, path: string): void {
    if (field.type === 'group') return this.group(field, value, scope, path);
    if (isEmpty(value) || (field.type === 'checkbox' && field.options.length === 0 && value === false)) {
      if (field.required) this.fail(path, `请填写“${field.label}”`, `${field.label} is required`);
      return;
    }
    switch (field.type) {
      case 'text':
      case 'textarea':
        return this.text(field, value, path);
      case 'number':
        return this.number(field, value, path);
      case 'date':
        return this.date(field, value, path);
      case 'select':
      case 'radio':
        if (typeof value !== 'string' || !field.options.some((o) => o.value === value)) {
          this.fail(path, `“${field.label}”的选项无效`, `${field.label}: not one of the options`);
        }
        return;
      case 'checkbox':
        return this.checkbox(field, value, path);
      case 'idCard':
        return this.validated(
          value,
          path,
          (s) => isValidIdCard(normalizeIdCard(s), this.refs.now),
          `“${field.label}”不是有效的居民身份证号码`,
          `${field.label}: not a valid resident ID number`,
        );
      case 'uscc':
        return this.validated(
          value,
          path,
          (s) => isValidUscc(normalizeUscc(s)),
          `“${field.label}”不是有效的统一社会信用代码`,
          `${field.label}: not a valid unified social credit code`,
        );
      case 'mobile':
        return this.validated(
          value,
          path,
          (s) => isValidMobile(normalizeMobile(s)),
          `“${field.label}”不是有效的手机号码`,
          `${field.label}: not a valid mobile number`,
        );
      case 'email':
        return this.validated(
          value,
          path,
          (s) => s.length <= 254 && EMAIL.test(s.trim()),
          `“${field.label}”不是有效的电子邮箱`,
          `${field.label}: not a valid email address`,
        );
      case 'address':
        return this.address(field, value, path);
      case 'file':
        return this.file(field, value, path);
      case 'license':
        return this.license(field.label, field.licenseType, licenseIdOf(value), path);
    }
  }

  private text(field: Extract<FormField, { type: 'text' | 'textarea' }>, value: Value, path: string): void {
    if (typeof value !== 'string') return this.fail(path, `“${field.label}”应为文本`, `${field.label} must be text`);
    const length = Array.from(value.trim()).length;
    if (field.minLength !== undefined && length < field.minLength) {
      this.fail(path, `“${field.label}”至少 ${field.minLength} 个字`, `${field.label}: at least ${field.minLength} characters`);
    }
    if (field.maxLength !== undefined && length > field.maxLength) {
      this.fail(path, `“${field.label}”最多 ${field.maxLength} 个字`, `${field.label}: at most ${field.maxLength} characters`);
    }
    if (field.pattern && !matches(field.pattern.regex, value.trim())) this.fail(path, field.pattern.message, field.pattern.message);
  }

  private number(field: Extract<FormField, { type: 'number' }>, value: Value, path: string): void {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.fail(path, `“${field.label}”应为数字`, `${field.label} must be a number`);
    if (field.min !== undefined && value < field.min)
      this.fail(path, `“${field.label}”不能小于 ${field.min}`, `${field.label}: at least ${field.min}`);
    if (field.max !== undefined && value > field.max)
      this.fail(path, `“${field.label}”不能大于 ${field.max}`, `${field.label}: at most ${field.max}`);
    if (field.step !== undefined && field.step > 0) {
      const steps = (value - (field.min ?? 0)) / field.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-9)
        this.fail(path, `“${field.label}”应为 ${field.step} 的整数倍`, `${field.label}: in steps of ${field.step}`);
    }
  }

  private date(field: Extract<FormField, { type: 'date' }>, value: Value, path: string): void {
    const valid =
      typeof value === 'string' &&
      DATE.test(value) &&
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    if (!valid) return this.fail(path, `“${field.label}”不是有效日期`, `${field.label} must be a date YYYY-MM-DD`);
    const bound = (b: string | undefined) => (b === 'today' ? beijingDate(this.refs.now) : b);
    const min = bound(field.min);
    const max = bound(field.max);
    if (min && value < min) this.fail(path, `“${field.label}”不能早于 ${min}`, `${field.label}: not before ${min}`);
    if (max && value > max) this.fail(path, `“${field.label}”不能晚于 ${max}`, `${field.label}: not after ${max}`);
  }

  private checkbox(field: { label: string; options: ReadonlyArray<{ value: string }> }, value: Value, path: string): void {
    if (field.options.length === 0) {
      // A lone checkbox (我已阅读并同意…) is a boolean.
      if (typeof value !== 'boolean') this.fail(path, `“${field.label}”应为是或否`, `${field.label} must be true or false`);
      return;
    }
    const ok = Array.isArray(value) && value.every((v) => typeof v === 'string' && field.options.some((o) => o.value === v));
    if (!ok) this.fail(path, `“${field.label}”的选项无效`, `${field.label}: not among the options`);
  }

  private validated(value: Value, path: string, test: (s: string) => boolean, zh: string, en: string): void {
    if (typeof value !== 'string' || !test(value)) this.fail(path, zh, en);
  }

  private address(field: FormField, value: Value, path: string): void {
    const a = value as Record<string, unknown>;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.fail(path, `“${field.label}”应为地址`, `${field.label} must be an address`);
    if (typeof a.divisionCode !== 'string' || !this.refs.divisionExists(a.divisionCode)) {
      this.fail(`${path}.divisionCode`, '请选择有效的省市县（区）', 'Choose a valid division');
    }
    if (typeof a.detail !== 'string' || a.detail.trim() === '' || a.detail.length > 120) {
      this.fail(`${path}.detail`, '请填写详细地址（120 字以内）', 'Enter the street address (at most 120 characters)');
    }
    if (
      a.mobile !== undefined &&
      a.mobile !== null &&
      a.mobile !== '' &&
      !(typeof a.mobile === 'string' && isValidMobile(normalizeMobile(a.mobile)))
    ) {
      this.fail(`${path}.mobile`, '不是有效的手机号码', 'Not a valid mobile number');
    }
  }

  private file(field: Extract<FormField, { type: 'file' }>, value: Value, path: string): void {
    const licenseId = licenseIdOf(value);
    if (licenseId !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (!field.licenseType) return this.fail(path, `“${field.label}”需要上传文件`, `${field.label} needs an uploaded file`);
      return this.license(field.label, field.licenseType, licenseId, path);
    }
    const ids = fileIdsOf(value);
    if (ids === null) return this.fail(path, `“${field.label}”应为已上传文件`, `${field.label} must reference uploaded files`);
    if (field.maxFiles !== undefined && ids.length > field.maxFiles) {
      this.fail(path, `“${field.label}”最多 ${field.maxFiles} 个文件`, `${field.label}: at most ${field.maxFiles} files`);
    }
    ids.forEach((id, i) => {
      const file = this.refs.files.get(id);
      const at = Array.isArray(value) ? `${path}.${i}` : path;
      if (!file) return this.fail(at, '文件不存在或不属于您', 'No such file of yours');
      this.fileIds.push(id);
      if (field.accept && field.accept.length > 0 && !accepts(field.accept, file)) {
        this.fail(at, `“${file.name}”的文件类型不符合要求`, `${file.name}: file type not accepted here`);
      }
      if (field.maxSizeMb !== undefined && file.size > field.maxSizeMb * 1024 * 1024) {
        this.fail(at, `“${file.name}”超过 ${field.maxSizeMb} MB`, `${file.name} is larger than ${field.maxSizeMb} MB`);
      }
    });
  }

  private license(label: string, type: LicenseType, id: string | null, path: string): void {
    const license = id === null ? undefined : this.refs.licenses.get(id);
    if (!license || license.type !== type)
      return this.fail(path, `“${label}”不是您名下对应类型的电子证照`, `${label}: no such e-license of yours`);
    if (license.status !== 'valid') return this.fail(path, `“${label}”电子证照已失效`, `${label}: the e-license is no longer valid`);
    this.licenseIds.push(id!);
  }

  private group(field: Extract<FormField, { type: 'group' }>, value: Value, scope: Scope, path: string): void {
    if (!field.repeat) {
      const entry = isRecord(value) ? value : {};
      if (value !== undefined && value !== null && !isRecord(value))
        return this.fail(path, `“${field.label}”格式不正确`, `${field.label} must be an object`);
      return this.fields(field.fields, [...scope, entry], path);
    }
    const entries = value === undefined || value === null ? [] : value;
    if (!Array.isArray(entries)) return this.fail(path, `“${field.label}”格式不正确`, `${field.label} must be a list`);
    const min = Math.max(field.repeat.min, field.required ? 1 : 0);
    if (entries.length < min) this.fail(path, `“${field.label}”至少填写 ${min} 项`, `${field.label}: at least ${min} entries`);
    if (entries.length > field.repeat.max)
      this.fail(path, `“${field.label}”最多 ${field.repeat.max} 项`, `${field.label}: at most ${field.repeat.max} entries`);
    entries.forEach((entry, i) => {
      if (!isRecord(entry)) return this.fail(`${path}.${i}`, '格式不正确', 'Must be an object');
      this.fields(field.fields, [...scope, entry], `${path}.${i}`);
    });
  }
}

const isRecord = (v: Value): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A license reference: `"lic-1"` or `{ licenseId: "lic-1" }`. */
function licenseIdOf(value: Value): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.licenseId === 'string') return value.licenseId;
  return null;
}

/** A file reference: `"f-1"`, `["f-1", "f-2"]` or `{ fileIds: [...] }`. */
function fileIdsOf(value: Value): string[] | null {
  if (typeof value === 'string') return [value];
  const list = isRecord(value) ? value.fileIds : value;
  return Array.isArray(list) && list.every((x) => typeof x === 'string') ? (list as string[]) : null;
}

/** Whether a file matches an `accept` list (MIME types, `image/*`, or `.pdf` extensions). */
export function accepts(accept: readonly string[], file: { name: string; contentType: string }): boolean {
  const name = file.name.toLowerCase();
  return accept.some((a) => {
    const rule = a.trim().toLowerCase();
    if (rule.startsWith('.')) return name.endsWith(rule);
    if (rule.endsWith('/*')) return file.contentType.startsWith(rule.slice(0, -1));
    return file.contentType === rule;
  });
}

/** Whole-value match of a schema pattern, as the HTML `pattern` attribute does; a broken pattern matches. */
function matches(regex: string, value: string): boolean {
  // Unicode mode first (as the HTML attribute uses); a pattern written for the legacy
  // syntax (e.g. `\_`) still gets a chance without it.
  for (const flags of ['u', '']) {
    try {
      return new RegExp(`^(?:${regex})$`, flags).test(value);
    } catch {
      // try the next syntax
    }
  }
  return true;
}
