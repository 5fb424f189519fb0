// The bodies of the steps after the schema's: the guide's other materials, the
// review, and why a submission failed.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import type { ErrorDescription } from '../../../i18n/errors.ts';
import type { FieldContext } from '../fields/context.ts';
import { renderFile } from '../fields/materials.ts';
import type { StepDef } from '../controllers/wizard.ts';
import { reviewSection } from './review.ts';

/** The guide's materials the form does not ask for: by e-license where the applicant has one, else uploaded. */
export function renderMaterials(ctx: FieldContext): TemplateResult {
  return html`<p class="hint">${ctx.localize.t('formRenderer.materials.intro')}</p>
    ${ctx.extras.map((extra) => renderFile(ctx, extra.field, extra.path))}`;
}

/** "Check your answers": each step's answers with its change link. */
export function renderReview(ctx: FieldContext, steps: readonly StepDef[], change: (index: number) => void): TemplateResult {
  return html`<p class="hint">${ctx.localize.t('formRenderer.review.intro')}</p>
    ${steps.map((s, index) => (s.kind === 'review' ? nothing : reviewSection(ctx, { index, kind: s.kind, schemaIndex: s.index, title: s.title }, change)))}`;
}

/** Why the submission failed, that nothing was lost, and the request id for the help desk. */
export function renderSubmitError(localize: LocalizeController, error: ErrorDescription, onSignIn?: (() => void) | null): TemplateResult {
  // A real-name level below the item's: say what to do (raise it on the platform, sign in again) instead of "try again".
  if (error.code === 'REAL_NAME_LEVEL_TOO_LOW')
    return html`<div class="submit-error" part="submit-error real-name-level" role="alert" tabindex="-1">
      <p class="submit-error-message">${error.message}</p>
      <p>${localize.t('formRenderer.realNameLevel.how')}</p>
      ${onSignIn ? html`<button type="button" class="yw-button secondary" part="sign-in-button" @click=${onSignIn}>${localize.t('formRenderer.realNameLevel.signIn')}</button>` : nothing}
    </div>`;
  return html`<div class="submit-error" part="submit-error" role="alert" tabindex="-1">
    <p class="submit-error-message">${error.message}</p>
    <p>${localize.t('formRenderer.submit.kept')}</p>
    ${error.requestId ? html`<p class="muted">${localize.t('error.requestId', error.requestId)}</p>` : nothing}
  </div>`;
}
