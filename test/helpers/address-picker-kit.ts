// Helpers of the <yw-address-picker> browser tests, shared with the
// tests that drive the picker inside other elements: the level inputs and
// their options, choosing a division by name, and smart paste.
import { waitUntil } from '@open-wc/testing';
import type { YwAddressPicker } from '@yiwang/elements';
import { inside } from './element-suite.ts';

/** waitUntil with room for a busy machine (the default is one second). */
export const until = (predicate: () => unknown, message?: string) => waitUntil(predicate, message, { timeout: 8000 });

export function levelInput(el: YwAddressPicker, slot: number): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#level-${slot}-input`)!;
}

export function levelOptions(el: YwAddressPicker, slot: number): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`#level-${slot}-list [role="option"]`)];
}

export function chosenNames(el: YwAddressPicker): string[] {
  return el.value?.divisionPath.map((d) => d.name) ?? [];
}

/** Opens a level's list with the pointer and clicks an option by name. */
export async function choose(el: YwAddressPicker, slot: number, name: string): Promise<void> {
  await until(() => levelInput(el, slot) && !levelInput(el, slot).disabled, `level ${slot} enabled`);
  levelInput(el, slot).focus();
  levelInput(el, slot).click();
  await until(() => levelOptions(el, slot).some((o) => o.textContent!.trim() === name), `${name} offered at level ${slot}`);
  levelOptions(el, slot)
    .find((o) => o.textContent!.trim() === name)!
    .click();
  await until(() => el.value?.divisionPath[slot]?.name === name, `${name} chosen`);
}

/** Opens a level's list and waits for its options. */
export async function openList(el: YwAddressPicker, slot: number): Promise<void> {
  await until(() => levelInput(el, slot) && !levelInput(el, slot).disabled, `level ${slot} enabled`);
  levelInput(el, slot).focus();
  levelInput(el, slot).click();
  await until(() => levelOptions(el, slot).length > 0, `options at level ${slot}`);
}

/** Opens smart paste, enters a line and asks for it to be recognised. */
export async function openPaste(el: YwAddressPicker, text: string): Promise<void> {
  inside(el, '[part~="paste-toggle"]').click();
  await el.updateComplete;
  const area = inside<HTMLTextAreaElement>(el, '#paste-text');
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
  inside(el, '.paste-panel .yw-button').click();
}
