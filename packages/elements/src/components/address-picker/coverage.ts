// EMS coverage of the chosen area (快递送达): asked as soon as the area is
// complete, cached per client and locale for the session, and said in words —
// "✓ EMS 快递可送达，预计 1–2 天送达", or "✗ EMS 快递无法送达所选地区" with the
// server's reason, which also makes the address invalid (the form cannot be
// submitted). A failed check is said, with a retry, and does not block.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Coverage } from '@yiwang/contract';
import { DataController } from '../../base/controllers/data.ts';
import type { DataHost } from '../../base/controllers/data.ts';
import type { LocalizeController } from '../../base/controllers/localize.ts';
import type { CoverageState } from './address-value.ts';
import { deliveryCoverage } from './division-cache.ts';

export class CoverageCheck {
  private readonly loader: DataController<Coverage, [string, string]>;
  private readonly localize: LocalizeController;

  /** `code`: the division to ask about, or null (no complete area, or a location that needs no delivery). */
  constructor(host: DataHost, localize: LocalizeController, code: () => string | null) {
    this.localize = localize;
    this.loader = new DataController<Coverage, [string, string]>(host, {
      endpoint: 'delivery.coverage',
      // The locale is an argument: the server words its reason in the applicant's language.
      args: () => {
        const division = code();
        return division ? [host.resolvedLocale, division] : null;
      },
      call: (client, [locale, division], signal) => deliveryCoverage(client, division, locale, signal),
      secondary: true,
    });
  }

  /** What validation needs to know. */
  get state(): CoverageState {
    const covered = this.loader.current?.covered;
    if (this.loader.state === 'pending') return 'checking';
    return covered === false ? 'not-covered' : covered ? 'covered' : 'unknown';
  }

  render(): TemplateResult {
    const { localize, loader } = this;
    const result = loader.current;
    let content: unknown = nothing;
    if (loader.state === 'pending') content = html`<p class="checking">${localize.t('addressPicker.coverage.checking')}</p>`;
    else if (loader.state === 'error') {
      const error = localize.error(loader.error);
      content = html`<p class="coverage-failed">
        ${localize.t('addressPicker.coverage.failed')}${error.message}
        ${error.retryable ? html`<button type="button" class="yw-link-button" part="retry-button" @click=${loader.reload}>${localize.t('state.retry')}</button>` : nothing}
      </p>`;
    } else if (result?.covered) {
      const days = result.estimatedDays;
      content = html`<p class="covered">${days ? localize.t('addressPicker.coverage.covered', days.min, days.max) : localize.t('addressPicker.coverage.coveredNoDays')}</p>`;
    } else if (result) {
      // The server's reason when it gives one (港澳台: collect the result in person), else ours.
      content = html`<p class="blocked">${localize.t('addressPicker.coverage.notCovered')}</p>
        <p id="coverage-message" class="blocked-detail">${result.message || localize.t('addressPicker.invalid.notCovered')}</p>`;
    }
    return html`<div class="coverage" part="coverage" role="status">${content}</div>`;
  }
}
