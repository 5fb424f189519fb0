// The signed-in applicant's list of their applications to pick from (paged).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ApplicationSummary, Page } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { statusName, statusSign } from './status.ts';
import { formatDay } from '../format.ts';

export interface MyApplicationsActions {
  onOpen: (number: string) => void;
  onPage: (page: number) => void;
  onQuery: () => void;
}

const ENDED = ['completed', 'rejected', 'withdrawn'];

export function renderMyApplications(
  localize: LocalizeController,
  page: Page<ApplicationSummary>,
  actions: MyApplicationsActions,
): TemplateResult {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return html`<section class="mine" part="mine" aria-labelledby="pt-mine-title">
    <div class="head-row">
      <h2 id="pt-mine-title" class="title" tabindex="-1">${localize.t('progressTracker.mine.title')}</h2>
      <span class="hint">${localize.t('progressTracker.mine.count', localize.number(page.total))}</span>
    </div>
    <ul class="apps" part="list" aria-labelledby="pt-mine-title">
      ${page.items.map(
        (a) => html`<li>
          <button type="button" class="app" part="list-item" @click=${() => actions.onOpen(a.number)}>
            <span class="app-name">${a.itemName}</span>
            <span class="app-status" data-status=${a.status}>${statusSign(a.status)} ${statusName(localize, a.status)}</span>
            <span class="hint app-meta">
              <span>${localize.t('progressTracker.number')} ${a.number}</span>
              <span>${localize.t('progressTracker.mine.submitted', formatDay(localize, a.submittedAt.slice(0, 10)))}</span>
              ${a.dueDate && !ENDED.includes(a.status) ? html`<span>${localize.t('progressTracker.mine.due', formatDay(localize, a.dueDate))}</span>` : nothing}
            </span>
          </button>
        </li>`,
      )}
    </ul>
    ${
      pages > 1
        ? html`<div class="pager actions" part="pager">
          <button type="button" class="yw-button secondary" aria-disabled=${page.page <= 1 ? 'true' : 'false'} @click=${() => actions.onPage(page.page - 1)}>
            ${localize.t('progressTracker.mine.previous')}
          </button>
          <span class="hint">${localize.t('progressTracker.mine.page', localize.number(page.page), localize.number(pages))}</span>
          <button type="button" class="yw-button secondary" aria-disabled=${page.page >= pages ? 'true' : 'false'} @click=${() => actions.onPage(page.page + 1)}>
            ${localize.t('progressTracker.mine.next')}
          </button>
        </div>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="yw-button secondary" part="query-button" @click=${actions.onQuery}>${localize.t('progressTracker.mine.query')}</button>
    </div>
  </section>`;
}
