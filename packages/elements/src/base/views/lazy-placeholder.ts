// The place of a part fetched when it is first needed (LazyModule) until it is
// in: a skeleton while it loads, or, when it could not be fetched, a message
// and a button that fetches it again. Its own module, so that pages without
// such parts do not carry it.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../controllers/localize.ts';
import { renderSkeleton } from './async-views.ts';

export function renderLazyPlaceholder(
  localize: LocalizeController,
  part: { readonly failed: boolean; preload(): Promise<void> },
  lines = 2,
): TemplateResult {
  if (!part.failed) return renderSkeleton(lines);
  return html`<div class="yw-error" part="error" role="alert">
    <p class="yw-error-message">${localize.t('state.partFailed')}</p>
    <button type="button" class="yw-button" part="retry-button" @click=${() => void part.preload()}>${localize.t('state.retry')}</button>
  </div>`;
}
