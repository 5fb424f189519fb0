// The body of <yw-item-guide>'s guide (a published item's facts, conditions,
// situational questions with the materials they narrow, process and special
// procedures, fees, places and basis), as functions of the item and the
// applicant's answers. Fetched with its words and styles (LazyPart) in parallel
// with the item whose guide it shows, so the element's first paint (a skeleton)
// and its empty states come without it. Values from the server are rendered as text.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Guide, ItemDetail, Situation } from '@yiwang/contract';
import type { LocalizeController } from '../../../base/controllers/localize.ts';
import { audienceLabel, channelLabel, licenseLabel, listText, typeLabel } from '../item-facts.ts';
import { answer, materialsFor } from '../situations.ts';
import type { Answers, ApplicableMaterial } from '../situations.ts';
import { section, telHref } from './sections.ts';

export { guideBodyStyles as styles } from './guide-body.styles.ts';

/** What the body needs from the element. */
export interface GuideBodyContext {
  localize: LocalizeController;
  /** The applicant's answers to the situational questions. */
  answers: Answers;
  /** New answers (the element keeps them and renders again). */
  onAnswers: (answers: Answers) => void;
  /** The phones section, which the element renders in the empty state too. */
  phones: unknown;
}

/** Only http(s) links from the server become links (never `javascript:` and the like). */
function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The guide of a published item below its header: facts, conditions, situations, materials, process, fees, places, phones, basis. */
export function renderGuideBody(ctx: GuideBodyContext, item: ItemDetail): TemplateResult {
  const { guide } = item;
  const localize = ctx.localize;
  return html`${renderFacts(localize, item)}
      ${section('conditions', localize.t('itemGuide.conditions'), html`<ul>${guide.conditions.map((c) => html`<li>${c}</li>`)}</ul>`, guide.conditions.length > 0)}
      ${renderSituations(ctx, guide.situations)} ${renderMaterials(ctx, guide)} ${renderProcess(localize, guide)}
      ${section(
        'fees',
        localize.t('itemGuide.fees'),
        guide.fees.length === 0
          ? html`<p>${localize.t('itemGuide.free')}</p>`
          : html`<ul>
              ${guide.fees.map((fee) => html`<li>${fee.name}${localize.t('itemGuide.colon')}${fee.standard}${fee.basis ? html`<p class="detail">${fee.basis}</p>` : nothing}</li>`)}
            </ul>`,
      )}
      ${section(
        'places',
        localize.t('itemGuide.places'),
        html`<ul>
          ${guide.places.map(
            (place) => html`<li>
              <p><strong>${place.name}</strong></p>
              <p class="detail">${localize.t('itemGuide.address')}${localize.t('itemGuide.colon')}${place.address}</p>
              <p class="detail">${localize.t('itemGuide.hours')}${localize.t('itemGuide.colon')}${place.hours}</p>
              ${place.phone ? html`<p class="detail phones">${localize.t('itemGuide.phone')}${localize.t('itemGuide.colon')}<a href=${telHref(place.phone)}>${place.phone}</a></p>` : nothing}
            </li>`,
          )}
        </ul>`,
        guide.places.length > 0,
      )}
      ${ctx.phones}
      ${section('basis', localize.t('itemGuide.basis'), html`<ul>${guide.basis.map((b) => html`<li>${b}</li>`)}</ul>`, guide.basis.length > 0)}
      <p class="updated">${localize.t('itemGuide.updated', localize.date(guide.updatedAt))}</p>`;
}

function renderFacts(localize: LocalizeController, item: ItemDetail): TemplateResult {
  const { guide } = item;
  const fact = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<dl class="facts" part="facts">
      ${fact(localize.t('itemGuide.department'), item.departmentName)}
      ${fact(
        localize.t('itemGuide.audience'),
        listText(
          localize,
          item.audiences.map((a) => audienceLabel(localize, a)),
        ),
      )}
      ${fact(localize.t('itemGuide.type'), typeLabel(localize, item.type))}
      ${fact(localize.t('itemGuide.legalLimit'), localize.t('itemGuide.workingDays', item.legalLimitDays))}
      ${fact(localize.t('itemGuide.promisedLimit'), localize.t('itemGuide.workingDays', item.promisedLimitDays))}
      ${fact(localize.t('itemGuide.visits'), localize.t('itemGuide.visitCount', item.visitsRequired))}
      ${fact(localize.t('itemGuide.depth'), localize.t('itemSearch.depth', item.onlineDepth))}
      ${fact(
        localize.t('itemGuide.channels'),
        listText(
          localize,
          item.channels.map((c) => channelLabel(localize, c)),
        ),
      )}
      ${item.minRealNameLevel ? fact(localize.t('itemGuide.realNameLevel'), localize.t('itemGuide.realNameLevelValue', item.minRealNameLevel)) : nothing}
      ${guide.resultName ? fact(localize.t('itemGuide.result'), `${guide.resultName}${guide.resultLicenseType ? localize.t('itemGuide.resultLicense') : ''}`) : nothing}
      ${fact(localize.t('itemGuide.code'), item.code)}
    </dl>`;
}

function renderSituations(ctx: GuideBodyContext, situations: readonly Situation[]): TemplateResult | typeof nothing {
  const localize = ctx.localize;
  if (situations.length === 0) return nothing;
  const answered = Object.values(ctx.answers).some((ids) => ids.length > 0);
  return section(
    'situations',
    localize.t('itemGuide.situations'),
    html`<p class="note">${localize.t('itemGuide.situationsHint')}</p>
        ${situations.map(
          (s) => html`<fieldset class="situation" part="situation">
            <legend>${s.question}${s.multiple ? localize.t('itemGuide.chooseAny') : ''}</legend>
            ${s.options.map(
              (o) => html`<label class="option">
                <input
                  type=${s.multiple ? 'checkbox' : 'radio'}
                  name=${`situation-${s.id}`}
                  .checked=${(ctx.answers[s.id] ?? []).includes(o.id)}
                  @change=${(e: Event) => ctx.onAnswers(answer(ctx.answers, s.id, o.id, s.multiple, (e.target as HTMLInputElement).checked))}
                />
                <span>${o.label}</span>
              </label>`,
            )}
          </fieldset>`,
        )}
        ${
          answered
            ? html`<button type="button" class="yw-button reset" @click=${() => ctx.onAnswers({})}>${localize.t('itemGuide.resetAnswers')}</button>`
            : nothing
        }`,
  );
}

function renderMaterials(ctx: GuideBodyContext, guide: Guide): TemplateResult {
  const localize = ctx.localize;
  const { applicable, pending } = materialsFor(guide, ctx.answers);
  return section(
    'materials',
    localize.t('itemGuide.materials'),
    html`<p class="count" part="material-count" role="status">${localize.t('itemGuide.materialCount', applicable.length, pending)}</p>
        <ol class="materials" part="materials">
          ${applicable.map((entry) => renderMaterial(localize, entry))}
        </ol>`,
  );
}

function renderMaterial(localize: LocalizeController, { material: m, because }: ApplicableMaterial): TemplateResult {
  const blank = safeHref(m.blankFormUrl);
  const sample = safeHref(m.sampleUrl);
  const link = (href: string, label: string) =>
    html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="yw-sr-only">${localize.t('itemGuide.newWindow')}</span></a>`;
  return html`<li class="material" part="material">
      <p class="material-name" part="material-name">${m.name}</p>
      <ul class="tags">
        <li class="tag ${m.required ? 'required' : ''}">${localize.t(m.required ? 'itemGuide.required' : 'itemGuide.optional')}</li>
        ${m.deferrable ? html`<li class="tag">${localize.t('itemGuide.deferrable')}</li>` : nothing}
        ${m.forms.map((f) => html`<li class="tag">${localize.t(`itemGuide.form.${f}` as const)}</li>`)}
        ${m.originals > 0 ? html`<li class="tag">${localize.t('itemGuide.originals', m.originals)}</li>` : nothing}
        ${m.copies > 0 ? html`<li class="tag">${localize.t('itemGuide.copies', m.copies)}</li>` : nothing}
        <li class="tag">${localize.t(`itemGuide.source.${m.source}` as const)}</li>
      </ul>
      ${m.licenseType ? html`<p class="e-license" part="e-license">✓ ${localize.t('itemGuide.eLicense', licenseLabel(localize, m.licenseType))}</p>` : nothing}
      ${because.length > 0 ? html`<p class="because">${localize.t('itemGuide.addedBy', listText(localize, because))}</p>` : nothing}
      ${m.sourceNote ? html`<p class="detail">${m.sourceNote}</p>` : nothing} ${m.notes ? html`<p class="detail">${m.notes}</p>` : nothing}
      ${
        blank || sample
          ? html`<p class="links">${blank ? link(blank, localize.t('itemGuide.blankForm')) : nothing}${sample ? link(sample, localize.t('itemGuide.sample')) : nothing}</p>`
          : nothing
      }
    </li>`;
}

function renderProcess(localize: LocalizeController, guide: Guide): TemplateResult {
  return html`${section(
    'steps',
    localize.t('itemGuide.steps'),
    html`<ol class="steps" part="steps">
        ${guide.steps.map(
          (step) => html`<li class="step">
            <p class="step-name">${step.name}</p>
            <p>${step.description}</p>
            ${
              step.limitDays !== null || step.department
                ? html`<p class="step-meta">
                  ${step.limitDays !== null ? localize.t('itemGuide.stepLimit', step.limitDays) : ''}${step.limitDays !== null && step.department ? ' · ' : ''}${step.department ?? ''}
                </p>`
                : nothing
            }
          </li>`,
        )}
      </ol>`,
    guide.steps.length > 0,
  )}
    ${section(
      'special',
      localize.t('itemGuide.special'),
      html`<p class="note">${localize.t('itemGuide.specialNote')}</p>
        <ul>
          ${guide.specialProcedures.map(
            (p) => html`<li>
              <strong>${p.name}</strong>${p.maxDays !== null ? localize.t('itemGuide.specialMax', p.maxDays) : ''}
              <p class="detail">${p.description}</p>
            </li>`,
          )}
        </ul>`,
      guide.specialProcedures.length > 0,
    )}`;
}
