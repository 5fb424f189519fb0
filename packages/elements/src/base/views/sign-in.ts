// The sign-in state of an element that needs a user (my applications, the
// address book, the form's uploads and e-licenses): what signing in gives, and a
// button that starts the site's sign-in (<yw-config> signIn / sign-in-url).
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../controllers/localize.ts';

/** `message` says what signing in gives; the button calls `onSignIn`. */
export function renderSignIn(localize: LocalizeController, message: string, onSignIn: () => void): TemplateResult {
  return html`<div class="yw-sign-in" part="sign-in">
    <p class="yw-sign-in-message">${message}</p>
    <button type="button" class="yw-button" part="sign-in-button" @click=${onSignIn}>${localize.t('signIn.button')}</button>
  </div>`;
}
