// Form documents over real HTTP: publication (roles, checks with paths), a
// draft that outlives a new version, the starter form from a guide, generated
// forms walked through submission, 多情形 answers deciding the materials (and
// required where they do), and the catalog following a publication.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { beijingDate, formFields } from '@yiwang/contract';
import type { FormField, FormSchema, ItemDetail } from '@yiwang/contract';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { createTestApp } from '@yiwang/test/helpers/test-server';
import { CATALOG_CHANNEL } from '../catalog/live.ts';
import { fillForm } from '../../../../test/conformance/form-fill.ts';
import { seedData } from '../seed/index.ts';
import { handMadeForms } from '../seed/forms/index.ts';

const testApi = useServerApi();
const { api, tokens } = testApi;

const ADDRESS = { recipient: '李文博', mobile: '13800000001', divisionCode: '410711', detail: '人民路12号' };
const generatedItems = seedData.items.filter((i) => i.formId !== null && !handMadeForms.some((f) => f.id === i.formId));

async function submitFilled(item: ItemDetail, form: FormSchema, token: string, extra: Record<string, unknown> = {}) {
  const licenses = (await api('GET', '/licenses', { token })).body.items;
  const data = await fillForm(form, {
    upload: () => testApi.uploadPdf(token),
    licenses,
    today: beijingDate(await testApi.server.services.clock.now()),
  });
  const delivery = form.delivery.pickup ? { method: 'pickup' } : { method: 'express', address: ADDRESS };
  return api('POST', '/applications', {
    token,
    body: { itemId: item.id, formId: form.id, data, materials: [], channel: 'online', delivery, ...extra },
  });
}

describe('form documents', () => {
  test('the seed loads the hand-made forms and a generated form for every zero-visit item', async () => {
    const form = (await api('GET', '/forms/form-scjg-001')).body;
    assert.equal(form.version, 1);
    assert.deepEqual(
      form,
      handMadeForms.find((f) => f.id === 'form-scjg-001'),
    );
    for (const item of seedData.items.filter((i) => i.visitsRequired === 0 && !i.applyUrl))
      assert.ok(item.formId, `${item.id} has no form`);
    const generated = (await api('GET', `/forms/${generatedItems[0]!.formId}`)).body;
    assert.equal(generated.itemId, generatedItems[0]!.id);
  });

  test('publish: staff only, of the item’s department; problems answered with their JSON paths', async () => {
    const form = (await api('GET', '/forms/form-scjg-001')).body as FormSchema;
    assertError(await api('POST', '/forms/form-scjg-001/versions', { body: form }), 401, 'UNAUTHORIZED');
    assertError(await api('POST', '/forms/form-scjg-001/versions', { token: tokens.person, body: form }), 403, 'NOT_STAFF');
    const gaj = await testApi.signIn('demo-staff-gaj');
    assertError(await api('POST', '/forms/form-scjg-001/versions', { token: gaj, body: form }), 403, 'OTHER_DEPARTMENT');
    const staff = await testApi.signIn('demo-staff');
    const broken = structuredClone(form);
    const fields = broken.steps[0]!.sections[0]!.fields;
    fields[1] = { ...fields[1]!, name: fields[0]!.name };
    fields[2] = { ...fields[2]!, visibleWhen: { field: 'nowhere', op: 'eq', value: 'x' } };
    fields.push({ type: 'select', name: 'emptyChoice', label: '空选项', options: [] });
    const bad = await api('POST', '/forms/form-scjg-001/versions', { token: staff, body: broken, headers: { 'Accept-Language': 'en' } });
    assertError(bad, 400, 'VALIDATION_FAILED');
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    assert.deepEqual(paths, [
      'body.steps.0.sections.0.fields.1.name',
      'body.steps.0.sections.0.fields.2.visibleWhen',
      `body.steps.0.sections.0.fields.${fields.length - 1}.options`,
    ]);
    const schemaError = await api('POST', '/forms/form-scjg-001/versions', { token: staff, body: { ...form, steps: 'none' } });
    assertError(schemaError, 400, 'VALIDATION_FAILED');
    assert.ok(schemaError.body.error.details.some((d: { path: string }) => d.path === 'body.steps'));
    assert.equal((await api('GET', '/forms/form-scjg-001')).body.version, 1, 'nothing was published');
  });

  test('a draft started on version 1 keeps working after version 2 is published', async () => {
    const started = await api('PUT', '/drafts/form-scjg-001', { token: tokens.person, body: { data: { operatorMobile: '13800000001' } } });
    assert.equal(started.body.formVersion, 1);
    const v1 = (await api('GET', '/forms/form-scjg-001')).body as FormSchema;
    const v2 = structuredClone(v1);
    v2.title = `${v1.title}（修订）`;
    v2.steps[0]!.sections[0]!.fields.push({ type: 'text', name: 'remark', label: '备注' });
    const staffToken = await testApi.signIn('demo-staff');
    const published = await api('POST', '/forms/form-scjg-001/versions', { token: staffToken, body: v2 });
    assert.equal(published.status, 201, JSON.stringify(published.body));
    assert.deepEqual(published.body, { id: 'form-scjg-001', version: 2 });
    assert.equal((await api('GET', '/forms/form-scjg-001')).body.version, 2);
    assert.equal((await api('GET', '/forms/form-scjg-001/versions/1')).body.title, v1.title, 'version 1 is kept as it was');
    // The draft still says which version its answers were entered on, and saves on.
    const draft = (await api('GET', '/drafts/form-scjg-001', { token: tokens.person })).body;
    assert.equal(draft.formVersion, 1);
    assert.deepEqual(draft.data, { operatorMobile: '13800000001' });
    const resaved = await api('PUT', '/drafts/form-scjg-001', {
      token: tokens.person,
      body: { data: { ...draft.data, remark: '补充说明' }, baseVersion: draft.version, formVersion: 2 },
    });
    assert.equal(resaved.status, 200, JSON.stringify(resaved.body));
    assert.equal(resaved.body.formVersion, 2);
    // An application filled on version 1 is still accepted, and records that version.
    const item = seedData.items.find((i) => i.id === v1.itemId)!;
    const receipt = await submitFilled(item, v1, tokens.person, { formVersion: 1 });
    assert.equal(receipt.status, 201, JSON.stringify(receipt.body));
    const [row] = await testApi.server.services.db.query<{ form_version: number }>(
      'SELECT form_version FROM applications WHERE number = $1',
      [receipt.body.number],
    );
    assert.equal(row!.form_version, 1);
    const list = (await api('GET', '/forms/form-scjg-001/versions', { token: staffToken })).body.items;
    assert.deepEqual(
      list.map((v: { version: number }) => v.version),
      [2, 1],
    );
  });

  test('the starter form of 个体工商户设立登记: situations first, materials with their conditions, licenses and 容缺 pledges', async () => {
    const form = (await api('GET', '/items/scjg-001/form-starter')).body as FormSchema;
    assert.deepEqual(
      form.steps.map((s) => s.id),
      ['situations', 'applicant', 'materials'],
    );
    const byName = new Map(formFields(form).map((f) => [f.name, f]));
    const premises = byName.get('situation_premises') as FormField & { type: 'radio' };
    assert.equal(premises.type, 'radio');
    assert.equal(premises.situation, 'premises');
    assert.deepEqual(
      premises.options.map((o) => o.value),
      ['own', 'lease', 'pledge'],
    );
    const applicant = form.steps[1]!.sections[0]!.fields;
    assert.deepEqual(
      applicant.map((f) => [f.type, f.prefill?.source === 'profile' ? f.prefill.field : null]),
      [
        ['text', 'name'],
        ['idCard', 'idCard'],
        ['mobile', 'mobile'],
      ],
    );
    const own = byName.get('material_premises_own') as Extract<FormField, { type: 'file' }>;
    assert.equal(own.licenseType, 'property_certificate');
    assert.deepEqual(own.visibleWhen, { field: 'situation_premises', op: 'in', value: ['own'] });
    const layout = byName.get('material_food_layout') as Extract<FormField, { type: 'file' }>;
    assert.equal(layout.required, false, '容缺 materials are optional');
    const pledge = byName.get('material_food_layout_pledge')!;
    assert.equal(pledge.type, 'checkbox');
    assert.equal(pledge.required, true);
    assert.deepEqual(pledge.visibleWhen, { all: [layout.visibleWhen!, { field: 'material_food_layout', op: 'empty' }] });
    assert.ok(!byName.has('material_application'), 'the application form is what is being filled in');
    assert.ok(form.delivery.express);
    assertError(await api('GET', '/items/no-such-item/form-starter'), 404, 'NOT_FOUND');
  });

  test('generated forms of five departments are walked through submission', async () => {
    const sample: ItemDetail[] = [];
    for (const item of generatedItems) {
      if (item.minRealNameLevel || sample.some((s) => s.departmentId === item.departmentId)) continue;
      sample.push(item);
      if (sample.length === 5) break;
    }
    assert.equal(sample.length, 5);
    for (const item of sample) {
      const form = (await api('GET', `/forms/${item.formId}`)).body as FormSchema;
      const token = item.audiences.includes('person') ? tokens.person : tokens.enterprise;
      const res = await submitFilled(item, form, token);
      assert.equal(res.status, 201, `${item.id}: ${JSON.stringify(res.body)}`);
    }
  });

  test('a conditional material the answers call for is required, and the error names it', async () => {
    // An item whose situation option asks for a required material no e-license stands for.
    const found = generatedItems.flatMap((item) =>
      item.guide.situations.flatMap((s) =>
        s.options.flatMap((o) =>
          item.guide.materials
            .filter((m) => o.materialIds.includes(m.id) && m.required && !m.deferrable && !m.licenseType)
            .map((m) => ({ item, situation: s, option: o, material: m })),
        ),
      ),
    )[0]!;
    assert.ok(found, 'the seed has such an item');
    const { item, situation, option, material } = found;
    const form = (await api('GET', `/forms/${item.formId}`)).body as FormSchema;
    const token = item.audiences.includes('person') ? tokens.person : tokens.enterprise;
    // The form answers the question; the material's field is emptied.
    const licenses = (await api('GET', '/licenses', { token })).body.items;
    const data = await fillForm(form, {
      upload: () => testApi.uploadPdf(token),
      licenses,
      today: beijingDate(await testApi.server.services.clock.now()),
    });
    const field = formFields(form).find((f) => f.type === 'file' && f.materialId === material.id)!;
    data[`situation_${situation.id.replace(/-/g, '_')}`] = situation.multiple ? [option.id] : option.id;
    delete data[field.name];
    const delivery = form.delivery.pickup ? { method: 'pickup' } : { method: 'express', address: ADDRESS };
    const body = { itemId: item.id, formId: form.id, data, materials: [], channel: 'online', delivery };
    // The form's own check catches the empty required field; the situations' check names the material.
    const refused = await api('POST', '/applications', {
      token,
      body: { ...body, situations: { [situation.id]: situation.multiple ? [option.id] : option.id } },
    });
    assertError(refused, 400, 'VALIDATION_FAILED');
    const messages = refused.body.error.details.map((d: { message: string }) => d.message);
    assert.ok(
      messages.some((m: string) => m.includes(`缺少材料：${material.name}`) && m.includes(option.label)),
      JSON.stringify(messages),
    );
    // Answers that disagree with the form are refused too.
    const other = situation.options.find((o) => o.id !== option.id)!;
    const disagree = await api('POST', '/applications', {
      token,
      body: { ...body, situations: { [situation.id]: situation.multiple ? [other.id] : other.id } },
    });
    assert.ok(disagree.body.error.details.some((d: { path: string }) => d.path === `body.situations.${situation.id}`));
  });

  test('a 多情形 question that decides a required material must be answered: a form that does not ask it needs `situations`', async () => {
    // Version n+1 of 个体工商户设立登记 no longer marks 组成形式 as the guide's question.
    const staff = await testApi.signIn('demo-staff');
    const current = (await api('GET', '/forms/form-scjg-001')).body as FormSchema;
    const unmarked = structuredClone(current);
    for (const step of unmarked.steps)
      for (const section of step.sections)
        for (const f of section.fields) if (f.name === 'composition' && 'situation' in f) delete f.situation;
    const published = await api('POST', '/forms/form-scjg-001/versions', { token: staff, body: unmarked });
    assert.equal(published.status, 201, JSON.stringify(published.body));
    const item = seedData.items.find((i) => i.id === 'scjg-001')!;
    const form = (await api('GET', '/forms/form-scjg-001')).body as FormSchema;
    const refused = await submitFilled(item, form, tokens.person);
    assertError(refused, 400, 'VALIDATION_FAILED');
    assert.deepEqual(refused.body.error.details, [
      { path: 'body.situations.form', message: '请回答“组成形式”：需要提交哪些材料取决于您的回答' },
    ]);
    const accepted = await submitFilled(item, form, tokens.person, { situations: { form: 'individual' } });
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
  });

  test('publishing a first form for an item puts it online here at once and on every server of the database after the NOTIFY', async () => {
    // 电动自行车登记上牌 (gaj) names no form; a second server shares this database.
    const itemId = 'gaj-017';
    const { db } = testApi.server.services;
    const other = await createTestApp({}, { db });
    let heard: (payload: string) => void = () => {};
    const notified = new Promise<string>((resolve) => (heard = resolve));
    // Listening after the other server: its listener runs first on the same notification.
    const stopListening = await db.listen(CATALOG_CHANNEL, (payload) => heard(payload));
    try {
      assert.equal(other.services.catalog.item(itemId)!.formId, null);
      assert.equal((await api('GET', `/items/${itemId}`)).body.formId, null);
      const starter = (await api('GET', `/items/${itemId}/form-starter`)).body as FormSchema;
      assert.equal(starter.id, `form-${itemId}`);
      const staff = await testApi.signIn('demo-staff-gaj');
      const published = await api('POST', `/forms/${starter.id}/versions`, { token: staff, body: starter });
      assert.equal(published.status, 201, JSON.stringify(published.body));
      // This server answers from the new catalog as soon as publication has answered.
      assert.equal((await api('GET', `/items/${itemId}`)).body.formId, starter.id);
      const found = (await api('GET', `/items?q=${encodeURIComponent('电动自行车登记上牌')}`)).body;
      assert.equal(found.items.find((h: { item: { id: string } }) => h.item.id === itemId)?.item.formId, starter.id);
      // The other server's listener started its reload on the same notification; one more call waits for it.
      assert.equal(await notified, `form:${starter.id}:1`);
      await other.services.catalogs.reload({ atLeastVersion: 0 });
      assert.equal(other.services.catalog.item(itemId)!.formId, starter.id);
    } finally {
      await stopListening();
      await other.services.close();
    }
  });
});
