// Undo and redo over immutable form documents: each change keeps the document
// before it. Typing into one property merges into one step (a word typed is one
// undo, not one per letter); any other change starts a new step.
import type { FormSchema } from '@yiwang/contract';

/** How many changes can be undone. */
const LIMIT = 200;

export class History {
  private past: Array<{ form: FormSchema; label: string }> = [];
  private future: Array<{ form: FormSchema; label: string }> = [];
  /** The property being typed into (`name.label`), merged into the last step. */
  private typing: string | null = null;
  /** The document as last saved or loaded, for the dirty state. */
  private saved: FormSchema;
  current: FormSchema;

  constructor(form: FormSchema) {
    this.current = form;
    this.saved = form;
  }

  /** Starts over with `form` (loaded or set by the page): nothing to undo, nothing unsaved. */
  reset(form: FormSchema): void {
    this.current = this.saved = form;
    this.past = [];
    this.future = [];
    this.typing = null;
  }

  /**
   * Makes `form` current. `label` names the change for the announcement of its undo;
   * `merge` (a property key) merges consecutive changes of that key into one step.
   */
  apply(form: FormSchema, label: string, merge: string | null = null): void {
    if (form === this.current) return;
    if (!(merge && merge === this.typing && this.past.length > 0)) {
      this.past.push({ form: this.current, label });
      if (this.past.length > LIMIT) this.past.shift();
    }
    this.typing = merge;
    this.future = [];
    this.current = form;
  }

  /** Ends a typing step (the input was left). */
  settle(): void {
    this.typing = null;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Undoes the last change; returns its label (null: nothing to undo). */
  undo(): string | null {
    const last = this.past.pop();
    if (!last) return null;
    this.future.push({ form: this.current, label: last.label });
    this.current = last.form;
    this.typing = null;
    return last.label;
  }

  redo(): string | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push({ form: this.current, label: next.label });
    this.current = next.form;
    this.typing = null;
    return next.label;
  }

  /** Changed since it was last saved or loaded. */
  get dirty(): boolean {
    return this.current !== this.saved;
  }

  markSaved(form: FormSchema = this.current): void {
    this.saved = form;
  }
}
