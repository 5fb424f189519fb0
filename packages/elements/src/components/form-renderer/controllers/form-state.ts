// The state of one loaded form and what changes it: opening a schema, the
// signed-in session (prefill, e-licenses), drafts, and each value the applicant
// enters. A write re-renders only when something shown depends on it (a
// condition, a problem, a prefill mark), so a 500-field form stays fast to type in.
import type { ReactiveControllerHost } from 'lit';
import { formFields, normalizeIdCard, normalizeMobile, normalizeUscc } from '@yiwang/contract';
import type { FormField, FormSchema, ItemDetail } from '@yiwang/contract';
import type { Client } from '@yiwang/sdk';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { FormModel, asFileValue, isRecord, minEntries } from '../model.ts';
import type { Values } from '../model.ts';
import { Validator, browserRefs } from '../validation.ts';
import type { Errors } from '../validation.ts';
import { deliveryErrors } from '../views/delivery.ts';
import { Drafts } from './drafts.ts';
import type { DraftSnapshot } from './drafts.ts';
import { Uploads } from './uploads.ts';
import { applyPrefill, loadSession } from './prefill.ts';
import { signedIn } from '../../../base/session.ts';
import type { PrefillMark, Session } from './prefill.ts';
import { Submission } from './submission.ts';
import { MATERIALS_PATH, chooseLicenses, extraMaterials, loadGuide, materialProblems, requiredMaterials } from './materials.ts';
import type { ExtraMaterial } from './materials.ts';
import { optedOut, setOptedOut } from './storage.ts';

/** How a typed value is tidied when the field is left (the contract's own normalisers). */
const NORMALIZE: Record<string, (s: string) => string> = { idCard: normalizeIdCard, uscc: normalizeUscc, mobile: normalizeMobile };

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? {})) as T;

export interface FormStateHost extends ReactiveControllerHost, HTMLElement {
  readonly client: Client | null;
  readonly apiBase?: string | undefined;
  readonly resolvedLocale: 'zh-CN' | 'en';
  readonly noLocalDraft: boolean;
  /** A designer's preview: no API, no drafts, and each new schema object opens with the values kept. */
  readonly preview: boolean;
  /** The wizard step shown. */
  step: number;
}

export class FormState {
  model: FormModel | null = null;
  validator: Validator | null = null;
  drafts: Drafts | null = null;
  /** Null until loaded; `profile: null` when nobody is signed in. */
  session: Session | null = null;
  /** The item's guide (null: not known). */
  guide: ItemDetail | null = null;
  /** The guide's materials the form does not ask for (their own step). */
  extras: ExtraMaterial[] = [];
  /** Materials the guide requires (a form's file field for one is required, whatever the schema says). */
  requiredMaterials: ReadonlySet<string> = new Set();
  /** Field path → the problem shown on it. */
  errors: Errors = new Map();
  /** Server problems that name no field (a guide material). */
  general: string[] = [];
  /** The error summary is shown (after Next or submit found problems). */
  summary = false;
  prefilled = new Map<string, PrefillMark>();
  /** The applicant unticked "在本设备上保存草稿". */
  deviceOptOut = optedOut();
  readonly uploads: Uploads;
  readonly submission: Submission;

  private readonly host: FormStateHost;
  private readonly localize: LocalizeController;
  /** Told whenever a value changes (the native form's value and validity). */
  private readonly valueChanged: () => void;
  /** Values set before the schema arrived, applied when it does. */
  private pending: Values | null = null;
  private sessionClient: Client | null | undefined = undefined;
  private sessionAbort: AbortController | null = null;

  constructor(host: FormStateHost, localize: LocalizeController, valueChanged: () => void) {
    this.host = host;
    this.localize = localize;
    this.valueChanged = valueChanged;
    this.uploads = new Uploads({
      client: () => (host.preview ? null : host.client),
      localize,
      getValue: (path) => asFileValue(this.model?.get(path)),
      setValue: (path, value) => this.write(path, value, { commit: false }),
      changed: () => host.requestUpdate(),
    });
    this.submission = new Submission(() => this.deviceAllowed);
  }

  get deviceAllowed(): boolean {
    return !this.host.noLocalDraft && !this.host.preview && !this.deviceOptOut;
  }

  /** Called before each render with the loaded schema: opens it, or reloads the session for a new client. */
  sync(schema: FormSchema | undefined): void {
    if (!schema) return;
    const model = this.model;
    if (this.host.preview) {
      // A designer's edit: the new schema at once, with what was entered in the preview kept.
      if (model?.schema === schema) return;
      if (model) this.pending = clone(model.values);
      const shown = [...this.errors.keys()];
      this.open(schema);
      // Problems on screen stay while they are still problems of the new schema.
      for (const path of shown) {
        const problem = this.problemOf(path);
        if (problem) this.errors.set(path, problem);
      }
    } else if (!model || model.schema.id !== schema.id || model.schema.version !== schema.version) this.open(schema);
    else if (this.host.client !== this.sessionClient) void this.startSession();
  }

  /** Stops what runs in the background (the element left the page). */
  close(): void {
    void this.drafts?.flush();
    this.sessionAbort?.abort();
    // Put back on the page, it loads the session again (the aborted load never finished).
    if (!this.session) this.sessionClient = undefined;
  }

  private open(schema: FormSchema): void {
    this.drafts?.close();
    const model = (this.model = new FormModel(schema));
    this.validator = new Validator(model, {
      refs: () =>
        browserRefs({
          files: this.uploads.info,
          licenses: new Map((this.session?.licenses ?? []).map((l) => [l.id, l])),
          now: new Date(),
          locale: this.host.resolvedLocale,
        }),
      extra: (path, field) => (field.type === 'file' ? (this.uploads.problem(path) ?? this.missingMaterial(path, field)) : null),
    });
    this.errors = new Map();
    this.general = [];
    this.summary = false;
    this.prefilled = new Map();
    if (this.pending) model.replace(clone(this.pending));
    this.pending = null;
    this.padEntries();
    this.drafts = new Drafts({
      formId: schema.id,
      formVersion: schema.version,
      fieldLabels: new Map(formFields(schema).map((f) => [f.name, f.label])),
      snapshot: () => ({ data: clone(model.values), step: this.host.step }),
      apply: (snapshot) => this.applySnapshot(snapshot),
      deviceAllowed: () => this.deviceAllowed,
      changed: () => this.host.requestUpdate(),
    });
    this.sessionClient = undefined;
    void this.startSession();
  }

  /** Who is signed in (for prefill, e-licenses, uploads and the server draft), then the draft offer. */
  private async startSession(): Promise<void> {
    const { model, drafts } = this;
    const client = this.host.preview ? null : this.host.client;
    if (!model || !drafts) return;
    this.sessionClient = this.host.client;
    this.sessionAbort?.abort();
    const abort = (this.sessionAbort = new AbortController());
    const [session, guide] = client
      ? await Promise.all([
          loadSession(client, await signedIn(this.host), abort.signal),
          loadGuide(client, model.schema.itemId, abort.signal),
        ])
      : [{ profile: null, licenses: [] }, null];
    if (abort.signal.aborted || model !== this.model) return;
    this.session = session;
    this.guide = guide;
    this.extras = extraMaterials(guide, model.schema, model.fields);
    this.requiredMaterials = requiredMaterials(guide);
    for (const [path, mark] of applyPrefill(model, session)) this.prefilled.set(path, mark);
    for (const [path, license] of chooseLicenses(this.extras, model, session))
      this.prefilled.set(path, { source: 'license', license, value: model.get(path) });
    const user = session.profile?.id ?? null;
    this.submission.open(model.schema.id, user);
    this.host.requestUpdate();
    this.valueChanged();
    await drafts.open(user, client);
  }

  /** Replaces the values (a restored draft, `data` set by the page, the browser's form restore). */
  applySnapshot(snapshot: DraftSnapshot): void {
    const model = this.model;
    if (!model) {
      this.pending = snapshot.data;
      return;
    }
    model.replace(clone(snapshot.data));
    this.host.step = snapshot.step;
    this.errors = new Map();
    this.summary = false;
    for (const [path, mark] of this.prefilled)
      if (JSON.stringify(model.get(path)) !== JSON.stringify(mark.value)) this.prefilled.delete(path);
    this.padEntries();
    this.host.requestUpdate();
    this.valueChanged();
    void this.loadFileInfo();
  }

  /** Back to the verified values only (the form around the element was reset). */
  reset(): void {
    if (!this.model) return;
    this.model.replace({});
    this.prefilled = this.session ? applyPrefill(this.model, this.session) : new Map();
    this.applySnapshot({ data: this.model.values, step: 0 });
  }

  /** Names of the files the values refer to (a restored draft); drops those that no longer exist. */
  private async loadFileInfo(): Promise<void> {
    const model = this.model;
    if (!model || !this.host.client) return;
    const paths: string[] = [];
    const visit = (fields: readonly FormField[], values: unknown, prefix: string) => {
      for (const field of fields) {
        const path = prefix ? `${prefix}.${field.name}` : field.name;
        const value = isRecord(values) ? values[field.name] : undefined;
        if (field.type === 'file') paths.push(path);
        else if (field.type === 'group' && field.repeat)
          (Array.isArray(value) ? value : []).forEach((e, i) => visit(field.fields, e, `${path}.${i}`));
        else if (field.type === 'group') visit(field.fields, value, path);
      }
    };
    visit(model.fields, model.values, '');
    paths.push(...this.extras.map((e) => e.path));
    const missing = new Set(await this.uploads.load(paths.flatMap((p) => asFileValue(model.get(p)).fileIds)));
    for (const path of paths) {
      const value = asFileValue(model.get(path));
      if (value.fileIds.some((id) => missing.has(id)))
        model.set(path, { ...value, fileIds: value.fileIds.filter((id) => !missing.has(id)) });
    }
    this.host.requestUpdate();
  }

  /** Repeatable groups start with their minimum number of entries. */
  private padEntries(): void {
    const model = this.model;
    if (!model) return;
    const short: Array<[string, unknown[]]> = [];
    model.visit((path, field) => {
      if (field.type !== 'group' || !field.repeat) return;
      const value = model.get(path);
      const entries = Array.isArray(value) ? value : [];
      const min = minEntries(field);
      if (entries.length < min) short.push([path, [...entries, ...Array.from({ length: min - entries.length }, () => ({}))]]);
    });
    for (const [path, entries] of short) model.set(path, entries);
  }

  /** Writes a value; `commit` (a choice, leaving a field) also checks it. */
  write(path: string, value: unknown, { commit }: { commit: boolean }): void {
    const model = this.model;
    if (!model) return;
    model.set(path, value);
    let render = commit;
    const mark = this.prefilled.get(path);
    if (mark && JSON.stringify(mark.value) !== JSON.stringify(value)) {
      this.prefilled.delete(path);
      render = true;
    }
    if (commit) this.check(path);
    else if (this.errors.has(path) && !this.problemOf(path)) {
      // While typing, a fixed problem goes away; new ones wait for the blur.
      this.errors.delete(path);
      render = true;
    }
    if (model.watched.has(path.split('.').pop()!)) {
      this.padEntries();
      render = true;
    }
    if (model.field(path)?.type === 'textarea') render = true;
    this.drafts?.schedule();
    this.valueChanged();
    if (render) this.host.requestUpdate();
  }

  /** A text field was left: tidy it (身份证 x → X, +86 …) and check it if it has something, or had a problem. */
  commitText(path: string, input: HTMLInputElement): void {
    const model = this.model;
    if (!model) return;
    const value = model.get(path);
    const normalize = NORMALIZE[model.field(path)?.type ?? ''] ?? ((s: string) => s.trim());
    const normalized = typeof value === 'string' ? normalize(value) : value;
    if (normalized !== value) {
      model.set(path, normalized);
      input.value = String(normalized);
      this.drafts?.schedule();
      this.valueChanged();
    }
    if (!(normalized === undefined || normalized === '') || this.errors.has(path)) this.check(path);
  }

  /** The server requires what the guide requires: an optional file field of a required material is not optional. */
  private missingMaterial(path: string, field: FormField): string | null {
    if (field.type !== 'file' || !field.materialId || !this.requiredMaterials.has(field.materialId)) return null;
    const value = asFileValue(this.model?.get(path));
    const provided = value.use === 'license' ? !!value.licenseId : value.fileIds.length > 0;
    return provided ? null : this.localize.t('formRenderer.materials.missing', field.label);
  }

  /** A field of the schema, or the file field of one of the guide's extra materials. */
  fieldAt(path: string): FormField | undefined {
    return this.model?.field(path) ?? this.extras.find((e) => e.path === path)?.field;
  }

  /** The problem of one field, extra material or delivery choice, or null. */
  problemOf(path: string): string | null {
    if (!this.model) return null;
    if (path.startsWith(`${MATERIALS_PATH}.`))
      return materialProblems(this.extras, this.model, this.uploads, this.localize).get(path) ?? null;
    if (path.startsWith('$')) return deliveryErrors(this.model, this.localize).get(path) ?? null;
    return this.validator!.field(path);
  }

  /** Checks a field and shows or clears its problem. */
  check(path: string): void {
    const problem = this.problemOf(path);
    // Unchanged, nothing to render again (a field left as it was, or taken off the page while focused).
    if (problem === (this.errors.get(path) ?? null)) return;
    if (problem) this.errors.set(path, problem);
    else this.errors.delete(path);
    this.host.requestUpdate();
  }

  /** Every problem of the form, the delivery choices included. */
  allErrors(): Errors {
    if (!this.model) return new Map();
    const errors = this.validator!.all();
    for (const [path, message] of materialProblems(this.extras, this.model, this.uploads, this.localize)) errors.set(path, message);
    for (const [path, message] of deliveryErrors(this.model, this.localize)) errors.set(path, message);
    return errors;
  }

  /** Adds an entry to a repeatable group; returns the path of its first visible field (for focus). */
  addEntry(path: string): string | null {
    const model = this.model!;
    const current = model.get(path);
    const entries = Array.isArray(current) ? current : [];
    this.write(path, [...entries, {}], { commit: false });
    this.errors.delete(path);
    this.host.requestUpdate();
    const group = model.field(path);
    const first = group?.type === 'group' ? group.fields.find((f) => !model.isHidden(`${path}.${entries.length}.${f.name}`)) : undefined;
    return first ? `${path}.${entries.length}.${first.name}` : null;
  }

  /** Removes an entry of a repeatable group. */
  removeEntry(path: string, index: number): void {
    const current = this.model!.get(path);
    const entries = Array.isArray(current) ? [...current] : [];
    entries.splice(index, 1);
    // Problems of later entries would now point at the wrong entry.
    for (const key of [...this.errors.keys()]) if (key.startsWith(`${path}.`)) this.errors.delete(key);
    this.uploads.entryRemoved(path, index);
    this.write(path, entries, { commit: false });
    this.host.requestUpdate();
  }

  /** The applicant's "keep a draft on this device" choice. */
  deviceChoice(keep: boolean): void {
    this.deviceOptOut = !keep;
    setOptedOut(!keep);
    this.drafts?.deviceChoiceChanged();
    this.submission.deviceChoiceChanged();
    this.host.requestUpdate();
  }

  /** The entered values, as a copy (`values` for the page). */
  values(): Values {
    return clone(this.model?.values ?? {});
  }
}
