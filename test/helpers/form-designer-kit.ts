// Helpers of the <yw-form-designer> browser tests: keys as a person presses
// them (with modifiers), focusing a control as Tab would reach it, retyping a
// focused input, and adding a field from the palette by keyboard.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormField } from '@yiwang/contract';
import type { YwFormDesigner } from '@yiwang/elements';
import { inside } from './element-suite.ts';

/** The designer's top-level fields in form order. */
export const designedFields = (el: YwFormDesigner): FormField[] => el.form.steps.flatMap((s) => s.sections.flatMap((c) => c.fields));

/** Presses a key, with modifiers written `Control+Shift+z`. */
export async function press(combo: string): Promise<void> {
  const keys = combo.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}

/** Focuses a control of the designer as Tab would reach it, then leaves the rest to keys. */
export async function focus(el: YwFormDesigner, selector: string): Promise<void> {
  await el.updateComplete;
  inside(el, selector).focus();
}

/** Replaces the text of the focused input by typing. */
export async function retype(text: string): Promise<void> {
  await press('Control+a');
  await sendKeys({ type: text });
}

/** Adds a field of `type` from the palette by Enter and types its label (focus moves to the label). */
export async function addByKeyboard(el: YwFormDesigner, type: string, label: string): Promise<void> {
  await focus(el, `[part~="palette-item"][data-type="${type}"]`);
  await press('Enter');
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.activeElement?.id === 'prop-label', `the label of the new ${type} field has focus`);
  await retype(label);
  await el.updateComplete;
}
