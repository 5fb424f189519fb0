// Handlers of the applicant's applications: submit, list, progress (also
// anonymous, with the query code), supplement, withdraw, evaluate, result.
// Another user's application answers 404 exactly like a missing one.
import { evaluateCondition, formFields, maskName, validateFormData } from '@yiwang/contract';
import type { ErrorDetail, FormRefs, FormSchema, ItemDetail, License, MaterialProvision, PostalAddress } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import type { Queryable } from '../db/db.ts';
import { invalid, notFound } from '../http/errors.ts';
import { requireRealNameLevel } from '../accounts/real-name-level.ts';
import { idempotencyMismatch } from '../http/idempotency.ts';
import { toIso } from '../domain/time.ts';
import type { Services } from '../services.ts';
import { loadApplicantName, listLicenses } from '../accounts/store.ts';
import { CHOOSE_ADDRESS_LEVEL, isAddressLevel, postalAddress } from '../addresses/postal-address.ts';
import { loadItem } from '../catalog/store.ts';
import { loadForm, loadFormVersion } from '../forms/store.ts';
import { itemFormId } from '../forms/starter.ts';
import { deliveryCoverage } from '../delivery/coverage.ts';
import { deleteDraft } from '../drafts/store.ts';
import { loadFiles } from '../files/store.ts';
import type { FileRow } from '../files/store.ts';
import { calledForMaterials, situationAnswers } from './situations.ts';
import { applicationNotFound, lifecycleEnv, progressOf, settle, settleTracking } from './handling.ts';
import { createApplication, evaluate, openSupplement, respondToSupplement, supplyDeferred, withdraw } from './lifecycle.ts';
import type { NewApplication, StoredActor } from './lifecycle.ts';
import { buildSummary } from './progress.ts';
import { resultLines, resultPdf } from './result-pdf.ts';
import { loadResultDocumentContent } from '../seal/store.ts';
import { sealResultDocument } from '../seal/issue.ts';
import { loadCase } from '../staff/store.ts';
import {
  findApplicationKey,
  generateQueryCode,
  hashQueryCode,
  insertApplication,
  listApplications,
  loadApplication,
  nextNumber,
  originCity,
  pickupPlace,
  queryCodeMatches,
  recordApplicationKey,
  saveOutcome,
  setQueryCodeHash,
} from './store.ts';
import type { StoredApplication } from './store.ts';

const formNotFound = () => notFound({ zh: '申请表不存在', en: 'No such form' });
/** The one answer for an unknown number and for a wrong query code alike. */
const progressNotFound = () =>
  notFound({ zh: '未找到申请，请核对申报号和查询码', en: 'No application matches this number and query code' });

interface Refs extends FormRefs {
  fileRows: FileRow[];
  licenseRows: License[];
}

async function refsOf(ctx: { services: Services; now: Date; locale: 'zh-CN' | 'en' }, userId: string): Promise<Refs> {
  const { db, divisions } = ctx.services;
  const fileRows = await loadFiles(db, userId);
  const licenseRows = await listLicenses(db, userId);
  return {
    fileRows,
    licenseRows,
    files: new Map(fileRows.map((f) => [f.id, f])),
    licenses: new Map(licenseRows.map((l) => [l.id, l])),
    divisionExists: (code) => divisions.get(code) !== undefined,
    now: ctx.now,
    locale: ctx.locale,
  };
}

const say = (locale: 'zh-CN' | 'en', zh: string, en: string) => (locale === 'en' ? en : zh);

/** Checks material provisions (own files, own licenses of the right type) against the guide's materials. */
function checkProvisions(
  provisions: readonly MaterialProvision[],
  materials: ReadonlyArray<{ id: string; name: string; licenseType: string | null }>,
  refs: Refs,
  path: string,
): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const fail = (p: string, zh: string, en: string) => details.push({ path: p, message: say(refs.locale, zh, en) });
  provisions.forEach((p, i) => {
    const material = materials.find((m) => m.id === p.materialId);
    if (!material) return fail(`${path}.${i}.materialId`, '不在材料清单中', 'Not a material asked for here');
    if ('fileIds' in p) {
      p.fileIds.forEach((id, j) => {
        if (!refs.files.has(id)) fail(`${path}.${i}.fileIds.${j}`, '文件不存在或不属于您', 'No such file of yours');
      });
      return;
    }
    const license = refs.licenses.get(p.licenseId);
    if (!license || !material.licenseType || license.type !== material.licenseType) {
      return fail(
        `${path}.${i}.licenseId`,
        `不是可用于“${material.name}”的您的电子证照`,
        `Not an e-license of yours that can stand for ${material.name}`,
      );
    }
    if (license.status !== 'valid') fail(`${path}.${i}.licenseId`, '该电子证照已失效', 'This e-license is no longer valid');
  });
  return details;
}

/**
 * Every required material (not deferrable 容缺) must be provided: those always
 * asked for, and the conditional ones the situation answers call for (`calledFor`,
 * named in the error with the answer that asks for them). `application` (the
 * application form itself) is the submitted form; a material with an e-license
 * type the applicant holds is attached automatically (免提交, 一次生成、多方复用);
 * a form file field with a `materialId` provides it.
 */
function resolveMaterials(
  item: ItemDetail,
  form: FormSchema,
  data: Record<string, unknown>,
  provided: readonly MaterialProvision[],
  refs: Refs,
  calledFor: ReadonlyArray<{ material: { id: string }; because: string }>,
): { materials: MaterialProvision[]; details: ErrorDetail[] } {
  const materials = [...provided];
  const details: ErrorDetail[] = [];
  const byForm = new Set(
    form.steps
      .flatMap((s) => s.sections.flatMap((sec) => sec.fields))
      .flatMap((f) => (f.type === 'file' && f.materialId && data[f.name] !== undefined && data[f.name] !== null ? [f.materialId] : [])),
  );
  for (const m of item.guide.materials) {
    const because = calledFor.find((c) => c.material.id === m.id)?.because;
    if (!m.required || (m.conditional && because === undefined) || m.deferrable || m.id === 'application') continue;
    if (materials.some((p) => p.materialId === m.id) || byForm.has(m.id)) continue;
    const license = m.licenseType ? refs.licenseRows.find((l) => l.type === m.licenseType && l.status === 'valid') : undefined;
    if (license) {
      materials.push({ materialId: m.id, licenseId: license.id });
      continue;
    }
    details.push({
      path: 'body.materials',
      message:
        because === undefined
          ? say(refs.locale, `缺少材料：${m.name}`, `Missing material: ${m.name}`)
          : say(refs.locale, `缺少材料：${m.name}（您选择了“${because}”）`, `Missing material: ${m.name} (you answered “${because}”)`),
    });
  }
  return { materials, details };
}

/**
 * 容缺 materials deferred at submission: deferrable materials of the guide that
 * were not provided although asked for, either always (required, not
 * conditional) or by a form file field that is shown for these answers but left empty.
 */
function deferredMaterials(
  item: ItemDetail,
  form: FormSchema,
  data: Record<string, unknown>,
  provided: readonly MaterialProvision[],
  calledFor: ReadonlyArray<{ material: { id: string } }>,
): Array<{ id: string; name: string }> {
  const given = new Set(provided.map((p) => p.materialId));
  for (const f of formFields(form)) {
    const value = f.type === 'file' && f.materialId ? data[f.name] : undefined;
    if (f.type === 'file' && f.materialId && value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
      given.add(f.materialId);
  }
  const asked = new Set(calledFor.map((c) => c.material.id));
  const askedByForm = new Set(
    formFields(form).flatMap((f) => {
      if (f.type !== 'file' || !f.materialId) return [];
      if (f.visibleWhen && !evaluateCondition(f.visibleWhen, [data])) return [];
      const value = data[f.name];
      const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0);
      return empty ? [f.materialId] : [];
    }),
  );
  return item.guide.materials
    .filter(
      (m) =>
        m.deferrable && !given.has(m.id) && ((m.required && !m.conditional) || askedByForm.has(m.id) || (m.required && asked.has(m.id))),
    )
    .map((m) => ({ id: m.id, name: m.name }));
}

/** The applicant as an event's actor (the name stored masked: no one needs it in full there). */
const applicantActor = (record: StoredApplication): StoredActor => ({ kind: 'applicant', name: maskName(record.state.applicantName) });

async function ownApplication(db: Queryable, userId: string, number: string, forUpdate = false): Promise<StoredApplication> {
  const record = await loadApplication(db, number, forUpdate);
  if (!record || record.userId !== userId) throw applicationNotFound();
  return record;
}

const applications: GroupHandlers<'applications'> = {
  async create(ctx) {
    const { db, divisions } = ctx.services;
    const body = ctx.body;
    // An item a later import unpublished takes no new applications.
    const item = await loadItem(db, body.itemId, { published: true });
    if (!item) throw notFound({ zh: '事项不存在', en: 'No such service item' });
    await requireRealNameLevel(db, ctx.services.config.realNameLevels, item, ctx.user.personId);
    if (itemFormId(item) !== body.formId) {
      throw invalid([{ path: 'body.formId', message: say(ctx.locale, '不是该事项的申请表', 'Not the form of this item') }]);
    }
    const latest = await loadForm(db, body.formId);
    if (!latest) throw formNotFound();
    // Data filled on an earlier published version is checked against that version.
    const form =
      body.formVersion === undefined || body.formVersion === latest.version
        ? latest
        : await loadFormVersion(db, body.formId, body.formVersion);
    if (!form)
      throw invalid([
        {
          path: 'body.formVersion',
          message: say(ctx.locale, `申请表没有第 ${body.formVersion} 版`, `The form has no version ${body.formVersion}`),
        },
      ]);
    const refs = await refsOf(ctx, ctx.user.id);
    const check = validateFormData(form, body.data, refs);
    const situations = situationAnswers(item, form, body.data, body.situations, ctx.locale);
    const calledFor = calledForMaterials(item, situations.answers);
    const details = [
      ...check.details,
      ...situations.details,
      ...checkProvisions(body.materials, item.guide.materials, refs, 'body.materials'),
    ];
    const resolved = resolveMaterials(item, form, body.data, body.materials, refs, calledFor);
    details.push(...resolved.details);
    if (body.channel === 'offline' && !form.offlineAllowed) {
      details.push({ path: 'body.channel', message: say(ctx.locale, '该事项仅支持网上办理', 'This item is online only') });
    }
    let address: PostalAddress | null = null;
    if (body.delivery.method === 'express') {
      const a = body.delivery.address;
      const path = divisions.path(a.divisionCode);
      const level = path.at(-1)?.level;
      const coverage = deliveryCoverage(a.divisionCode, divisions, ctx.locale);
      if (!form.delivery.express)
        details.push({
          path: 'body.delivery.method',
          message: say(ctx.locale, '该事项不支持邮寄送达', 'No express delivery for this item'),
        });
      // The same coverage the picker shows: a direct API call cannot send a result where EMS does not deliver.
      else if (coverage && !coverage.covered) {
        details.push({
          path: 'body.delivery.address.divisionCode',
          message: coverage.message ?? say(ctx.locale, 'EMS 快递无法送达所选地区', 'EMS does not deliver to this area'),
        });
      } else if (!isAddressLevel(level)) {
        details.push({
          path: 'body.delivery.address.divisionCode',
          message: say(ctx.locale, CHOOSE_ADDRESS_LEVEL.zh, CHOOSE_ADDRESS_LEVEL.en),
        });
      }
      address = postalAddress(divisions, a);
    } else if (!form.delivery.pickup) {
      details.push({ path: 'body.delivery.method', message: say(ctx.locale, '该事项不支持窗口领取', 'No pickup for this item') });
    }
    if (details.length > 0) throw invalid(details);

    const fileIds = [...check.fileIds, ...resolved.materials.flatMap((m) => ('fileIds' in m ? m.fileIds : []))];
    const licenseIds = [...check.licenseIds, ...resolved.materials.flatMap((m) => ('licenseId' in m ? [m.licenseId] : []))];
    const origin = await originCity(ctx.services, item);
    const applicantName = await loadApplicantName(db, ctx.user.id);
    const queryCode = generateQueryCode();
    const record = await db.transaction(async (tx) => {
      // A retry of a submission whose answer was never recorded (the process
      // stopped after this transaction committed): the application exists. Its
      // first query code was never shown, so it gets a new one.
      if (ctx.idempotency) {
        const earlier = await findApplicationKey(tx, ctx.user.id, ctx.idempotency.key);
        // The same key with another submission (edited after a failure): never answer it with the earlier application.
        if (earlier && earlier.requestHash !== ctx.idempotency.requestHash) throw idempotencyMismatch();
        const existing = earlier ? await loadApplication(tx, earlier.number, true) : null;
        if (existing) {
          await setQueryCodeHash(tx, existing.number, await hashQueryCode(existing.number, queryCode));
          return existing;
        }
      }
      const number = await nextNumber(tx, ctx.now);
      const input: NewApplication = {
        number,
        userId: ctx.user.id,
        applicantName,
        item,
        delivery: address ? { method: 'express', address, origin } : { method: 'pickup', pickupPlace: pickupPlace(item), origin },
        fileIds,
        licenseIds,
        deferred: deferredMaterials(item, form, body.data, resolved.materials, calledFor),
        deferredWorkingDays: ctx.services.config.deferredWorkingDays,
      };
      const outcome = createApplication(input, lifecycleEnv(ctx));
      await insertApplication(tx, outcome, {
        itemId: item.id,
        departmentId: item.departmentId,
        queryCodeHash: await hashQueryCode(number, queryCode),
        submittedAt: ctx.now,
        request: { ...body, formVersion: form.version, situations: Object.fromEntries(situations.answers), materials: resolved.materials },
        formVersion: form.version,
      });
      if (ctx.idempotency) {
        await recordApplicationKey(tx, ctx.user.id, ctx.idempotency.key, ctx.idempotency.requestHash, number);
      }
      // The draft became an application: a reopened form should start fresh.
      await deleteDraft(tx, ctx.user.id, body.formId);
      return { ...outcome.snapshot, itemId: item.id, submittedAt: ctx.now, updatedAt: ctx.now };
    });
    return { ...buildSummary(record, { now: ctx.now, calendar: ctx.services.calendar }), queryCode };
  },

  async list(ctx) {
    const page = ctx.query.page ?? 1;
    const pageSize = ctx.query.pageSize ?? 20;
    const { items, total } = await listApplications(ctx.services.db, ctx.user.id, {
      status: ctx.query.status,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: items.map((r) => buildSummary(r, { now: ctx.now, calendar: ctx.services.calendar })), total, page, pageSize };
  },

  async progress(ctx) {
    const record = await loadApplication(ctx.services.db, ctx.params.number);
    if (record && ctx.user?.id === record.userId) return progressOf(ctx, await settleTracking(record, ctx), 'owner');
    const code = ctx.query.queryCode;
    // Hash even for an unknown number, so both answers take the same work.
    const matches = code ? await queryCodeMatches(ctx.params.number, code, record?.queryCodeHash ?? '') : false;
    if (!record || !matches) throw progressNotFound();
    return progressOf(ctx, await settleTracking(record, ctx), 'public');
  },

  async supplement(ctx) {
    const { db } = ctx.services;
    const refs = await refsOf(ctx, ctx.user.id);
    const record = await db.transaction(async (tx) => {
      // A request the deployment ends when it expires cannot be answered late.
      const current = await settle(tx, await ownApplication(tx, ctx.user.id, ctx.params.number, true), ctx);
      const open = openSupplement(current, ctx.body.supplementId);
      const asked = open.materials.map((m) => ({ id: m.materialId, name: m.name, licenseType: null as string | null }));
      // A material asked for again may be answered with the e-license the guide accepts for it.
      const item = await loadItem(tx, current.itemId);
      for (const m of asked) m.licenseType = item?.guide.materials.find((g) => g.id === m.id)?.licenseType ?? null;
      const details = checkProvisions(ctx.body.materials, asked, refs, 'body.materials');
      for (const m of open.materials) {
        if (!ctx.body.materials.some((p) => p.materialId === m.materialId)) {
          details.push({
            path: 'body.materials',
            message: say(ctx.locale, `缺少补正材料：${m.name}`, `Missing supplement material: ${m.name}`),
          });
        }
      }
      if (details.length > 0) throw invalid(details);
      const outcome = respondToSupplement(
        current,
        { supplementId: ctx.body.supplementId, materials: ctx.body.materials, note: ctx.body.note ?? null },
        lifecycleEnv(ctx),
      );
      outcome.events = outcome.events.map((e) => ({ ...e, actor: applicantActor(current) }));
      await saveOutcome(tx, outcome, ctx.now);
      return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    });
    return progressOf(ctx, record, 'owner');
  },

  async supplyDeferred(ctx) {
    const { db } = ctx.services;
    const refs = await refsOf(ctx, ctx.user.id);
    const record = await db.transaction(async (tx) => {
      const current = await ownApplication(tx, ctx.user.id, ctx.params.number, true);
      const item = await loadItem(tx, current.itemId);
      const owed = (current.state.deferred ?? [])
        .filter((d) => d.suppliedAt === null)
        .map((d) => ({
          id: d.materialId,
          name: d.name,
          licenseType: item?.guide.materials.find((g) => g.id === d.materialId)?.licenseType ?? null,
        }));
      const details = checkProvisions(ctx.body.materials, owed, refs, 'body.materials');
      if (details.length > 0) throw invalid(details);
      const outcome = supplyDeferred(current, ctx.body.materials, lifecycleEnv(ctx));
      outcome.events = outcome.events.map((e) => ({ ...e, actor: applicantActor(current) }));
      await saveOutcome(tx, outcome, ctx.now);
      return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    });
    return progressOf(ctx, record, 'owner');
  },

  async withdraw(ctx) {
    const record = await ctx.services.db.transaction(async (tx) => {
      const current = await ownApplication(tx, ctx.user.id, ctx.params.number, true);
      const outcome = withdraw(current, ctx.body.reason, lifecycleEnv(ctx));
      outcome.events = outcome.events.map((e) => ({ ...e, actor: applicantActor(current) }));
      await saveOutcome(tx, outcome, ctx.now);
      return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    });
    return progressOf(ctx, record, 'owner');
  },

  async evaluate(ctx) {
    return ctx.services.db.transaction(async (tx) => {
      const current = await ownApplication(tx, ctx.user.id, ctx.params.number, true);
      const next = evaluate(current, ctx.body, lifecycleEnv(ctx));
      await saveOutcome(tx, { snapshot: next, events: [], effects: [] }, ctx.now);
      return next.state.evaluation!;
    });
  },

  async result(ctx) {
    const record = await ownApplication(ctx.services.db, ctx.user.id, ctx.params.number);
    const result = record.state.result;
    if (!result?.documentName) throw notFound({ zh: '暂无可下载的办理结果', en: 'There is no result document yet' });
    const fileName = `${record.number}-${result.documentName}.pdf`;
    // The sealed PDF 制证 issued. When 制证 could not seal (a missing key or font), sealing is tried
    // again here, so fixing the configuration heals the download without a new 制证.
    let sealed = await loadResultDocumentContent(ctx.services.db, record.number);
    if (!sealed && ctx.services.sealer && result.outcome === 'approved') {
      const department = (await loadCase(ctx.services.db, record.number))?.department;
      if (department && (await sealResultDocument(ctx.services, record, department, new Date(result.issuedAt))))
        sealed = await loadResultDocumentContent(ctx.services.db, record.number);
    }
    if (sealed)
      return {
        body: sealed as Uint8Array<ArrayBuffer>,
        contentType: 'application/pdf',
        fileName,
        headers: { 'Yiwang-Result-Seal': 'signed' },
      };
    const body = resultPdf({
      title: result.documentName,
      lines: resultLines(record),
      signature: [record.state.departmentName, toIso(result.issuedAt).slice(0, 10)],
    });
    // Without a sealer (the browser mock), for results sealing failed on, and for results issued before sealing existed.
    return { body, contentType: 'application/pdf', fileName, headers: { 'Yiwang-Result-Seal': 'unsigned' } };
  },
};

/** Handlers of the applications group. */
export const applicationRoutes = { applications };
