// The 督查 view of <yw-catalog-stats> (`view="audit"`): for each department below
// the server's target, how many items it still needs and the items that keep it
// below, with the reason, as a heading and a table per department. Fetched with
// its words and styles (LazyPart) in parallel with the figures it shows, so the
// department bars come without it.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { NO_VISIT_TARGET } from '@yiwang/contract';
import type { CatalogStats, NoVisitGap } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';

export { auditStyles as styles } from './audit.styles.ts';

type DepartmentStats = CatalogStats['departments'][number];

export function renderAudit(stats: CatalogStats, localize: LocalizeController): TemplateResult {
  const { gaps } = stats;
  const none = (key: 'catalogStats.audit.none' | 'catalogStats.audit.unavailable') =>
    html`<p class="audit-none" part="audit-none">${localize.t(key)}</p>`;
  return html`<section class="audit" part="audit" aria-labelledby="audit-title">
    <h2 class="audit-title" part="audit-title" id="audit-title">${localize.t('catalogStats.audit.title', localize.percent(NO_VISIT_TARGET))}</h2>
    ${
      !gaps
        ? none('catalogStats.audit.unavailable')
        : gaps.length === 0
          ? none('catalogStats.audit.none')
          : gaps.map((gap, k) =>
              renderGap(
                gap,
                stats.departments.find((d) => d.departmentId === gap.departmentId),
                k,
                localize,
              ),
            )
    }
  </section>`;
}

function renderGap(gap: NoVisitGap, d: DepartmentStats | undefined, k: number, localize: LocalizeController): TemplateResult {
  const id = `audit-${k}`;
  return html`<section class="audit-department" part="audit-department" aria-labelledby=${id}>
    <h3 class="audit-heading" part="audit-heading" id=${id}>${gap.departmentName}</h3>
    <p class="audit-needed" part="audit-needed">
      ${
        d
          ? localize.t('catalogStats.audit.ratio', localize.percent(d.ratio), localize.number(d.zeroVisitItems), localize.number(d.items))
          : nothing
      }
      ${localize.t('catalogStats.audit.needed', localize.number(gap.needed))}
    </p>
    <table class="audit-table" part="audit-table">
      <caption class="yw-sr-only">${localize.t('catalogStats.audit.caption', gap.departmentName)}</caption>
      <thead>
        <tr>
          <th scope="col">${localize.t('catalogStats.audit.item')}</th>
          <th scope="col">${localize.t('catalogStats.audit.reason')}</th>
        </tr>
      </thead>
      <tbody>
        ${gap.items.map(
          (item) => html`<tr>
            <th scope="row">${item.name}</th>
            <td class="audit-reason ${item.reason}" part="audit-reason">
              ${
                item.reason === 'no_online_path'
                  ? localize.t('catalogStats.audit.noOnlinePath')
                  : localize.t('catalogStats.audit.visitsRequired', localize.number(item.visitsRequired))
              }
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${gap.more > 0 ? html`<p class="audit-more" part="audit-more">${localize.t('catalogStats.audit.more', localize.number(gap.more))}</p>` : nothing}
  </section>`;
}
