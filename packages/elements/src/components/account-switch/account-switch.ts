import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Profile } from '@yiwang/contract';
import { YwElement } from '../../base/yw-element.ts';
import { DataController } from '../../base/controllers/data.ts';
import { LocalizeController } from '../../base/controllers/localize.ts';
import { renderDataState, renderErrorState, renderSkeleton } from '../../base/views/async-views.ts';
import { renderSignIn } from '../../base/views/sign-in.ts';
import { YwActingChangeEvent } from '../../base/events/shared.ts';
import type { ErrorDescription } from '../../i18n/errors.ts';
import { accountSwitchStyles } from './account-switch.styles.ts';
import { accountSwitchMessages } from '../../i18n/messages/account-switch.ts';

/** Refusals of an enterprise the person may no longer act for: the way out is acting for themselves. */
const ACTING_REFUSALS = ['AUTHORISATION_EXPIRED', 'NOT_AUTHORISED_FOR_ENTERPRISE'];

/**
 * Switches whom the signed-in person acts for: themselves (个人) or an
 * enterprise they are the 法人 or an authorised 经办人 of. One button each
 * (`aria-pressed` marks the current one); choosing one emits
 * `yw-acting-change`, on which the `<yw-config>` that makes the client sends
 * `Yiwang-Acting-For` from then on and every element inside reloads its data
 * (applications, drafts, addresses and e-licenses are the enterprise's while
 * acting for it). Place it inside that `<yw-config>`.
 *
 * Signed out, it offers the site's sign-in (when `<yw-config>` has one); when
 * the enterprise's authorisation has lapsed, it says so and offers to switch
 * back.
 *
 * @summary One-click switch between acting for yourself and for an enterprise you are authorised for.
 * @tag yw-account-switch
 *
 * @csspart state - The box around the current state.
 * @csspart group - The group of choices, labelled 办事身份.
 * @csspart label - The group's label.
 * @csspart option - One choice: a toggle button.
 * @csspart option-person - The choice of acting for oneself.
 * @csspart back-button - "Switch back to myself" after the enterprise refused.
 * @csspart sign-in - The signed-out state.
 * @csspart sign-in-button - Its sign-in button.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @fires {YwActingChangeEvent} yw-acting-change - The person chose whom to act for; cancelable (nothing changes).
 * @fires {YwErrorEvent} yw-error - Loading who is signed in failed.
 */
export class YwAccountSwitch extends YwElement {
  static override tagName = 'yw-account-switch';

  protected static override messageParts = [accountSwitchMessages];

  static override styles = [YwElement.styles, accountSwitchStyles];

  private readonly localize = new LocalizeController(this);
  private readonly me = new DataController(this, {
    endpoint: 'me.get',
    call: (client, _args, signal) => client.me.get({ signal }),
  });

  /** @internal For tests and stories: the state being rendered. */
  get state() {
    return this.me.state;
  }

  /** Loads who is signed in again. */
  reload(): Promise<void> {
    return this.me.retry();
  }

  /** Acts for `enterpriseId` (null: oneself): emits `yw-acting-change`; false when a listener cancelled it. */
  choose(enterpriseId: string | null): boolean {
    return this.emit(new YwActingChangeEvent({ enterpriseId }));
  }

  protected override render(): TemplateResult {
    return renderDataState(this.me, this.localize, {
      complete: (me) => this.renderChoices(me),
      // While switching, the choices stay (focus stays on the one chosen); the region is aria-busy.
      pending: () => (this.me.value ? this.renderChoices(this.me.value) : renderSkeleton(1)),
      error: (error, retry) => this.renderError(error, retry),
    });
  }

  private renderChoices(me: Profile): TemplateResult {
    const localize = this.localize;
    const acting = me.acting;
    const personName = acting?.personName ?? me.name;
    const current = acting?.enterpriseId ?? null;
    const option = (id: string | null, label: string, part: string) =>
      html`<button
        type="button"
        class="yw-button option"
        part=${part}
        aria-pressed=${current === id ? 'true' : 'false'}
        @click=${() => {
          if (current !== id) this.choose(id);
        }}
      >
        ${label}
      </button>`;
    return html`<div class="group" part="group" role="group" aria-labelledby="label">
      <span class="label" part="label" id="label">${localize.t('accountSwitch.label')}</span>
      ${option(null, localize.t('accountSwitch.person', personName), 'option option-person')}
      ${(me.enterprises ?? []).map((e) =>
        option(e.enterpriseId, localize.t('accountSwitch.enterprise', e.name, localize.t(`accountSwitch.role.${e.role}`)), 'option'),
      )}
    </div>`;
  }

  private renderError(error: ErrorDescription, retry: () => void): unknown {
    const localize = this.localize;
    if (error.kind === 'unauthorized') {
      const signIn = this.signInOffer;
      return signIn ? renderSignIn(localize, localize.t('accountSwitch.signIn'), signIn) : nothing;
    }
    if (ACTING_REFUSALS.includes(error.code))
      return html`<div class="yw-error" part="error" role="alert">
        <p class="yw-error-message">${error.message}</p>
        <button type="button" class="yw-button" part="back-button" @click=${() => this.choose(null)}>
          ${localize.t('accountSwitch.backToPerson')}
        </button>
      </div>`;
    return renderErrorState(localize, error, retry);
  }
}
