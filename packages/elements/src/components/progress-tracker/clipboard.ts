// Copying the EMS waybill number. The async Clipboard API needs a secure
// context (and may be refused); older kernels and plain-http department sites
// fall back to selecting a temporary field and `execCommand('copy')`.

/** Copies `text`; resolves false when the browser would not (the caller then selects it for the applicant). */
export async function copyText(text: string, root: ShadowRoot | Document): Promise<boolean> {
  const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clipboard && typeof clipboard.writeText === 'function' && window.isSecureContext !== false) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, document not focused): try the old way.
    }
  }
  const active = (root as ShadowRoot).activeElement ?? document.activeElement;
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.className = 'yw-sr-only';
  const parent = root instanceof Document ? root.body : root;
  parent.appendChild(field);
  let copied = false;
  try {
    field.select();
    copied = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    field.remove();
    if (active instanceof HTMLElement) active.focus();
  }
  return copied;
}

/** Selects the text of `node`, so that the applicant can copy it by hand. */
export function selectText(node: Node): void {
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  selection.removeAllRanges();
  selection.addRange(range);
}
