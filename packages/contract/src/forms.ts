import { z } from './zod.ts';
import { Id, Timestamp } from './common.ts';
import { LicenseType } from './licenses.ts';

/** Every field type a form schema may use. */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'radio',
  'checkbox',
  'idCard',
  'uscc',
  'mobile',
  'email',
  'address',
  'file',
  'license',
  'group',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** JSON values a condition compares with. */
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const CONDITION_OPS = ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'] as const;

/** One comparison of a field's current value, e.g. `{ field: 'channel', op: 'eq', value: 'express' }`. */
export const Comparison = z.object({
  field: z.string(),
  op: z.enum(CONDITION_OPS),
  value: z.optional(z.union([Scalar, z.array(Scalar)])),
});
export type Comparison = z.infer<typeof Comparison>;

/** A visibility condition, as data: comparisons combined with all / any / not. Never code. */
export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodMiniType<Condition> = z.union([
  Comparison,
  z.object({
    get all() {
      return z.array(Condition);
    },
  }),
  z.object({
    get any() {
      return z.array(Condition);
    },
  }),
  z.object({
    get not() {
      return Condition;
    },
  }),
]);

/** Profile fields a form may prefill from `me`. */
export const PROFILE_FIELDS = [
  'name',
  'idCard',
  'mobile',
  'email',
  'gender',
  'birthDate',
  'enterpriseName',
  'uscc',
  'legalPerson',
] as const;

/** Where a field's initial value comes from: the applicant's profile or one of their e-licenses. */
export const Prefill = z.union([
  z.object({ source: z.literal('profile'), field: z.enum(PROFILE_FIELDS) }),
  z.object({ source: z.literal('license'), licenseType: LicenseType, field: z.string() }),
]);
export type Prefill = z.infer<typeof Prefill>;

const Name = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/));
const Option = z.object({ value: z.string(), label: z.string() });

/** Properties every field has. */
const base = {
  name: Name,
  label: z.string(),
  hint: z.optional(z.string()),
  required: z.optional(z.boolean()),
  readonly: z.optional(z.boolean()),
  visibleWhen: z.optional(Condition),
  prefill: z.optional(Prefill),
};

const TextLike = (type: 'text' | 'textarea') =>
  z.object({
    ...base,
    type: z.literal(type),
    placeholder: z.optional(z.string()),
    minLength: z.optional(z.int()),
    maxLength: z.optional(z.int()),
    /** A regular expression (no flags) the value must match, with the message to show. */
    pattern: z.optional(z.object({ regex: z.string(), message: z.string() })),
  });

export const TextField = TextLike('text');
export const TextareaField = TextLike('textarea');
export const NumberField = z.object({
  ...base,
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  step: z.optional(z.number()),
  unit: z.optional(z.string()),
});
export const DateField = z.object({
  ...base,
  type: z.literal('date'),
  /** `YYYY-MM-DD` or `today`. */
  min: z.optional(z.string()),
  max: z.optional(z.string()),
});
const Choice = (type: 'select' | 'radio' | 'checkbox') =>
  z.object({
    ...base,
    type: z.literal(type),
    options: z.array(Option),
    /**
     * The id of the guide's 多情形 question this field answers; its option values are then the
     * situation's option ids, and the submission's `situations` is read from it (one source for
     * the guide, the form and the materials the server requires).
     */
    situation: z.optional(Id),
  });
export const SelectField = Choice('select');
export const RadioField = Choice('radio');
/** Several options may be checked; the value is an array of option values. */
export const CheckboxField = Choice('checkbox');
const Validated = (type: 'idCard' | 'uscc' | 'mobile' | 'email') =>
  z.object({ ...base, type: z.literal(type), placeholder: z.optional(z.string()) });
export const IdCardField = Validated('idCard');
export const UsccField = Validated('uscc');
export const MobileField = Validated('mobile');
export const EmailField = Validated('email');
/** A delivery or location address, entered with `<yw-address-picker>`. */
export const AddressField = z.object({ ...base, type: z.literal('address') });
/** Upload of one material of the guide. */
export const FileField = z.object({
  ...base,
  type: z.literal('file'),
  materialId: z.optional(Id),
  accept: z.optional(z.array(z.string())),
  maxSizeMb: z.optional(z.number()),
  maxFiles: z.optional(z.int().check(z.minimum(1))),
  /** The applicant may attach this e-license instead of uploading. */
  licenseType: z.optional(LicenseType),
});
/** Attach one of the applicant's e-licenses. */
export const LicenseField = z.object({ ...base, type: z.literal('license'), licenseType: LicenseType });

export type GroupField = z.infer<typeof GroupFieldBase> & { fields: FormField[] };
const GroupFieldBase = z.object({
  ...base,
  type: z.literal('group'),
  /** Present on a repeatable group: how many entries are allowed. */
  repeat: z.optional(z.object({ min: z.int().check(z.nonnegative()), max: z.int().check(z.minimum(1)) })),
  itemLabel: z.optional(z.string()),
});

export type FormField =
  | z.infer<typeof TextField>
  | z.infer<typeof TextareaField>
  | z.infer<typeof NumberField>
  | z.infer<typeof DateField>
  | z.infer<typeof SelectField>
  | z.infer<typeof RadioField>
  | z.infer<typeof CheckboxField>
  | z.infer<typeof IdCardField>
  | z.infer<typeof UsccField>
  | z.infer<typeof MobileField>
  | z.infer<typeof EmailField>
  | z.infer<typeof AddressField>
  | z.infer<typeof FileField>
  | z.infer<typeof LicenseField>
  | GroupField;

/** A group of fields, optionally repeatable (add / remove entries within min–max). */
export const GroupField: z.ZodMiniType<GroupField> = z.extend(GroupFieldBase, {
  get fields() {
    return z.array(FormField);
  },
});

export const FormField: z.ZodMiniType<FormField> = z.discriminatedUnion('type', [
  TextField,
  TextareaField,
  NumberField,
  DateField,
  SelectField,
  RadioField,
  CheckboxField,
  IdCardField,
  UsccField,
  MobileField,
  EmailField,
  AddressField,
  FileField,
  LicenseField,
  GroupField as unknown as typeof LicenseField,
]);

export const FormSection = z.object({
  id: Id,
  title: z.string(),
  description: z.optional(z.string()),
  fields: z.array(FormField),
});
export type FormSection = z.infer<typeof FormSection>;

/** One wizard step; a form without a wizard has a single step. */
export const FormStep = z.object({
  id: Id,
  title: z.string(),
  sections: z.array(FormSection),
});
export type FormStep = z.infer<typeof FormStep>;

/**
 * The schema of an online application form: a document, published as immutable
 * numbered versions (`version` 1, 2, …; publishing assigns the next one).
 */
export const FormSchema = z.object({
  id: Id,
  itemId: Id,
  title: z.string(),
  /** The published version; the server assigns it on publication (a body's value is replaced). */
  version: z.int().check(z.minimum(1)),
  steps: z.array(FormStep),
  /** How the result may be received. */
  delivery: z.object({ express: z.boolean(), pickup: z.boolean() }),
  /** Whether the applicant may choose to book an offline visit instead. */
  offlineAllowed: z.boolean(),
});
export type FormSchema = z.infer<typeof FormSchema>;

export const FormIdParams = z.object({ id: Id });
export const FormVersionParams = z.object({ id: Id, version: z.coerce.number().check(z.int(), z.minimum(1)) });

/** One published version of a form, as the version list shows it. */
export const FormVersionSummary = z.object({
  id: Id,
  itemId: Id,
  title: z.string(),
  version: z.int().check(z.minimum(1)),
  publishedAt: Timestamp,
  /** Who published it: a staff member's name, or `seed` / `administrator`. */
  publishedBy: z.string(),
});
export type FormVersionSummary = z.infer<typeof FormVersionSummary>;
export const FormVersionList = z.object({ items: z.array(FormVersionSummary) });

/** What publishing a version answers: the form and its new version number. */
export const FormPublished = z.object({ id: Id, version: z.int().check(z.minimum(1)) });
export type FormPublished = z.infer<typeof FormPublished>;

/** Form data as entered: field name to value (strings, numbers, booleans, arrays, nested groups). */
export const FormData = z.record(z.string(), z.unknown());

export const Draft = z.object({
  formId: Id,
  /**
   * The form version the draft was last saved against (absent from older servers). When a newer
   * version is published the draft keeps working: its answers whose fields still exist carry over.
   */
  formVersion: z.optional(z.int().check(z.minimum(1))),
  data: FormData,
  /** Incremented on every save; send it back as `baseVersion` to detect a newer save elsewhere. */
  version: z.int().check(z.minimum(1)),
  updatedAt: Timestamp,
});
export type Draft = z.infer<typeof Draft>;

export const DraftList = z.object({ items: z.array(Draft) });
export const DraftParams = z.object({ formId: Id });
export const DraftSave = z.object({
  data: FormData,
  /** The form version the answers were entered on; default the latest. */
  formVersion: z.optional(z.int().check(z.minimum(1))),
  /** The version this save is based on; a stale one answers 409 CONFLICT. Omit to overwrite. */
  baseVersion: z.optional(z.int().check(z.minimum(1))),
});
