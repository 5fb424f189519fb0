// Whether EMS delivers to the chosen area, in words: checking, "✓ EMS 快递可送达，
// 预计 1–2 天送达", "✗ EMS 快递无法送达所选地区" with the server's reason, or a
// failed check with a retry. The check itself is CoverageCheck's (coverage.ts);
// the live region around it is the picker's, which fetches this module
// (coverage.part.ts) once an area is being chosen.
import { html, nothing } from 'lit';
import type { Coverage } from '@yiwang/contract';
import type { DataState } from '../../../base/controllers/data.ts';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

export interface CoverageData {
  /** The check: not asked, pending, answered or failed. */
  readonly status: DataState;
  /** The server's answer, once there. */
  readonly result: Coverage | undefined;
  readonly error: unknown;
}

/** What goes inside the picker's coverage region (`part="coverage"`, a live region). */
export function renderCoverage(localize: LocalizeController, coverage: CoverageData, retry: () => void): unknown {
  const result = coverage.result;
  let content: unknown = nothing;
  if (coverage.status === 'pending') content = html`<p class="checking">${localize.t('addressPicker.coverage.checking')}</p>`;
  else if (coverage.status === 'error') {
    const error = localize.error(coverage.error);
    content = html`<p class="coverage-failed">
      ${localize.t('addressPicker.coverage.failed')}${error.message}
      ${error.retryable ? html`<button type="button" class="yw-link-button" part="retry-button" @click=${retry}>${localize.t('state.retry')}</button>` : nothing}
    </p>`;
  } else if (result?.covered) {
    const days = result.estimatedDays;
    content = html`<p class="covered">${days ? localize.t('addressPicker.coverage.covered', days.min, days.max) : localize.t('addressPicker.coverage.coveredNoDays')}</p>`;
  } else if (result) {
    // The server's reason when it gives one (港澳台: collect the result in person), else ours.
    content = html`<p class="blocked">${localize.t('addressPicker.coverage.notCovered')}</p>
      <p id="coverage-message" class="blocked-detail">${result.message || localize.t('addressPicker.invalid.notCovered')}</p>`;
  }
  return content;
}
