// Fills a contract form schema with valid values, the way a careful applicant
// would, so the conformance suite can submit to any backend's forms.
import type { FormField, FormSchema, License } from '@yiwang/contract';
import { idCardCheckChar, organizationCodeCheckChar, usccCheckChar } from '@yiwang/contract';

export interface FillContext {
  /** Uploads a small PDF as the applicant and returns its file id. */
  upload(): Promise<string>;
  licenses: License[];
  today: string;
}

/** A valid 居民身份证 number (Beijing 东城, born 1990-01-01). */
export function validIdCard(): string {
  const body = '11010119900101123';
  return body + idCardCheckChar(body);
}

/** A valid 统一社会信用代码 (a 工商 enterprise in 新乡 with organisation code MA44T5G8-?). */
export function validUscc(): string {
  const org = 'MA44T5G8';
  const body = `914107${'00'}${org}${organizationCodeCheckChar(org)}`;
  return body + usccCheckChar(body);
}

/** Plausible answers, tried in order until one satisfies the field's length and pattern. */
const TEXT_CANDIDATES = [
  '新乡测试商行',
  '新乡市红旗区人民路12号',
  '测试',
  'ABCDEFGH',
  '12345678',
  '2409-410772-04-01-123456',
  '豫（2026）新乡市不动产权第0012345号',
  '张三',
];

function textValue(min: number, max: number, pattern?: string): string {
  const re = pattern ? new RegExp(pattern) : null;
  for (const base of TEXT_CANDIDATES) {
    const value = base.padEnd(min, '测').slice(0, max);
    if (value.length >= min && (!re || re.test(value))) return value;
  }
  return '新乡测试商行'.padEnd(min, '测').slice(0, max);
}

async function valueFor(field: FormField, ctx: FillContext): Promise<unknown> {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return textValue(field.minLength ?? 1, field.maxLength ?? 200, field.pattern?.regex);
    case 'number':
      return field.min ?? 1;
    case 'date':
      return field.min && field.min !== 'today' ? field.min : ctx.today;
    case 'select':
    case 'radio':
      return field.options[0]?.value;
    case 'checkbox':
      // A lone checkbox (a pledge, 我已阅读并同意…) is a yes.
      return field.options.length === 0 ? true : field.options.slice(0, 1).map((o) => o.value);
    case 'idCard':
      return validIdCard();
    case 'uscc':
      return validUscc();
    case 'mobile':
      return '13800000000';
    case 'email':
      return 'applicant@example.com';
    case 'address':
      return { recipient: '张三', mobile: '13800000000', divisionCode: '410702', detail: '人民路12号' };
    case 'file':
      return [await ctx.upload()];
    case 'license':
      return ctx.licenses.find((l) => l.type === field.licenseType)?.id;
    case 'group': {
      const entry: Record<string, unknown> = {};
      for (const f of field.fields) entry[f.name] = await valueFor(f, ctx);
      return field.repeat ? Array.from({ length: Math.max(1, field.repeat.min) }, () => ({ ...entry })) : entry;
    }
  }
}

/** Values for every field of every step (hidden ones included: a server must ignore what is hidden). */
export async function fillForm(form: FormSchema, ctx: FillContext): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const step of form.steps) {
    for (const section of step.sections) {
      for (const field of section.fields) {
        const value = await valueFor(field, ctx);
        if (value !== undefined) data[field.name] = value;
      }
    }
  }
  return data;
}
