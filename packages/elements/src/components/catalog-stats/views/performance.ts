// The performance view of <yw-catalog-stats> (`view="performance"`): per
// department, cases received and completed, decisions on time against the
// promised limit, 好差评, and what is open now, as one table with the total in
// its footer. The public report (全程公开) holds figures only; the staff report
// (绩效考核) adds the case numbers that need attention. Fetched with its words and
// styles (LazyPart) in parallel with the report it shows, so the department bars
// come without it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PerformanceFigures, PublicPerformance, StaffPerformance } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

export { performanceStyles as styles } from './performance.styles.ts';

const dash = '—';
// A report's dates are Beijing calendar dates: shown as they are, whatever the browser's time zone.
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
const AS_OF: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Shanghai',
};

function cells(f: PerformanceFigures, localize: LocalizeController): TemplateResult {
  const n = (v: number) => localize.number(v);
  const days = (v: number | null) => (v === null ? dash : localize.number(v, { maximumFractionDigits: 1 }));
  return html`<td>${n(f.received)}</td>
    <td>${n(f.completed)}</td>
    <td part="performance-on-time">
      ${f.onTimeRate === null ? dash : localize.percent(f.onTimeRate)}
      ${f.decided > 0 ? html`<span class="sub">${localize.t('catalogStats.performance.ofDecided', n(f.decidedOnTime), n(f.decided))}</span>` : nothing}
    </td>
    <td>${f.averageWorkingDaysUsed === null ? dash : localize.t('catalogStats.performance.daysOf', days(f.averageWorkingDaysUsed), days(f.averagePromisedDays))}</td>
    <td>
      ${f.evaluations.average === null ? dash : localize.number(f.evaluations.average, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
      <span class="sub">${localize.t('catalogStats.performance.evaluations', n(f.evaluations.count), n(f.evaluations.bad))}</span>
    </td>
    <td class=${f.badAwaitingRectification > 0 ? 'attention' : ''}>${n(f.badAwaitingRectification)}</td>
    <td>${n(f.openSupplements)}</td>
    <td class=${f.overdue > 0 ? 'attention' : ''}>${f.overdue > 0 ? `! ${n(f.overdue)}` : n(f.overdue)}</td>`;
}

/** The performance table of a report; the staff report also lists the cases that need attention. */
export function renderPerformance(report: PublicPerformance | StaffPerformance, localize: LocalizeController): TemplateResult {
  const t = localize.t.bind(localize);
  const total = report.total;
  const attention = 'attention' in report ? report.attention : null;
  return html`<section class="performance" part="performance" aria-labelledby="performance-title">
    <h2 class="performance-title" part="performance-title" id="performance-title">
      ${t(attention ? 'catalogStats.performance.staffTitle' : 'catalogStats.performance.title')}
    </h2>
    <p class="summary" part="summary">
      ${t('catalogStats.performance.period', localize.date(report.from, DAY), localize.date(report.to, DAY))}
      ${
        total.onTimeRate === null
          ? t('catalogStats.performance.noneDecided', localize.number(total.received))
          : t(
              'catalogStats.performance.summary',
              localize.number(total.received),
              localize.number(total.decided),
              localize.percent(total.onTimeRate),
            )
      }
    </p>
    <div
      class="table-scroll"
      part="performance-scroll"
      role="region"
      tabindex="0"
      aria-label=${t('catalogStats.performance.caption', report.from, report.to)}
    >
      <table class="performance-table" part="performance-table">
        <caption class="yw-sr-only">${t('catalogStats.performance.caption', report.from, report.to)}</caption>
        <thead>
          <tr>
            <th scope="col">${t('catalogStats.performance.department')}</th>
            <th scope="col">${t('catalogStats.performance.received')}</th>
            <th scope="col">${t('catalogStats.performance.completed')}</th>
            <th scope="col">${t('catalogStats.performance.onTime')}</th>
            <th scope="col">${t('catalogStats.performance.days')}</th>
            <th scope="col">${t('catalogStats.performance.rating')}</th>
            <th scope="col">${t('catalogStats.performance.rectification')}</th>
            <th scope="col">${t('catalogStats.performance.supplements')}</th>
            <th scope="col">${t('catalogStats.performance.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          ${report.departments.map(
            (d) => html`<tr part="performance-row" data-department=${d.departmentId}>
              <th scope="row">${d.departmentName}</th>
              ${cells(d, localize)}
            </tr>`,
          )}
        </tbody>
        ${
          report.departments.length > 1
            ? html`<tfoot>
              <tr part="performance-total">
                <th scope="row">${t('catalogStats.performance.total')}</th>
                ${cells(total, localize)}
              </tr>
            </tfoot>`
            : nothing
        }
      </table>
    </div>
    <p class="note" part="performance-note">${t('catalogStats.performance.note', localize.date(report.asOf, AS_OF))}</p>
    ${attention ? renderAttention(attention, localize) : nothing}
  </section>`;
}

function renderAttention(attention: StaffPerformance['attention'], localize: LocalizeController): TemplateResult {
  const list = (key: 'catalogStats.performance.overdueCases' | 'catalogStats.performance.badCases', numbers: readonly string[]) =>
    html`<section class="attention-list" part="attention" aria-label=${localize.t(key)}>
      <h3>${localize.t(key)}</h3>
      ${
        numbers.length === 0
          ? html`<p>${localize.t('catalogStats.performance.noCases')}</p>`
          : html`<ul>
            ${numbers.map((n) => html`<li part="attention-case">${n}</li>`)}
          </ul>`
      }
    </section>`;
  return html`${list('catalogStats.performance.overdueCases', attention.overdue)}
  ${list('catalogStats.performance.badCases', attention.badAwaitingRectification)}`;
}
