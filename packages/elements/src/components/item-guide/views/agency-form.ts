// The 申请帮办代办 request form of <yw-item-guide>, as a function of its state:
// signed out (asks to sign in), the form (what help is needed, contact person
// and mobile, preferred way and time of contact) with its problems, the
// confirmation with the request number, and a recoverable error. Values from
// the server are rendered as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AgencyRequest } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

export { agencyFormStyles as styles } from './agency-form.styles.ts';

export type AgencyField = 'description' | 'contactName' | 'mobile' | 'preferredContact' | 'preferredTime';

export interface AgencyFormValues {
  description: string;
  contactName: string;
  mobile: string;
  preferredContact: 'phone' | 'visit' | 'online';
  preferredTime: string;
}

export type AgencyFormState =
  | { kind: 'checking' }
  | { kind: 'signed-out' }
  | { kind: 'form'; busy: boolean; problems: Partial<Record<AgencyField, string>>; error: string | null }
  | { kind: 'submitted'; request: AgencyRequest };

export interface AgencyFormCallbacks {
  input(field: AgencyField, value: string): void;
  submit(e: SubmitEvent): void;
  cancel(): void;
}

const FIELDS: readonly AgencyField[] = ['description', 'contactName', 'mobile', 'preferredContact', 'preferredTime'];

function described(field: AgencyField, problem: string | undefined) {
  return problem ? `agency-${field}-problem` : nothing;
}

export function renderAgencyForm(
  localize: LocalizeController,
  itemName: string,
  state: AgencyFormState,
  values: AgencyFormValues,
  on: AgencyFormCallbacks,
): TemplateResult {
  const t = (key: string, ...args: unknown[]) => localize.t(key as never, ...(args as never[]));
  const heading = html`<h3 id="agency-heading" tabindex="-1" part="agency-heading">${t('itemGuide.agencyForm.heading')}</h3>`;
  if (state.kind === 'checking')
    return html`<section class="agency" part="agency-form" aria-labelledby="agency-heading">${heading}<p role="status">${t('itemGuide.agencyForm.checking')}</p></section>`;
  if (state.kind === 'signed-out') {
    return html`<section class="agency" part="agency-form" aria-labelledby="agency-heading">
      ${heading}
      <p>${t('itemGuide.agencyForm.signIn')}</p>
      <button type="button" class="yw-button secondary" @click=${on.cancel}>${t('itemGuide.agencyForm.close')}</button>
    </section>`;
  }
  if (state.kind === 'submitted') {
    return html`<section class="agency" part="agency-form" aria-labelledby="agency-heading">
      ${heading}
      <div role="status" part="agency-confirmation">
        <p>${t('itemGuide.agencyForm.done')}</p>
        <p>${t('itemGuide.agencyForm.number')}<strong part="agency-number">${state.request.number}</strong></p>
      </div>
      <button type="button" class="yw-button secondary" @click=${on.cancel}>${t('itemGuide.agencyForm.close')}</button>
    </section>`;
  }
  const { problems, busy, error } = state;
  const count = FIELDS.filter((f) => problems[f]).length;
  const field = (name: AgencyField, control: TemplateResult, hint?: string) => html`<div class="field" part="agency-field">
    <label for="agency-${name}">${t(`itemGuide.agencyForm.${name}`)}</label>
    ${hint ? html`<p class="hint" id="agency-${name}-hint">${hint}</p>` : nothing} ${control}
    ${problems[name] ? html`<p class="problem" id="agency-${name}-problem" part="agency-problem">${problems[name]}</p>` : nothing}
  </div>`;
  return html`<section class="agency" part="agency-form" aria-labelledby="agency-heading">
    ${heading}
    <p>${t('itemGuide.agencyForm.intro', itemName)}</p>
    ${count > 0 ? html`<p role="alert" class="problem" part="agency-summary">${t('itemGuide.agencyForm.problems', count)}</p>` : nothing}
    ${error ? html`<p role="alert" class="problem" part="agency-error">${error}</p>` : nothing}
    <form novalidate @submit=${on.submit} aria-busy=${busy ? 'true' : 'false'}>
      ${field(
        'description',
        html`<textarea
          id="agency-description"
          name="description"
          rows="4"
          maxlength="1000"
          required
          aria-invalid=${problems.description ? 'true' : 'false'}
          aria-describedby=${described('description', problems.description)}
          .value=${values.description}
          @input=${(e: Event) => on.input('description', (e.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      )}
      ${field(
        'contactName',
        html`<input
          id="agency-contactName"
          name="contactName"
          autocomplete="name"
          maxlength="50"
          required
          aria-invalid=${problems.contactName ? 'true' : 'false'}
          aria-describedby=${described('contactName', problems.contactName)}
          .value=${values.contactName}
          @input=${(e: Event) => on.input('contactName', (e.target as HTMLInputElement).value)}
        />`,
      )}
      ${field(
        'mobile',
        html`<input
          id="agency-mobile"
          name="mobile"
          type="tel"
          inputmode="tel"
          autocomplete="tel-national"
          required
          aria-invalid=${problems.mobile ? 'true' : 'false'}
          aria-describedby=${described('mobile', problems.mobile)}
          .value=${values.mobile}
          @input=${(e: Event) => on.input('mobile', (e.target as HTMLInputElement).value)}
        />`,
      )}
      ${field(
        'preferredContact',
        html`<select
          id="agency-preferredContact"
          name="preferredContact"
          .value=${values.preferredContact}
          @change=${(e: Event) => on.input('preferredContact', (e.target as HTMLSelectElement).value)}
        >
          ${(['phone', 'visit', 'online'] as const).map(
            (v) => html`<option value=${v} ?selected=${values.preferredContact === v}>${t(`itemGuide.agencyForm.contact.${v}`)}</option>`,
          )}
        </select>`,
      )}
      ${field(
        'preferredTime',
        html`<input
          id="agency-preferredTime"
          name="preferredTime"
          maxlength="100"
          aria-invalid=${problems.preferredTime ? 'true' : 'false'}
          aria-describedby=${described('preferredTime', problems.preferredTime)}
          .value=${values.preferredTime}
          @input=${(e: Event) => on.input('preferredTime', (e.target as HTMLInputElement).value)}
        />`,
      )}
      <div class="actions">
        <button type="submit" class="yw-button" part="agency-submit" ?disabled=${busy}>
          ${busy ? t('itemGuide.agencyForm.submitting') : t('itemGuide.agencyForm.submit')}
        </button>
        <button type="button" class="yw-button secondary" @click=${on.cancel}>${t('itemGuide.agencyForm.close')}</button>
      </div>
    </form>
  </section>`;
}
