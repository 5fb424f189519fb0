// Handlers of drafts, files, applications and the operator endpoints. Every
// applicant-scoped query is filtered by the caller's user id: another user's
// draft, file or application answers 404 exactly like a missing one.
import type { ErrorDetail, FileMeta, FormSchema, ItemDetail, License, MaterialProvision } from '@yiwang/contract';
import type { GroupHandlers } from '../app.ts';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { HttpError, conflict, invalid, notFound } from '../http/errors.ts';
import { idempotencyMismatch } from '../http/idempotency.ts';
import { toIso } from '../domain/time.ts';
import type { Services } from '../services.ts';
import { createApplication, evaluate, openSupplement, respondToSupplement, withdraw, applyAction, randomChars } from './lifecycle.ts';
import type { LifecycleEnv, NewApplication, StoredAddress } from './lifecycle.ts';
import { buildProgress, buildSummary } from './progress.ts';
import type { ApplicationRecord, Viewer } from './progress.ts';
import { validateFormData } from '@yiwang/contract';
import type { FormRefs } from '@yiwang/contract';
import { cleanFileName, declaredType, isAllowedType, sniffType } from './file-types.ts';
import { resultPdf } from './result-pdf.ts';
import { deliveryCoverage } from '../people/coverage.ts';
import {
  generateQueryCode,
  hashQueryCode,
  insertApplication,
  listApplications,
  loadApplicantName,
  loadApplication,
  loadEvents,
  loadFiles,
  loadForm,
  loadItem,
  loadLicenses,
  nextNumber,
  originCity,
  pickupPlace,
  queryCodeMatches,
  saveOutcome,
} from './store.ts';
import type { FileRow, StoredApplication } from './store.ts';

const envOf = (ctx: { now: Date; services: Services }): LifecycleEnv => ({ now: ctx.now, calendar: ctx.services.calendar });

const formNotFound = () => notFound({ zh: '申请表不存在', en: 'No such form' });
const draftNotFound = () => notFound({ zh: '没有该申请表的草稿', en: 'No draft of this form' });
const fileNotFound = () => notFound({ zh: '文件不存在', en: 'No such file' });
const applicationNotFound = () => notFound({ zh: '未找到该申请', en: 'No such application' });
/** The one answer for an unknown number and for a wrong query code alike. */
const progressNotFound = () =>
  notFound({ zh: '未找到申请，请核对申报号和查询码', en: 'No application matches this number and query code' });

// ---------------------------------------------------------------------------
// Drafts

interface DraftRow {
  form_id: string;
  data: Record<string, unknown>;
  version: number;
  updated_at: Date;
}

const draftOut = (r: DraftRow) => ({ formId: r.form_id, data: r.data, version: r.version, updatedAt: toIso(r.updated_at) });

const drafts: GroupHandlers<'drafts'> = {
  async list(ctx) {
    const rows = await ctx.services.db.query<DraftRow>(
      'SELECT form_id, data, version, updated_at FROM drafts WHERE user_id = $1 ORDER BY updated_at DESC, form_id',
      [ctx.user.id],
    );
    return { items: rows.map(draftOut) };
  },

  async get(ctx) {
    const [row] = await ctx.services.db.query<DraftRow>(
      'SELECT form_id, data, version, updated_at FROM drafts WHERE user_id = $1 AND form_id = $2',
      [ctx.user.id, ctx.params.formId],
    );
    if (!row) throw draftNotFound();
    return draftOut(row);
  },

  async save(ctx) {
    const { db } = ctx.services;
    if (!(await loadForm(db, ctx.params.formId))) throw formNotFound();
    const args = [ctx.user.id, ctx.params.formId, json(ctx.body.data), ctx.now];
    if (ctx.body.baseVersion === undefined) {
      const [row] = await db.query<DraftRow>(
        `INSERT INTO drafts (user_id, form_id, data, version, updated_at) VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT (user_id, form_id) DO UPDATE SET data = EXCLUDED.data, version = drafts.version + 1, updated_at = EXCLUDED.updated_at
         RETURNING form_id, data, version, updated_at`,
        args,
      );
      return draftOut(row!);
    }
    // Compare-and-set: only the version the client started from may be replaced.
    const [row] = await db.query<DraftRow>(
      `UPDATE drafts SET data = $3, version = version + 1, updated_at = $4
       WHERE user_id = $1 AND form_id = $2 AND version = $5 RETURNING form_id, data, version, updated_at`,
      [...args, ctx.body.baseVersion],
    );
    if (row) return draftOut(row);
    const [current] = await db.query<{ version: number }>('SELECT version FROM drafts WHERE user_id = $1 AND form_id = $2', [
      ctx.user.id,
      ctx.params.formId,
    ]);
    throw conflict(
      current
        ? { zh: `草稿已在别处更新（当前版本 ${current.version}），请刷新后再保存`, en: `The draft was saved elsewhere (now version ${current.version}); reload it first` }
        : { zh: '草稿已被删除或提交，请刷新后再保存', en: 'The draft was discarded or submitted; reload first' },
    );
  },

  async delete(ctx) {
    const rows = await ctx.services.db.query('DELETE FROM drafts WHERE user_id = $1 AND form_id = $2 RETURNING form_id', [
      ctx.user.id,
      ctx.params.formId,
    ]);
    if (rows.length === 0) throw draftNotFound();
  },
};

// ---------------------------------------------------------------------------
// Files

const fileOut = (f: FileRow): FileMeta => ({
  id: f.id,
  name: f.name,
  size: f.size,
  contentType: f.contentType,
  sha256: f.sha256,
  createdAt: toIso(f.createdAt),
});

const unsupported = (zh: string, en: string) => new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', { zh, en });

async function ownFile(db: Queryable, userId: string, id: string): Promise<FileRow> {
  const file = (await loadFiles(db, userId)).find((f) => f.id === id);
  if (!file) throw fileNotFound();
  return file;
}

const files: GroupHandlers<'files'> = {
  async upload(ctx) {
    const file = ctx.body;
    const name = cleanFileName(file.name);
    const type = declaredType(file.type, name);
    if (!isAllowedType(type)) {
      throw unsupported(
        `不支持的文件类型（${type || '未知'}），请上传 PDF、JPG、PNG 或 OFD 文件`,
        `Unsupported file type (${type || 'unknown'}); upload PDF, JPEG, PNG or OFD`,
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length === 0) throw invalid([{ path: 'body.file', message: 'The file is empty' }], { zh: '文件是空的', en: 'The file is empty' });
    if (sniffType(bytes) !== type) {
      throw unsupported('文件内容与文件类型不符，请上传真实的 PDF、JPG、PNG 或 OFD 文件', 'The content does not match the file type');
    }
    const row: FileRow = {
      id: `f-${randomChars('abcdefghijkmnpqrstuvwxyz23456789', 16)}`,
      name,
      size: bytes.length,
      contentType: type,
      sha256: await ctx.services.hashFile(file),
      createdAt: ctx.now,
    };
    await ctx.services.db.query(
      'INSERT INTO files (id, user_id, name, size, content_type, sha256, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [row.id, ctx.user.id, row.name, row.size, row.contentType, row.sha256, bytes, row.createdAt],
    );
    return fileOut(row);
  },

  async get(ctx) {
    return fileOut(await ownFile(ctx.services.db, ctx.user.id, ctx.params.id));
  },

  async content(ctx) {
    const [row] = await ctx.services.db.query<{ name: string; content_type: string; content: Uint8Array }>(
      'SELECT name, content_type, content FROM files WHERE id = $1 AND user_id = $2',
      [ctx.params.id, ctx.user.id],
    );
    if (!row) throw fileNotFound();
    return { body: new Uint8Array(row.content), contentType: row.content_type, fileName: row.name };
  },

  /** A file that an application refers to stays: it is part of that application's record. */
  async delete(ctx) {
    const { db } = ctx.services;
    await ownFile(db, ctx.user.id, ctx.params.id);
    const used = await db.query<{ number: string }>(
      "SELECT number FROM applications WHERE user_id = $1 AND state->'fileIds' @> $2::jsonb LIMIT 1",
      [ctx.user.id, json([ctx.params.id])],
    );
    if (used[0]) {
      throw conflict({
        zh: `该文件是申请 ${used[0].number} 的材料，不能删除`,
        en: `This file is a material of application ${used[0].number} and cannot be deleted`,
      });
    }
    await db.query('DELETE FROM files WHERE id = $1 AND user_id = $2', [ctx.params.id, ctx.user.id]);
  },
};

// ---------------------------------------------------------------------------
// Applications

interface Refs extends FormRefs {
  fileRows: FileRow[];
  licenseRows: License[];
}

async function refsOf(ctx: { services: Services; now: Date; locale: 'zh-CN' | 'en' }, userId: string): Promise<Refs> {
  const { db, divisions } = ctx.services;
  const fileRows = await loadFiles(db, userId);
  const licenseRows = await loadLicenses(db, userId);
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
      return fail(`${path}.${i}.licenseId`, `不是可用于“${material.name}”的您的电子证照`, `Not an e-license of yours that can stand for ${material.name}`);
    }
    if (license.status !== 'valid') fail(`${path}.${i}.licenseId`, '该电子证照已失效', 'This e-license is no longer valid');
  });
  return details;
}

/**
 * Every required material (not conditional, not deferrable 容缺) must be provided.
 * `application` (the application form itself) is the submitted form; a material
 * with an e-license type the applicant holds is attached automatically
 * (免提交, 一次生成、多方复用); a form file field with a `materialId` provides it.
 */
function resolveMaterials(
  item: ItemDetail,
  form: FormSchema,
  data: Record<string, unknown>,
  provided: readonly MaterialProvision[],
  refs: Refs,
): { materials: MaterialProvision[]; details: ErrorDetail[] } {
  const materials = [...provided];
  const details: ErrorDetail[] = [];
  const byForm = new Set(
    form.steps
      .flatMap((s) => s.sections.flatMap((sec) => sec.fields))
      .flatMap((f) => (f.type === 'file' && f.materialId && data[f.name] !== undefined && data[f.name] !== null ? [f.materialId] : [])),
  );
  for (const m of item.guide.materials) {
    if (!m.required || m.conditional || m.deferrable || m.id === 'application') continue;
    if (materials.some((p) => p.materialId === m.id) || byForm.has(m.id)) continue;
    const license = m.licenseType ? refs.licenseRows.find((l) => l.type === m.licenseType && l.status === 'valid') : undefined;
    if (license) {
      materials.push({ materialId: m.id, licenseId: license.id });
      continue;
    }
    details.push({ path: 'body.materials', message: say(refs.locale, `缺少材料：${m.name}`, `Missing material: ${m.name}`) });
  }
  return { materials, details };
}

async function progressOf(ctx: { services: Services; now: Date }, record: ApplicationRecord, viewer: Viewer) {
  const events = await loadEvents(ctx.services.db, record.number);
  return buildProgress(record, events, { now: ctx.now, calendar: ctx.services.calendar, viewer });
}

async function ownApplication(db: Queryable, userId: string, number: string, forUpdate = false): Promise<StoredApplication> {
  const record = await loadApplication(db, number, forUpdate);
  if (!record || record.userId !== userId) throw applicationNotFound();
  return record;
}

const applications: GroupHandlers<'applications'> = {
  async create(ctx) {
    const { db, divisions } = ctx.services;
    const body = ctx.body;
    const item = await loadItem(db, body.itemId);
    if (!item) throw notFound({ zh: '事项不存在', en: 'No such service item' });
    if (item.formId !== body.formId) {
      throw invalid([{ path: 'body.formId', message: say(ctx.locale, '不是该事项的申请表', 'Not the form of this item') }]);
    }
    const form = await loadForm(db, body.formId);
    if (!form) throw formNotFound();
    const refs = await refsOf(ctx, ctx.user.id);
    const check = validateFormData(form, body.data, refs);
    const details = [...check.details, ...checkProvisions(body.materials, item.guide.materials, refs, 'body.materials')];
    const resolved = resolveMaterials(item, form, body.data, body.materials, refs);
    details.push(...resolved.details);
    if (body.channel === 'offline' && !form.offlineAllowed) {
      details.push({ path: 'body.channel', message: say(ctx.locale, '该事项仅支持网上办理', 'This item is online only') });
    }
    let address: StoredAddress | null = null;
    if (body.delivery.method === 'express') {
      const a = body.delivery.address;
      const path = divisions.path(a.divisionCode);
      const level = path.at(-1)?.level;
      const coverage = deliveryCoverage(a.divisionCode, divisions, ctx.locale);
      if (!form.delivery.express) details.push({ path: 'body.delivery.method', message: say(ctx.locale, '该事项不支持邮寄送达', 'No express delivery for this item') });
      // The same coverage the picker shows: a direct API call cannot send a result where EMS does not deliver.
      else if (coverage && !coverage.covered) {
        details.push({ path: 'body.delivery.address.divisionCode', message: coverage.message ?? say(ctx.locale, 'EMS 快递无法送达所选地区', 'EMS does not deliver to this area') });
      }
      else if (level !== 'county' && level !== 'township') {
        details.push({ path: 'body.delivery.address.divisionCode', message: say(ctx.locale, '请选择到区县或乡镇（街道）', 'Choose a county or township') });
      }
      address = {
        recipient: a.recipient,
        mobile: a.mobile,
        divisionCode: a.divisionCode,
        divisionPath: path.map((d) => ({ code: d.code, name: d.name, level: d.level })),
        detail: a.detail,
        postcode: a.postcode ?? [...path].reverse().find((d) => d.postcode)?.postcode ?? null,
      };
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
        const [earlier] = await tx.query<{ number: string; request_hash: string }>(
          'SELECT number, request_hash FROM application_keys WHERE user_id = $1 AND key = $2',
          [ctx.user.id, ctx.idempotency.key],
        );
        // The same key with another submission (edited after a failure): never answer it with the earlier application.
        if (earlier && earlier.request_hash !== ctx.idempotency.requestHash) throw idempotencyMismatch();
        const existing = earlier ? await loadApplication(tx, earlier.number, true) : null;
        if (existing) {
          await tx.query('UPDATE applications SET query_code_hash = $2 WHERE number = $1', [existing.number, await hashQueryCode(existing.number, queryCode)]);
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
      };
      const outcome = createApplication(input, envOf(ctx));
      await insertApplication(tx, outcome, {
        itemId: item.id,
        queryCodeHash: await hashQueryCode(number, queryCode),
        submittedAt: ctx.now,
        request: { ...body, materials: resolved.materials },
      });
      if (ctx.idempotency) {
        await tx.query('INSERT INTO application_keys (user_id, key, request_hash, number) VALUES ($1, $2, $3, $4)', [
          ctx.user.id,
          ctx.idempotency.key,
          ctx.idempotency.requestHash,
          number,
        ]);
      }
      // The draft became an application: a reopened form should start fresh.
      await tx.query('DELETE FROM drafts WHERE user_id = $1 AND form_id = $2', [ctx.user.id, body.formId]);
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
    if (record && ctx.user?.id === record.userId) return progressOf(ctx, record, 'owner');
    const code = ctx.query.queryCode;
    // Hash even for an unknown number, so both answers take the same work.
    const matches = code ? await queryCodeMatches(ctx.params.number, code, record?.queryCodeHash ?? '') : false;
    if (!record || !matches) throw progressNotFound();
    return progressOf(ctx, record, 'public');
  },

  async supplement(ctx) {
    const { db } = ctx.services;
    const refs = await refsOf(ctx, ctx.user.id);
    const record = await db.transaction(async (tx) => {
      const current = await ownApplication(tx, ctx.user.id, ctx.params.number, true);
      const open = openSupplement(current, ctx.body.supplementId);
      const asked = open.materials.map((m) => ({ id: m.materialId, name: m.name, licenseType: null as string | null }));
      // A material asked for again may be answered with the e-license the guide accepts for it.
      const item = await loadItem(tx, current.itemId);
      for (const m of asked) m.licenseType = item?.guide.materials.find((g) => g.id === m.id)?.licenseType ?? null;
      const details = checkProvisions(ctx.body.materials, asked, refs, 'body.materials');
      for (const m of open.materials) {
        if (!ctx.body.materials.some((p) => p.materialId === m.materialId)) {
          details.push({ path: 'body.materials', message: say(ctx.locale, `缺少补正材料：${m.name}`, `Missing supplement material: ${m.name}`) });
        }
      }
      if (details.length > 0) throw invalid(details);
      const outcome = respondToSupplement(current, { supplementId: ctx.body.supplementId, materials: ctx.body.materials, note: ctx.body.note ?? null }, envOf(ctx));
      await saveOutcome(tx, outcome, ctx.now);
      return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    });
    return progressOf(ctx, record, 'owner');
  },

  async withdraw(ctx) {
    const record = await ctx.services.db.transaction(async (tx) => {
      const current = await ownApplication(tx, ctx.user.id, ctx.params.number, true);
      const outcome = withdraw(current, ctx.body.reason, envOf(ctx));
      await saveOutcome(tx, outcome, ctx.now);
      return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    });
    return progressOf(ctx, record, 'owner');
  },

  async evaluate(ctx) {
    return ctx.services.db.transaction(async (tx) => {
      const current = await ownApplication(tx, ctx.user.id, ctx.params.number, true);
      const next = evaluate(current, ctx.body, envOf(ctx));
      await saveOutcome(tx, { snapshot: next, events: [], effects: [] }, ctx.now);
      return next.state.evaluation!;
    });
  },

  async result(ctx) {
    const record = await ownApplication(ctx.services.db, ctx.user.id, ctx.params.number);
    const result = record.state.result;
    if (!result?.documentName) throw notFound({ zh: '暂无可下载的办理结果', en: 'There is no result document yet' });
    const s = record.state;
    const verdict: Record<typeof result.outcome, string> = {
      approved: `经审查，申请符合法定条件、标准，决定准予办理，核发“${result.documentName}”。`,
      denied: `经审查，申请不符合法定条件，决定不予办理。理由：${result.reason ?? '不符合办理条件'}。`,
      not_accepted: `经预审，申请不予受理。理由：${result.reason ?? '不属于受理范围'}。`,
    };
    const body = resultPdf({
      title: result.documentName,
      lines: [
        `申报号：${record.number}`,
        `申请人：${s.applicantName}`,
        `申请事项：${s.itemName}`,
        `提交时间：${toIso(record.submittedAt).slice(0, 16).replace('T', ' ')}`,
        '',
        verdict[result.outcome],
        ...(result.outcome === 'approved'
          ? []
          : ['如不服本决定，可自收到之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。']),
        ...(result.licenseId ? [`电子证照编号：${result.licenseId}（可在“我的证照”中查看和使用）`] : []),
      ],
      signature: [s.departmentName, toIso(result.issuedAt).slice(0, 10)],
    });
    return { body, contentType: 'application/pdf', fileName: `${record.number}-${result.documentName}.pdf` };
  },
};

// ---------------------------------------------------------------------------
// Operator

const operator: GroupHandlers<'operator'> = {
  async act(ctx) {
    const record = await ctx.services.db.transaction(async (tx) => {
      const current = await loadApplication(tx, ctx.params.number, true);
      if (!current) throw applicationNotFound();
      const outcome = applyAction(current, ctx.body, envOf(ctx));
      await saveOutcome(tx, outcome, ctx.now);
      return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    });
    return progressOf(ctx, record, 'operator');
  },

  async clock(ctx) {
    return { now: toIso(ctx.now), simulated: await ctx.services.clock.simulated() };
  },

  async setClock(ctx) {
    const { clock } = ctx.services;
    await clock.set(ctx.body.now === null ? null : new Date(ctx.body.now));
    return { now: toIso(await clock.now()), simulated: await clock.simulated() };
  },
};

/** Handlers of the drafts, files, applications and operator groups. */
export const applicationRoutes: {
  drafts: GroupHandlers<'drafts'>;
  files: GroupHandlers<'files'>;
  applications: GroupHandlers<'applications'>;
  operator: GroupHandlers<'operator'>;
} = { drafts, files, applications, operator };
