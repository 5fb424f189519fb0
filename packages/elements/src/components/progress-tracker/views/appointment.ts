// The appointment at the hall of an offline-channel application, as staff set
// it: when (Beijing time, as the server says it), where, and what to bring.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Progress } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { time } from './timeline.ts';

/** Nothing once the case is closed or when no appointment is set. */
export function renderAppointment(localize: LocalizeController, p: Progress): TemplateResult | typeof nothing {
  const a = p.appointment;
  if (!a || ['rejected', 'completed', 'withdrawn'].includes(p.status)) return nothing;
  return html`<section class="appointment" part="appointment" aria-labelledby="pt-appointment">
    <h3 id="pt-appointment">${localize.t('progressTracker.appointment.title')}</h3>
    <dl class="facts">
      <div><dt>${localize.t('progressTracker.appointment.at')}</dt><dd part="appointment-time">${time(localize, a.at)}</dd></div>
      <div><dt>${localize.t('progressTracker.appointment.place')}</dt><dd part="appointment-place">${a.place}</dd></div>
    </dl>
    ${
      a.bring.length > 0
        ? html`<p>${localize.t('progressTracker.appointment.bring')}</p>
          <ul part="appointment-bring">
            ${a.bring.map((b) => html`<li>${b}</li>`)}
          </ul>`
        : nothing
    }
  </section>`;
}
