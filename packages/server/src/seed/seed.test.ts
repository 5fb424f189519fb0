import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Department,
  FIELD_TYPES,
  FormSchema,
  ItemDetail,
  License,
  Profile,
  isValidIdCard,
  isValidUscc,
  maskIdCard,
} from '@yiwang/contract';
import type { FormField, ItemDetail as ItemDetailType, FormSchema as FormSchemaType } from '@yiwang/contract';
import { seedDepartments } from './departments.ts';
import { seedData } from './index.ts';
import { DIVISION_CODE } from './kit/zone.ts';
import { seedUsers } from './users.ts';
import { toProfile } from '../accounts/profile.ts';

type Condition = NonNullable<FormField['visibleWhen']>;

// The catalog as seeded: hand-made forms (JSON documents) and the forms generated from guides.
const seedItems = seedData.items;
const seedForms = seedData.forms;

const itemsById = new Map(seedItems.map((i) => [i.id, i]));
const departmentsById = new Map(seedDepartments.map((d) => [d.id, d]));

function issues(result: { success: boolean; error?: { issues: unknown[] } }): string {
  return result.success ? '' : JSON.stringify(result.error?.issues.slice(0, 3));
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    assert.ok(!seen.has(v), `duplicate ${what}: ${v}`);
    seen.add(v);
  }
}

/** Every field of a form, group children included, with the field path for messages. */
function allFields(form: FormSchemaType): FormField[] {
  const out: FormField[] = [];
  const walk = (fields: FormField[]): void => {
    for (const f of fields) {
      out.push(f);
      if (f.type === 'group') walk(f.fields);
    }
  };
  for (const step of form.steps) for (const section of step.sections) walk(section.fields);
  return out;
}

/** Field names a condition refers to, and which combinators it uses. */
function conditionRefs(
  c: Condition,
  refs: string[] = [],
  combinators: Set<string> = new Set(),
): { refs: string[]; combinators: Set<string> } {
  if ('field' in c) refs.push(c.field);
  else if ('all' in c) {
    combinators.add('all');
    for (const x of c.all) conditionRefs(x, refs, combinators);
  } else if ('any' in c) {
    combinators.add('any');
    for (const x of c.any) conditionRefs(x, refs, combinators);
  } else {
    combinators.add('not');
    conditionRefs(c.not, refs, combinators);
  }
  return { refs, combinators };
}

test('every department validates against the contract', () => {
  for (const d of seedDepartments) {
    const r = Department.safeParse(d);
    assert.ok(r.success, `${d.id}: ${issues(r)}`);
    assert.equal(d.divisionCode, DIVISION_CODE);
    assert.match(d.phone ?? '', /^0373-\d{7}$/, `${d.id} phone`);
  }
});

test('every item validates against the contract', () => {
  for (const item of seedItems) {
    const r = ItemDetail.safeParse(item);
    assert.ok(r.success, `${item.id}: ${issues(r)}`);
  }
});

test('seed data is plain JSON (no undefined values, functions or shared mutable surprises)', () => {
  for (const data of [seedDepartments, seedItems, seedForms, seedUsers]) {
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
  }
});

test('ids are unique and well formed', () => {
  assertUnique(
    seedDepartments.map((d) => d.id),
    'department id',
  );
  assertUnique(
    seedItems.map((i) => i.id),
    'item id',
  );
  assertUnique(
    seedItems.map((i) => i.code),
    'item code',
  );
  assertUnique(
    seedItems.map((i) => i.name),
    'item name',
  );
  assertUnique(
    seedForms.map((f) => f.id),
    'form id',
  );
  assertUnique(
    seedUsers.flatMap((u) => u.licenses.map((l) => l.id)),
    'license id',
  );
  for (const item of seedItems) {
    assert.match(item.id, new RegExp(`^${item.departmentId}-\\d{3}$`), `${item.id} id shape`);
    assertUnique(
      item.guide.materials.map((m) => m.id),
      `material id in ${item.id}`,
    );
    assertUnique(
      item.guide.situations.map((s) => s.id),
      `situation id in ${item.id}`,
    );
    for (const s of item.guide.situations) {
      assertUnique(
        s.options.map((o) => o.id),
        `option id in ${item.id}/${s.id}`,
      );
    }
  }
});

test('implementation codes follow the national format with a valid department USCC', () => {
  const shape = /^41[12][A-HZ]\d{10}-410772000000-000-([0-9A-Z]{18})-1-00$/;
  for (const item of seedItems) {
    const m = shape.exec(item.code);
    assert.ok(m, `${item.id} code ${item.code}`);
    assert.ok(isValidUscc(m[1]!), `${item.id} department USCC ${m[1]}`);
  }
});

test('catalog size and the zero-visit ratio meet the reform targets', () => {
  assert.ok(seedDepartments.length >= 12, `departments: ${seedDepartments.length}`);
  assert.ok(seedItems.length >= 150, `items: ${seedItems.length}`);
  const zero = seedItems.filter((i) => i.visitsRequired === 0).length;
  assert.ok(zero / seedItems.length >= 0.9, `zero-visit ratio ${zero}/${seedItems.length}`);
  // Each department on its own too, so per-department stats are meaningful.
  for (const d of seedDepartments) {
    assert.ok(d.itemCount >= 5, `${d.id} has only ${d.itemCount} items`);
  }
});

test('items reference their department by id and name; item counts match', () => {
  for (const item of seedItems) {
    const d = departmentsById.get(item.departmentId);
    assert.ok(d, `${item.id}: unknown department ${item.departmentId}`);
    assert.equal(item.departmentName, d.name, `${item.id} departmentName`);
  }
  for (const d of seedDepartments) {
    assert.equal(d.itemCount, seedItems.filter((i) => i.departmentId === d.id).length, `${d.id} itemCount`);
  }
});

test('guides are complete and consistent', () => {
  for (const item of seedItems) {
    const g = item.guide;
    assert.ok(g.basis.length > 0 && g.basis.every((b) => b.includes('《')), `${item.id} basis`);
    assert.ok(g.conditions.length > 0, `${item.id} conditions`);
    assert.ok(g.materials.length > 0, `${item.id} materials`);
    assert.ok(g.steps.length > 0, `${item.id} steps`);
    assert.ok(g.places.length > 0 && g.places.every((p) => p.address.length > 0 && p.hours.length > 0), `${item.id} places`);
    assert.match(g.consultPhone, /^0373-\d{7}$/, `${item.id} consultPhone`);
    assert.match(g.complaintPhone, /^(0373-\d{7}|123\d{2})$/, `${item.id} complaintPhone`);
    assert.ok(g.updatedAt.endsWith('+08:00'), `${item.id} updatedAt offset`);
    assert.ok(item.keywords.length > 0, `${item.id} keywords`);
    assert.ok(item.audiences.length > 0 && item.channels.length > 0, `${item.id} audiences/channels`);
    if (g.resultType === 'none') assert.equal(g.resultLicenseType, null, `${item.id} no result, no license`);
    // Time limits: promised never above legal, and the steps fit in the promise.
    assert.ok(
      item.promisedLimitDays <= item.legalLimitDays,
      `${item.id} promised ${item.promisedLimitDays} > legal ${item.legalLimitDays}`,
    );
    const stepDays = g.steps.reduce((sum, s) => sum + (s.limitDays ?? 0), 0);
    assert.ok(stepDays <= item.promisedLimitDays, `${item.id} steps take ${stepDays} > promised ${item.promisedLimitDays}`);
    // Channels agree with visits and agency.
    if (item.visitsRequired === 0) assert.ok(item.channels.includes('online'), `${item.id} zero-visit but not online`);
    if (item.agencyAvailable) assert.ok(item.channels.includes('agency'), `${item.id} agency channel`);
  }
});

test('situations reference conditional materials of the same guide', () => {
  let withSituations = 0;
  for (const item of seedItems) {
    const materials = new Map(item.guide.materials.map((m) => [m.id, m]));
    const referenced = new Set<string>();
    if (item.guide.situations.length > 0) withSituations++;
    for (const s of item.guide.situations) {
      assert.ok(s.options.length >= 2, `${item.id}/${s.id} has fewer than two options`);
      for (const o of s.options) {
        for (const id of o.materialIds) {
          const m = materials.get(id);
          assert.ok(m, `${item.id}/${s.id}/${o.id}: unknown material ${id}`);
          assert.equal(m.conditional, true, `${item.id}: material ${id} is listed by a situation but not conditional`);
          referenced.add(id);
        }
      }
    }
    // And the converse: a conditional material is asked for by some situation.
    for (const m of item.guide.materials) {
      if (m.conditional) assert.ok(referenced.has(m.id), `${item.id}: conditional material ${m.id} listed by no situation`);
    }
  }
  assert.ok(withSituations >= 15, `only ${withSituations} items have situations`);
});

test('the catalog mixes item types, special procedures, fees and agency items', () => {
  const types = new Set(seedItems.map((i) => i.type));
  for (const t of ['licensing', 'public_service', 'confirmation', 'payment', 'other_power'] as const)
    assert.ok(types.has(t), `no ${t} item`);
  const procedures = new Set(seedItems.flatMap((i) => i.guide.specialProcedures.map((p) => p.name)));
  for (const p of ['听证', '专家评审', '现场勘验']) assert.ok(procedures.has(p), `no ${p}`);
  assert.ok(
    seedItems.some((i) => i.guide.fees.length > 0 && i.guide.fees.every((f) => (f.basis ?? '').length > 0)),
    'no fee with basis',
  );
  assert.ok(seedItems.filter((i) => i.guide.fees.length === 0).length / seedItems.length > 0.8, 'most items should be free');
  assert.ok(
    seedItems.some((i) => i.promisedLimitDays === 0),
    'no 即办 item',
  );
  assert.ok(seedItems.filter((i) => i.agencyAvailable).length >= 10, 'few agency items');
  for (const depth of [1, 2, 3, 4])
    assert.ok(
      seedItems.some((i) => i.onlineDepth === depth),
      `no item with online depth ${depth}`,
    );
  const licenses = new Set(seedItems.flatMap((i) => i.guide.materials.map((m) => m.licenseType)).filter((x) => x !== null));
  for (const l of ['business_license', 'id_card', 'property_certificate', 'household_register', 'marriage_certificate'] as const) {
    assert.ok(licenses.has(l), `no material replaceable by ${l}`);
  }
});

test('the items users search for are there, with colloquial keywords', () => {
  const find = (pattern: RegExp): ItemDetailType => {
    const item = seedItems.find((i) => pattern.test(i.name));
    assert.ok(item, `no item matching ${pattern}`);
    return item;
  };
  const getihu = find(/^个体工商户设立登记$/);
  for (const k of ['营业执照', '开店', '个体户']) assert.ok(getihu.keywords.includes(k), `个体工商户设立登记 lacks keyword ${k}`);
  for (const p of [
    /企业设立登记（有限责任公司）/,
    /^食品经营许可/,
    /^企业投资项目备案$/,
    /^建筑工程施工许可证核发$/,
    /不动产转移登记/,
    /不动产抵押权首次登记/,
    /首次登记/,
    /^居民身份证办理/,
    /^户口迁移/,
    /^社会保障卡申领$/,
    /^失业保险金申领$/,
    /^职工退休核准$/,
    /^生育登记$/,
    /结婚登记/,
    /^最低生活保障$/,
    /^道路(旅客|货物)运输经营许可$/,
    /^排污许可证核发$/,
    /^安全生产许可/,
  ]) {
    find(p);
  }
  assert.ok(find(/^生育登记$/).keywords.includes('准生证'));
  for (const k of ['办证', '社保', '公积金', '过户', '落户', '低保', '退休']) {
    assert.ok(
      seedItems.some((i) => i.keywords.includes(k)),
      `no item has the keyword ${k}`,
    );
  }
});

test('every form validates, and forms and items point at each other', () => {
  for (const form of seedForms) {
    const r = FormSchema.safeParse(form);
    assert.ok(r.success, `${form.id}: ${issues(r)}`);
    const item = itemsById.get(form.itemId);
    assert.ok(item, `${form.id}: unknown item ${form.itemId}`);
    assert.equal(item.formId, form.id, `${item.id}.formId should be ${form.id}`);
    assert.ok(form.steps.length >= 2 && form.steps.length <= 4, `${form.id} has ${form.steps.length} steps`);
    assert.ok(form.delivery.express || form.delivery.pickup, `${form.id} offers no delivery`);
  }
  const formIds = new Set(seedForms.map((f) => f.id));
  for (const item of seedItems) {
    if (item.formId !== null) assert.ok(formIds.has(item.formId), `${item.id}: form ${item.formId} does not exist`);
  }
  for (const required of ['scjg-001', 'jfj-001', 'bdc-002', 'xzsp-001', 'wjw-001']) {
    assert.ok(
      seedForms.some((f) => f.itemId === required),
      `no form for ${required}`,
    );
  }
});

test('form file fields name materials of their item', () => {
  for (const form of seedForms) {
    const item = itemsById.get(form.itemId)!;
    const materials = new Map(item.guide.materials.map((m) => [m.id, m]));
    for (const f of allFields(form)) {
      if (f.type !== 'file') continue;
      assert.ok(f.materialId, `${form.id}.${f.name} has no materialId`);
      const m = materials.get(f.materialId);
      assert.ok(m, `${form.id}.${f.name}: material ${f.materialId} not in ${item.id}`);
      assert.ok(f.accept && f.accept.length > 0 && f.maxSizeMb !== undefined, `${form.id}.${f.name} accept/maxSizeMb`);
      if (f.licenseType !== undefined)
        assert.equal(f.licenseType, m.licenseType, `${form.id}.${f.name} licenseType differs from its material`);
    }
  }
});

test('forms together use every field type, nested conditions and both prefill sources', () => {
  const used = new Set(seedForms.flatMap((f) => allFields(f).map((x) => x.type)));
  for (const t of FIELD_TYPES) assert.ok(used.has(t), `no form uses field type ${t}`);
  const fields = seedForms.flatMap(allFields);
  assert.ok(
    fields.some((f) => f.type === 'group' && f.repeat !== undefined),
    'no repeatable group',
  );
  const combinators = new Set<string>();
  for (const f of fields) if (f.visibleWhen) for (const c of conditionRefs(f.visibleWhen).combinators) combinators.add(c);
  for (const c of ['all', 'any', 'not']) assert.ok(combinators.has(c), `no condition uses ${c}`);
  assert.ok(
    fields.some((f) => f.prefill?.source === 'profile'),
    'no profile prefill',
  );
  for (const k of ['enterpriseName', 'uscc', 'legalPerson']) {
    assert.ok(
      fields.some((f) => f.prefill?.source === 'license' && f.prefill.licenseType === 'business_license' && f.prefill.field === k),
      `no prefill of ${k} from business_license`,
    );
  }
});

test('field names are unique per form and conditions refer to real fields', () => {
  for (const form of seedForms) {
    const fields = allFields(form);
    assertUnique(
      fields.map((f) => f.name),
      `field name in ${form.id}`,
    );
    const names = new Set(fields.map((f) => f.name));
    for (const f of fields) {
      if (!f.visibleWhen) continue;
      for (const ref of conditionRefs(f.visibleWhen).refs) {
        assert.ok(names.has(ref), `${form.id}.${f.name}: condition refers to unknown field ${ref}`);
        assert.notEqual(ref, f.name, `${form.id}.${f.name}: condition refers to itself`);
      }
    }
  }
});

test('license prefills name fields the demo users’ e-licenses actually have', () => {
  const licenseFields = new Map<string, Set<string>>();
  for (const u of seedUsers) {
    for (const l of u.licenses) {
      const set = licenseFields.get(l.type) ?? new Set<string>();
      for (const k of Object.keys(l.fields)) set.add(k);
      licenseFields.set(l.type, set);
    }
  }
  for (const form of seedForms) {
    for (const f of allFields(form)) {
      if (f.prefill?.source !== 'license') continue;
      assert.ok(
        licenseFields.get(f.prefill.licenseType)?.has(f.prefill.field),
        `${form.id}.${f.name}: no demo ${f.prefill.licenseType} has field ${f.prefill.field}`,
      );
    }
  }
});

test('demo users: valid licenses and profiles, identity numbers valid and masked', () => {
  assert.deepEqual(
    seedUsers.map((u) => u.id),
    ['demo-person', 'demo-enterprise', 'demo-staff', 'demo-staff-gaj', 'demo-staff-certificate', 'demo-staff-gaj-review'],
  );
  for (const u of seedUsers) {
    for (const l of u.licenses) {
      const r = License.safeParse(l);
      assert.ok(r.success, `${u.id}/${l.id}: ${issues(r)}`);
      assert.equal(l.holder, u.kind === 'person' ? u.name : u.enterprise?.name, `${l.id} holder`);
    }
    const profile = toProfile(u, new Date());
    const r = Profile.safeParse(profile);
    assert.ok(r.success, `${u.id} profile: ${issues(r)}`);
    if (u.idCard !== undefined) {
      assert.ok(isValidIdCard(u.idCard), `${u.id} id card ${u.idCard}`);
      assert.equal(profile.idCardMasked, maskIdCard(u.idCard));
      // No license shows an identity number in clear.
      for (const l of u.licenses) assert.ok(!l.number.includes(u.idCard), `${l.id} shows the id number`);
    }
  }
  const person = seedUsers.find((u) => u.id === 'demo-person')!;
  assert.equal(person.kind, 'person');
  assert.match(person.mobile, /^138\d{8}$/);
  const types = new Set(person.licenses.map((l) => l.type));
  for (const t of [
    'id_card',
    'household_register',
    'marriage_certificate',
    'driving_license',
    'social_security_card',
    'property_certificate',
  ] as const) {
    assert.ok(types.has(t), `demo-person lacks ${t}`);
  }
  for (const l of person.licenses.filter((l) => ['id_card', 'driving_license', 'social_security_card'].includes(l.type))) {
    assert.equal(l.number, maskIdCard(person.idCard!), `${l.id} number must be the masked id number`);
  }
  assert.ok(isValidIdCard(person.licenses.find((l) => l.type === 'marriage_certificate')!.fields.spouseIdCard!), 'spouse id card');

  const enterprise = seedUsers.find((u) => u.id === 'demo-enterprise')!;
  assert.equal(enterprise.kind, 'enterprise');
  assert.ok(enterprise.enterprise, 'demo-enterprise has an enterprise');
  assert.ok(isValidUscc(enterprise.enterprise.uscc), `USCC ${enterprise.enterprise.uscc}`);
  const business = enterprise.licenses.find((l) => l.type === 'business_license');
  assert.ok(business, 'demo-enterprise lacks a business license');
  for (const k of ['enterpriseName', 'uscc', 'legalPerson', 'address', 'registeredCapital', 'establishedOn', 'businessScope']) {
    assert.ok(business.fields[k], `business license lacks ${k}`);
  }
  assert.equal(business.fields.uscc, enterprise.enterprise.uscc);
  assert.equal(business.fields.legalPerson, enterprise.enterprise.legalPerson);
  for (const t of ['food_business_license', 'project_filing'] as const) {
    assert.ok(
      enterprise.licenses.some((l) => l.type === t),
      `demo-enterprise lacks ${t}`,
    );
  }
});
