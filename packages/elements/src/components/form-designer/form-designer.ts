import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { FormSchema } from '@yiwang/contract';
import { YwElement } from '../../base/yw-element.ts';
import { linkButtonStyles, panelResetStyles } from '../../base/styles/shared.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { ActionController } from '../../base/controllers/action.ts';
import { YwFormPublishEvent } from '../../base/events/form-designer.ts';
import { formDesignerMessages } from '../../i18n/messages/form-designer.ts';
import { formRendererMessages } from '../../i18n/messages/form-renderer.ts';
import { formDesignerStyles } from './form-designer.styles.ts';
import { History } from './history.ts';
import { defaultBackend } from './backend.ts';
import type { FormDesignerBackend } from './backend.ts';
import * as doc from './document.ts';
import type { FieldType, Problem } from './document.ts';
import { renderOutline, renderPalette, typeName } from './views/outline.ts';
import type { OutlineActions, Selection } from './views/outline.ts';
import { renderFieldProperties, renderFormProperties, renderSectionProperties, renderStepProperties } from './views/properties.ts';
import type { PropertyActions } from './views/properties.ts';
import { renderJsonView } from './views/json.ts';
import type { JsonActions } from './views/json.ts';

export type { FormDesignerBackend };

/** The media type of what is dragged inside the designer. */
const DRAG_TYPE = 'application/x-yw-form-designer';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number }
  | { kind: 'saveFailed'; reason: string; role: boolean; problems: SaveProblem[] }
  | { kind: 'starting' }
  | { kind: 'starterFailed'; reason: string };

/** A problem the server found in a publication, at the designer's path of it. */
interface SaveProblem {
  path: string;
  message: string;
}

/** The server's problems of a refused publication (`body.steps.0.sections.1` → `steps[0].sections[1]`, the JSON view's paths). */
function saveProblems(error: unknown): SaveProblem[] {
  const details = (error as { details?: unknown } | null)?.details;
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: { path?: unknown; message?: unknown }) =>
    typeof d.message === 'string'
      ? [
          {
            path: typeof d.path === 'string' ? d.path.replace(/^body\.?/, '').replace(/\.(\d+)(?=\.|$)/g, '[$1]') : '',
            message: d.message,
          },
        ]
      : [],
  );
}

/** Problems of each document, computed once (documents are never changed in place). */
const problemCache = new WeakMap<FormSchema, Problem[]>();
function problemsOf(form: FormSchema): Problem[] {
  let problems = problemCache.get(form);
  if (!problems) problemCache.set(form, (problems = doc.problemsOf(form).problems));
  return problems;
}

/**
 * Builds an application form — the contract's `FormSchema` — by mouse and by
 * keyboard: a palette of every field type; the structure of steps, sections and
 * fields, reordered with buttons, Alt+↑/↓ or by dragging (each move announced);
 * a property panel per field (label, name, hint, placeholder, required, format
 * checks such as 身份证 and 统一社会信用代码, limits, options, prefill, and a
 * `visibleWhen` builder that offers only earlier fields, the operators of their
 * type and values of their kind); a live preview in the real
 * `<yw-form-renderer>`; a JSON view with the document's problems by path;
 * undo/redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y); import and export of JSON. With a
 * `backend`, it also generates a starter form from an item's 办事指南 and saves
 * the form as a new version.
 *
 * @summary Form builder for department staff: palette, structure, properties, conditions, preview, JSON, undo.
 * @tag yw-form-designer
 *
 * @property {FormSchema} form - The form being designed. Setting it starts over (nothing to undo, nothing unsaved).
 * @property {FormDesignerBackend | null} backend - Starter forms and publishing; without one those controls are hidden.
 *
 * @csspart toolbar - The bar with undo, redo, import, export, generate and save.
 * @csspart status - What was last saved, or that there are unsaved changes.
 * @csspart view-switch - The design / JSON switch.
 * @csspart palette - The field types.
 * @csspart palette-item - One field type's button.
 * @csspart outline - The structure of steps, sections and fields.
 * @csspart steps - The list of steps.
 * @csspart step - One step.
 * @csspart step-button - Selects a step.
 * @csspart section - One section.
 * @csspart section-button - Selects a section.
 * @csspart fields - A section's fields.
 * @csspart field-row - One field.
 * @csspart field-button - Selects a field (Alt+↑/↓ moves it).
 * @csspart row-actions - Move, duplicate and delete of the selected field.
 * @csspart properties - The property panel.
 * @csspart props - The properties of what is selected.
 * @csspart prop-input - One property's control.
 * @csspart prop-problem - Why an entry was not applied.
 * @csspart options - The options editor of a choice.
 * @csspart condition - The `visibleWhen` builder.
 * @csspart condition-toggle - Opens the builder.
 * @csspart comparison - One condition.
 * @csspart preview - The preview.
 * @csspart renderer - The `<yw-form-renderer>` of the preview.
 * @csspart json - The JSON view.
 * @csspart json-text - The document as text.
 * @csspart problems - The list of problems, with their paths.
 * @csspart problem - One problem.
 * @csspart save-failure - Why the last save was refused: the role needed, the server's problems.
 * @csspart save-role - Who may publish (after a 401 or 403).
 * @csspart save-problems - The problems the server found, by path.
 * @csspart save-problem - One of them.
 * @csspart announcer - The live region that says what each action did.
 *
 * @cssprop [--yw-form-designer-selected-background=var(--yw-color-surface-muted)] - Background of the selected field.
 *
 * @fires {YwFormPublishEvent} yw-form-publish - The form was saved as a new version: `{ form, version }`.
 * @fires {YwErrorEvent} yw-error - Generating from the guide or saving failed.
 */
export class YwFormDesigner extends YwElement {
  static override tagName = 'yw-form-designer';

  protected static override messageParts = [formDesignerMessages, formRendererMessages];
  static override styles = [YwElement.styles, linkButtonStyles, panelResetStyles, formDesignerStyles];

  static override properties: PropertyDeclarations = {
    itemId: { attribute: 'item-id' },
    view: { reflect: true },
    backend: { attribute: false },
    selection: { state: true },
    announcement: { state: true },
    status: { state: true },
  };

  /** The item (事项) the form is for: the starter's default and a new form's `itemId`. */
  declare itemId: string | undefined;
  /** `design` (default) or `json`. */
  declare view: 'design' | 'json';
  /** Starter forms and publishing; null: the element's default (see `defaultBackend`). */
  declare backend: FormDesignerBackend | null;
  declare private selection: Selection;
  declare private announcement: string;
  declare private status: Status;

  private readonly localize = new LocalizeController(this);
  private readonly action = new ActionController(this);
  private history: History | null = null;
  /** Entries not applied, by property key, with why. */
  private readonly propProblems = new Map<string, string>();
  private conditionOpen = false;
  private json = { text: '', edited: false, problems: [] as Problem[], syntax: null as string | null, refused: false };
  private starterItem: string | null = null;
  /** What had focus before an undo or redo, to give it back after the update. */
  private focusKept: HTMLElement | null = null;
  /** Alternates so that the same sentence twice is announced twice. */
  private announceToggle = false;

  constructor() {
    super();
    this.view = 'design';
    this.backend = null;
    this.selection = { kind: 'form' };
    this.announcement = '';
    this.status = { kind: 'idle' };
  }

  /** The form being designed. */
  get form(): FormSchema {
    return this.ensureHistory().current;
  }
  set form(form: FormSchema | undefined) {
    if (!form) return;
    this.ensureHistory().reset(form);
    this.selection = { kind: 'form' };
    this.propProblems.clear();
    this.resetJson();
    this.requestUpdate();
  }

  /** Changed since the form was set, loaded or saved. */
  get dirty(): boolean {
    return !!this.history?.dirty;
  }

  /** The document's problems: the contract's schema first, then what only the designer checks. */
  get problems(): readonly Problem[] {
    return problemsOf(this.form);
  }

  private ensureHistory(): History {
    if (!this.history) {
      const localize = this.localize;
      this.history = new History(
        doc.emptyForm(
          {
            title: localize.t('formDesigner.newForm'),
            step: localize.t('formDesigner.newStep', '1'),
            section: localize.t('formDesigner.newSection'),
          },
          this.itemId || undefined,
        ),
      );
    }
    return this.history;
  }

  private get activeBackend(): FormDesignerBackend | null {
    return this.backend ?? defaultBackend(this.client);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.dirty) return;
    event.preventDefault();
    // Older browsers show the prompt only with a returnValue.
    event.returnValue = this.localize.t('formDesigner.unsavedWarning');
  };

  // -------------------------------------------------------------------------
  // Changing the document

  private announce(message: string): void {
    this.announceToggle = !this.announceToggle;
    this.announcement = message + (this.announceToggle ? '' : '\u00a0');
  }

  /** Makes `form` current (one undo step; `merge`: typing into one property stays one step). */
  private change(form: FormSchema, label: string, merge: string | null = null): void {
    const history = this.ensureHistory();
    if (form === history.current) return;
    history.apply(form, label, merge);
    if (this.status.kind === 'saved' || this.status.kind === 'saveFailed') this.status = { kind: 'idle' };
    if (!this.json.edited) this.resetJson();
    this.requestUpdate();
  }

  private resetJson(): void {
    this.json = { text: JSON.stringify(this.form, null, 2), edited: false, problems: [], syntax: null, refused: false };
  }

  /**
   * Focuses what matches `selector` in the shadow root once rendered — unless focus has gone somewhere
   * else meanwhile (the person went on typing in the preview, or the change came from a script while they
   * worked elsewhere on the page): a late focus must not take their keystrokes.
   */
  private async focusLater(selector: string): Promise<void> {
    const before = deepActiveElement();
    await this.updateComplete;
    // In the next frame: focusing forces a layout, which the frame does once anyway (a 200-field form and its
    // preview take tens of milliseconds to lay out).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = deepActiveElement();
    // Still where it was, or lost with the element the change removed: follow the change.
    if (now !== before && now !== null && now !== document.body) return;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private fieldLabel(name: string): string {
    const place = doc.locate(this.form, name);
    const field = place && doc.fieldAt(this.form, place);
    return field ? field.label || field.name : name;
  }

  /** Where a new field goes: after the selected field, else at the end of the selected (or last) section. */
  private insertionPoint(): doc.FieldPlace {
    const form = this.form;
    const sel = this.selection;
    if (sel.kind === 'field') {
      const place = doc.locate(form, sel.name);
      if (place) return { ...place, index: place.index + 1 };
    }
    if (sel.kind === 'section') {
      const at = doc.locateSection(form, sel.id);
      if (at) return { ...at, index: Infinity };
    }
    if (sel.kind === 'step') {
      const step = form.steps.findIndex((s) => s.id === sel.id);
      if (step >= 0 && form.steps[step]!.sections.length > 0)
        return { step, section: form.steps[step]!.sections.length - 1, index: Infinity };
    }
    for (let s = form.steps.length - 1; s >= 0; s--) {
      const sections = form.steps[s]!.sections;
      if (sections.length > 0) return { step: s, section: sections.length - 1, index: Infinity };
    }
    return { step: -1, section: -1, index: 0 };
  }

  /** Adds a field of `type` (after the selected one) and opens its properties at the label. */
  addField(type: FieldType, place: doc.FieldPlace = this.insertionPoint()): string | null {
    let form = this.form;
    if (place.step < 0) {
      // No section anywhere: make one.
      const step = form.steps[0] ?? null;
      if (step) form = doc.addSection(form, step.id, this.localize.t('formDesigner.newSection')).form;
      else form = doc.addStep(form, this.localize.t('formDesigner.newStep', '1'), this.localize.t('formDesigner.newSection')).form;
      place = { step: 0, section: form.steps[0]!.sections.length - 1, index: 0 };
    }
    const localize = this.localize;
    const name = doc.uniqueName(form);
    const field = doc.newField(type, name, typeName(localize, type), (n) => localize.t('formDesigner.option', String(n)));
    const next = doc.insertField(form, place, field);
    this.change(next, localize.t('formDesigner.change.add'));
    const at = doc.locate(next, name)!;
    this.selection = { kind: 'field', name };
    this.conditionOpen = false;
    this.propProblems.clear();
    this.announce(localize.t('formDesigner.announce.added', field.label, String(at.index + 1)));
    void this.focusLater('#prop-label');
    return name;
  }

  /** Moves a field one place (across sections at the ends) and says where it went. */
  moveField(name: string, delta: -1 | 1): boolean {
    const before = doc.locate(this.form, name);
    const moved = doc.moveField(this.form, name, delta);
    const label = this.fieldLabel(name);
    if (!moved || !before) {
      this.announce(this.localize.t('formDesigner.announce.edge', label));
      return false;
    }
    this.change(moved.form, this.localize.t('formDesigner.change.move'));
    this.announceMove(label, before, moved.place);
    void this.focusLater(`[data-field="${name}"]`);
    return true;
  }

  private announceMove(label: string, before: doc.FieldPlace, after: doc.FieldPlace): void {
    const position = String(after.index + 1);
    const section = this.form.steps[after.step]!.sections[after.section]!;
    this.announce(
      before.step === after.step && before.section === after.section
        ? this.localize.t('formDesigner.announce.moved', label, position)
        : this.localize.t('formDesigner.announce.movedSection', label, section.title, position),
    );
  }

  private duplicate(name: string): void {
    const copy = doc.duplicateField(this.form, name);
    if (!copy) return;
    const label = this.fieldLabel(name);
    this.change(copy.form, this.localize.t('formDesigner.change.duplicate'));
    this.selection = { kind: 'field', name: copy.name };
    this.announce(this.localize.t('formDesigner.announce.duplicated', label));
    void this.focusLater(`[data-field="${copy.name}"]`);
  }

  private removeField(name: string): void {
    const place = doc.locate(this.form, name);
    const removed = doc.removeField(this.form, name);
    if (!removed || !place) return;
    const label = this.fieldLabel(name);
    this.change(removed.form, this.localize.t('formDesigner.change.delete'));
    const fields = doc.fieldsInOrder(removed.form);
    const next =
      fields.find((f) => f.place.step === place.step && f.place.section === place.section && f.place.index === place.index) ??
      fields.at(-1);
    this.selection = next ? { kind: 'field', name: next.field.name } : { kind: 'form' };
    this.announce(
      removed.conditionsChanged > 0
        ? this.localize.t('formDesigner.announce.deletedConditions', label, String(removed.conditionsChanged))
        : this.localize.t('formDesigner.announce.deleted', label),
    );
    void this.focusLater(next ? `[data-field="${next.field.name}"]` : '[part~="palette-item"]');
  }

  /** Undoes the last change; false when there was none. */
  undo(): boolean {
    const label = this.ensureHistory().undo();
    if (label === null) return false;
    this.afterHistory();
    this.announce(this.localize.t('formDesigner.announce.undone', label));
    return true;
  }

  redo(): boolean {
    const label = this.ensureHistory().redo();
    if (label === null) return false;
    this.afterHistory();
    this.announce(this.localize.t('formDesigner.announce.redone', label));
    return true;
  }

  /**
   * Keeps keyboard focus through an undo or redo: a row the browser blurred when lit moved it gets it back
   * (in each update until the next task), and focus on something that went away goes to the undo button.
   */
  private keepFocus(): void {
    const active = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    if (!active) return;
    this.focusKept = active;
    setTimeout(() => (this.focusKept = null), 0);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const kept = this.focusKept;
    if (!kept || (this.renderRoot as ShadowRoot).activeElement) return;
    const field = kept.dataset.field;
    const target = kept.isConnected ? kept : field ? this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`) : null;
    (target ?? this.renderRoot.querySelector<HTMLElement>('[part~="undo"]'))?.focus();
  }

  private afterHistory(): void {
    this.keepFocus();
    // The selection may name what the step undone removed.
    const sel = this.selection;
    const form = this.form;
    if (
      (sel.kind === 'field' && !doc.locate(form, sel.name)) ||
      (sel.kind === 'section' && !doc.locateSection(form, sel.id)) ||
      (sel.kind === 'step' && !form.steps.some((s) => s.id === sel.id))
    )
      this.selection = { kind: 'form' };
    this.propProblems.clear();
    this.resetJson();
    this.requestUpdate();
  }

  /** The document as exported: indented JSON. */
  exportJson(): string {
    return `${JSON.stringify(this.form, null, 2)}\n`;
  }

  /** Replaces the document with `text` (one undo step); false with the problems shown in the JSON view. */
  importJson(text: string, label = this.localize.t('formDesigner.change.json')): boolean {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.json = { text, edited: true, problems: [], syntax: (error as Error).message, refused: true };
      this.requestUpdate();
      return false;
    }
    const { form, problems } = doc.problemsOf(value);
    if (!form) {
      this.json = { text, edited: true, problems, syntax: null, refused: true };
      this.requestUpdate();
      return false;
    }
    this.json.edited = false;
    this.change(form, label);
    this.selection = { kind: 'form' };
    this.propProblems.clear();
    this.resetJson();
    return true;
  }

  // -------------------------------------------------------------------------
  // The backend

  private async generate(): Promise<void> {
    const backend = this.activeBackend;
    const code = (this.starterItem ?? this.itemId ?? '').trim();
    if (!backend || !code) return;
    this.status = { kind: 'starting' };
    const outcome = await this.action.run((signal) => backend.starter(code, signal), 'forms.starter');
    if (outcome.status === 'done') {
      this.status = { kind: 'idle' };
      this.change(outcome.value, this.localize.t('formDesigner.change.starter'));
      this.selection = { kind: 'form' };
      this.resetJson();
      this.announce(this.localize.t('formDesigner.announce.starter', code));
    } else if (outcome.status === 'failed') this.status = { kind: 'starterFailed', reason: outcome.description.message };
    else this.status = { kind: 'idle' };
  }

  /** Saves the form as a new version through the backend; resolves to the version, or null. */
  async publish(): Promise<number | null> {
    const backend = this.activeBackend;
    if (!backend || this.problems.length > 0) return null;
    const form = this.form;
    this.status = { kind: 'saving' };
    const outcome = await this.action.run((signal) => backend.publish(form, signal), 'forms.publish');
    if (outcome.status !== 'done') {
      const failed = outcome.status === 'failed' ? outcome : null;
      this.status = failed
        ? {
            kind: 'saveFailed',
            reason: failed.description.message,
            // Signed out, or not staff of the item's department: say who may publish.
            role: failed.description.kind === 'unauthorized' || failed.description.kind === 'forbidden',
            problems: failed.description.kind === 'validation' ? saveProblems(failed.error) : [],
          }
        : { kind: 'idle' };
      return null;
    }
    const version = outcome.value.version;
    const history = this.ensureHistory();
    // The saved document carries the number the server gave it; what was edited meanwhile stays unsaved.
    if (history.current === form) {
      history.apply({ ...form, version }, this.localize.t('formDesigner.change.edit'));
      history.markSaved();
    }
    this.status = { kind: 'saved', version };
    this.resetJson();
    this.emit(new YwFormPublishEvent({ form: { ...form, version }, version }));
    return version;
  }

  // -------------------------------------------------------------------------
  // Import / export files

  private download(): void {
    const blob = new Blob([this.exportJson()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.form.id}-v${this.form.version}.json`;
    a.rel = 'noopener';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    if (this.importJson(text, this.localize.t('formDesigner.change.import')))
      this.announce(this.localize.t('formDesigner.announce.imported', file.name));
    else {
      this.view = 'json';
      this.announce(this.localize.t('formDesigner.announce.importFailed', file.name));
    }
  }

  // -------------------------------------------------------------------------
  // Keyboard

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    // The JSON text keeps the browser's own text undo.
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target?.id === 'json-text') return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.redo();
    }
  };

  private readonly outlineActions: OutlineActions = {
    add: (type) => void this.addField(type),
    select: (selection) => {
      this.selection = selection;
      this.conditionOpen = false;
      this.propProblems.clear();
    },
    fieldKey: (event, name) => {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      this.selection = { kind: 'field', name };
      this.moveField(name, event.key === 'ArrowUp' ? -1 : 1);
    },
    moveField: (name, delta) => void this.moveField(name, delta),
    duplicate: (name) => this.duplicate(name),
    remove: (name) => this.removeField(name),
    addStep: () => {
      const localize = this.localize;
      const title = localize.t('formDesigner.newStep', String(this.form.steps.length + 1));
      const added = doc.addStep(this.form, title, localize.t('formDesigner.newSection'));
      this.change(added.form, localize.t('formDesigner.change.structure'));
      this.selection = { kind: 'step', id: added.id };
      this.announce(localize.t('formDesigner.announce.stepAdded', title));
      void this.focusLater('#prop-step-title');
    },
    addSection: (stepId) => {
      const localize = this.localize;
      const title = localize.t('formDesigner.newSection');
      const added = doc.addSection(this.form, stepId, title);
      this.change(added.form, localize.t('formDesigner.change.structure'));
      this.selection = { kind: 'section', id: added.id };
      this.announce(localize.t('formDesigner.announce.sectionAdded', title));
      void this.focusLater('#prop-section-title');
    },
    moveStep: (id, delta) => this.moveStep(id, delta, `[data-step-button="${id}"]`),
    moveSection: (id, delta) => this.moveSection(id, delta, `[data-section-button="${id}"]`),
    removeStep: (id) => this.removeStep(id),
    removeSection: (id) => this.removeSection(id),
    dragStart: (event, payload) => {
      event.dataTransfer?.setData(DRAG_TYPE, JSON.stringify(payload));
      if (event.dataTransfer) event.dataTransfer.effectAllowed = payload.type ? 'copy' : 'move';
    },
    drop: (event, sectionId, index) => {
      const raw = event.dataTransfer?.getData(DRAG_TYPE);
      if (!raw) return;
      event.preventDefault();
      event.stopPropagation();
      const payload = JSON.parse(raw) as { field?: string; type?: FieldType };
      const at = doc.locateSection(this.form, sectionId);
      if (!at) return;
      if (payload.type && (doc.FIELD_TYPES as readonly string[]).includes(payload.type))
        return void this.addField(payload.type, { ...at, index });
      if (!payload.field) return;
      const from = doc.locate(this.form, payload.field);
      if (!from) return;
      // Dropped on a row: before it (the dragged row's own place closes up first).
      const target = from.step === at.step && from.section === at.section && from.index < index ? index - 1 : index;
      const moved = doc.moveFieldTo(this.form, payload.field, sectionId, target);
      if (!moved) return;
      this.change(moved.form, this.localize.t('formDesigner.change.move'));
      this.announceMove(this.fieldLabel(payload.field), from, moved.place);
    },
  };

  private moveStep(id: string, delta: -1 | 1, focus = '[part~="move-up"]'): void {
    const step = this.form.steps.find((s) => s.id === id);
    const moved = doc.moveStep(this.form, id, delta);
    if (!moved || !step) return this.announce(this.localize.t('formDesigner.announce.edge', step?.title ?? id));
    this.change(moved.form, this.localize.t('formDesigner.change.structure'));
    this.announce(this.localize.t('formDesigner.announce.stepMoved', step.title, String(moved.index + 1)));
    void this.focusLater(focus);
  }

  private moveSection(id: string, delta: -1 | 1, focus = '[part~="move-up"]'): void {
    const section = this.form.steps.flatMap((s) => s.sections).find((c) => c.id === id);
    const moved = doc.moveSection(this.form, id, delta);
    if (!moved || !section) return this.announce(this.localize.t('formDesigner.announce.edge', section?.title ?? id));
    this.change(moved.form, this.localize.t('formDesigner.change.structure'));
    this.announce(this.localize.t('formDesigner.announce.sectionMoved', section.title, String(moved.step + 1), String(moved.index + 1)));
    void this.focusLater(focus);
  }

  private removeStep(id: string): void {
    const step = this.form.steps.find((s) => s.id === id);
    const next = doc.removeStep(this.form, id);
    if (!next || !step) return this.announce(this.localize.t('formDesigner.notEmpty'));
    this.change(next, this.localize.t('formDesigner.change.structure'));
    this.selection = { kind: 'form' };
    this.announce(this.localize.t('formDesigner.announce.stepDeleted', step.title));
    void this.focusLater('[part~="form-button"]');
  }

  private removeSection(id: string): void {
    const section = this.form.steps.flatMap((s) => s.sections).find((c) => c.id === id);
    const next = doc.removeSection(this.form, id);
    if (!next || !section) return this.announce(this.localize.t('formDesigner.notEmpty'));
    this.change(next, this.localize.t('formDesigner.change.structure'));
    this.selection = { kind: 'form' };
    this.announce(this.localize.t('formDesigner.announce.sectionDeleted', section.title));
    void this.focusLater('[part~="form-button"]');
  }

  private readonly propertyActions: PropertyActions = {
    patchField: (patch, key) => {
      const sel = this.selection;
      if (sel.kind !== 'field') return;
      this.change(doc.updateField(this.form, sel.name, patch), this.localize.t('formDesigner.change.edit'), `${sel.name}.${key}`);
    },
    rename: (name) => {
      const sel = this.selection;
      if (sel.kind !== 'field' || name === sel.name) return this.propertyActions.problem('name', null);
      if (!doc.isValidName(name)) return this.propertyActions.problem('name', this.localize.t('formDesigner.prop.nameInvalid'));
      if (doc.allNames(this.form).has(name))
        return this.propertyActions.problem('name', this.localize.t('formDesigner.prop.nameTaken', name));
      this.propertyActions.problem('name', null);
      this.change(doc.renameField(this.form, sel.name, name), this.localize.t('formDesigner.change.edit'), 'rename');
      this.selection = { kind: 'field', name };
    },
    changeFormat: (type) => {
      const sel = this.selection;
      if (sel.kind === 'field') this.change(doc.changeFormat(this.form, sel.name, type), this.localize.t('formDesigner.change.edit'));
    },
    moveToSection: (sectionId) => {
      const sel = this.selection;
      if (sel.kind !== 'field') return;
      const from = doc.locate(this.form, sel.name);
      const moved = doc.moveFieldTo(this.form, sel.name, sectionId);
      if (!moved || !from) return;
      this.change(moved.form, this.localize.t('formDesigner.change.move'));
      this.announceMove(this.fieldLabel(sel.name), from, moved.place);
    },
    patchForm: (patch, key) => this.change({ ...this.form, ...patch }, this.localize.t('formDesigner.change.edit'), key),
    patchStep: (id, title) =>
      this.change(doc.updateStep(this.form, id, { title }), this.localize.t('formDesigner.change.structure'), `${id}.title`),
    patchSection: (id, patch, key) =>
      this.change(doc.updateSection(this.form, id, patch), this.localize.t('formDesigner.change.structure'), `${id}.${key}`),
    moveStep: (id, delta) => this.moveStep(id, delta, delta < 0 ? '[part~="move-up"]' : '[part~="move-down"]'),
    moveSection: (id, delta) => this.moveSection(id, delta, delta < 0 ? '[part~="move-up"]' : '[part~="move-down"]'),
    removeStep: (id) => this.removeStep(id),
    removeSection: (id) => this.removeSection(id),
    problem: (key, message) => {
      if ((this.propProblems.get(key) ?? null) === message) return;
      if (message) this.propProblems.set(key, message);
      else this.propProblems.delete(key);
      this.requestUpdate();
    },
    settle: () => this.history?.settle(),
    toggleCondition: () => {
      this.conditionOpen = !this.conditionOpen;
      this.requestUpdate();
    },
  };

  private readonly jsonActions: JsonActions = {
    input: (text) => {
      this.json = { ...this.json, text, edited: true, syntax: null, refused: false };
    },
    apply: () => {
      if (this.importJson(this.json.text)) this.announce(this.localize.t('formDesigner.jsonApplied'));
      else void this.focusLater('#json-status');
    },
    reset: () => {
      this.resetJson();
      this.requestUpdate();
    },
  };

  // -------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const localize = this.localize;
    const form = this.form;
    // Always complete (nothing to load): the shared state region, as every element has.
    return html`<div class="designer yw-state" part="designer state" data-state="complete" @keydown=${this.onKeyDown}>
      <h2 class="title" part="title">${localize.t('formDesigner.title', form.title)}</h2>
      ${this.renderToolbar()}
      <div class="workspace">
        <div class="column build">
          ${renderPalette(localize, this.outlineActions)} ${renderOutline(localize, form, this.selection, this.outlineActions)}
        </div>
        <div class="column edit">${this.view === 'json' ? this.renderJson() : this.renderProperties()}</div>
        <section class="panel preview" part="preview" aria-labelledby="preview-heading">
          <h3 id="preview-heading" class="panel-heading">${localize.t('formDesigner.preview')}</h3>
          <p class="hint">${localize.t('formDesigner.previewHint')}</p>
          <yw-form-renderer
            part="renderer"
            preview
            no-local-draft
            .schema=${form}
            .locale=${this.resolvedLocale}
            .elder=${this.resolvedElder}
            .theme=${this.resolvedTheme}
          ></yw-form-renderer>
        </section>
      </div>
      <div class="yw-sr-only" part="announcer" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const localize = this.localize;
    const history = this.ensureHistory();
    const backend = this.activeBackend;
    const problems = this.problems.length;
    const busy = this.action.busy;
    const status = this.status;
    const statusText =
      status.kind === 'saving'
        ? localize.t('formDesigner.status.saving')
        : status.kind === 'saved'
          ? localize.t('formDesigner.status.saved', String(status.version))
          : status.kind === 'saveFailed'
            ? localize.t('formDesigner.status.saveFailed', status.reason)
            : status.kind === 'starting'
              ? localize.t('formDesigner.status.starting')
              : status.kind === 'starterFailed'
                ? localize.t('formDesigner.status.starterFailed', status.reason)
                : this.dirty
                  ? localize.t('formDesigner.status.dirty')
                  : localize.t('formDesigner.status.clean');
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${localize.t('formDesigner.toolbar')}>
      <span class="tool-group">
        <button type="button" class="yw-button secondary" part="undo" aria-keyshortcuts="Control+Z Meta+Z" aria-disabled=${history.canUndo ? 'false' : 'true'} @click=${() => this.undo()}>
          ${localize.t('formDesigner.undo')}
        </button>
        <button
          type="button"
          class="yw-button secondary"
          part="redo"
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
          aria-disabled=${history.canRedo ? 'false' : 'true'}
          @click=${() => this.redo()}
        >
          ${localize.t('formDesigner.redo')}
        </button>
      </span>
      <span class="tool-group">
        <input
          id="import-file"
          class="yw-sr-only"
          type="file"
          accept=".json,application/json"
          tabindex="-1"
          aria-hidden="true"
          aria-label=${localize.t('formDesigner.import')}
          @change=${(e: Event) => void this.importFile(e.target as HTMLInputElement)} />
        <button type="button" class="yw-button secondary" part="import" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}>
          ${localize.t('formDesigner.import')}
        </button>
        <button type="button" class="yw-button secondary" part="export" @click=${() => this.download()}>${localize.t('formDesigner.export')}</button>
      </span>
      <span class="tool-group" role="group" aria-label=${localize.t('formDesigner.view')} part="view-switch">
        ${(['design', 'json'] as const).map(
          (view) =>
            html`<button type="button" class="yw-button secondary view-button" part="view-${view}" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>
              ${localize.t(`formDesigner.view.${view}` as const)}
            </button>`,
        )}
      </span>
      ${
        backend
          ? html`<span class="tool-group">
            <label class="inline-label" for="starter-item">${localize.t('formDesigner.starterItem')}</label>
            <input
              id="starter-item"
              class="starter-item"
              part="starter-item"
              .value=${this.starterItem ?? this.itemId ?? ''}
              @input=${(e: Event) => (this.starterItem = (e.target as HTMLInputElement).value)}
            />
            <button type="button" class="yw-button secondary" part="starter" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.generate()}>
              ${localize.t('formDesigner.starter')}
            </button>
            <button
              type="button"
              class="yw-button"
              part="publish"
              aria-disabled=${busy || problems > 0 ? 'true' : 'false'}
              aria-describedby=${this.status.kind === 'saveFailed' ? 'designer-status designer-save-failure' : 'designer-status'}
              @click=${() => void this.publish()}
            >
              ${localize.t('formDesigner.publish')}
            </button>
          </span>`
          : nothing
      }
      <p class="status" part="status" id="designer-status" role="status" data-status=${status.kind}>
        ${statusText}
        ${
          problems > 0
            ? html`<button type="button" class="yw-link-button" part="problems-link" @click=${() => (this.view = 'json')}>
              ${localize.t('formDesigner.status.problems', String(problems))}
            </button>`
            : nothing
        }
      </p>
      ${status.kind === 'saveFailed' ? this.renderSaveFailure(status) : nothing}
    </div>`;
  }

  /** Why the server refused the version: who may publish, or its problems by path (text, never markup). */
  private renderSaveFailure(status: Extract<Status, { kind: 'saveFailed' }>): TemplateResult {
    const localize = this.localize;
    return html`<div class="save-failure" part="save-failure" id="designer-save-failure">
      ${status.role ? html`<p part="save-role">${localize.t('formDesigner.status.roleNeeded')}</p>` : nothing}
      ${
        status.problems.length > 0
          ? html`<ul part="save-problems" aria-label=${localize.t('formDesigner.status.serverProblems')}>
            ${status.problems.map(
              (p) => html`<li part="save-problem" data-path=${p.path}>${p.path ? html`<code>${p.path}</code> ` : nothing}${p.message}</li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private renderProperties(): TemplateResult {
    const localize = this.localize;
    const form = this.form;
    const sel = this.selection;
    const state = { problems: this.propProblems, conditionOpen: this.conditionOpen };
    let body: TemplateResult;
    if (sel.kind === 'field') {
      const place = doc.locate(form, sel.name);
      const field = place && doc.fieldAt(form, place);
      body = field
        ? renderFieldProperties(localize, form, field, form.steps[place.step]!.sections[place.section]!.id, state, this.propertyActions)
        : html`<p class="hint">${localize.t('formDesigner.nothingSelected')}</p>`;
    } else if (sel.kind === 'step') body = renderStepProperties(localize, form, sel.id, state, this.propertyActions);
    else if (sel.kind === 'section') body = renderSectionProperties(localize, form, sel.id, state, this.propertyActions);
    else body = renderFormProperties(localize, form, state, this.propertyActions);
    return html`<section class="panel properties" part="properties" aria-labelledby="properties-heading">
      <h3 id="properties-heading" class="panel-heading">${localize.t('formDesigner.properties')}</h3>
      ${body}
    </section>`;
  }

  private renderJson(): TemplateResult {
    const json = this.json;
    const problems = json.refused || json.syntax ? json.problems : this.problems;
    return renderJsonView(this.localize, { text: json.text, problems, syntax: json.syntax, refused: json.refused }, this.jsonActions);
  }
}

/** The focused element, looked up through open shadow roots; null when nothing is. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
