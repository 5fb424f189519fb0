import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Comparison, FormField, FormSchema } from './forms.ts';
import { evaluateCondition, formLicenseReferences, validateFormData } from './form-data.ts';
import type { FormRefs } from './form-data.ts';

const form = (fields: FormField[]): FormSchema => ({
  id: 'form-t',
  itemId: 't-001',
  title: 't',
  version: 1,
  steps: [{ id: 's', title: 's', sections: [{ id: 'a', title: 'a', fields }] }],
  delivery: { express: true, pickup: true },
  offlineAllowed: true,
});

const refs: FormRefs = {
  files: new Map([
    ['f-pdf', { name: 'a.pdf', contentType: 'application/pdf', size: 1000 }],
    ['f-png', { name: 'b.png', contentType: 'image/png', size: 3 * 1024 * 1024 }],
  ]),
  licenses: new Map([
    ['lic-id', { type: 'id_card', status: 'valid' }],
    ['lic-old', { type: 'business_license', status: 'expired' }],
  ]),
  divisionExists: (code) => ['410702', '410702001'].includes(code),
  now: new Date('2026-11-28T12:00:00+08:00'),
  locale: 'zh-CN',
};

const paths = (fields: FormField[], data: Record<string, unknown>) =>
  validateFormData(form(fields), data, refs)
    .details.map((d) => d.path)
    .sort();

describe('conditions', () => {
  const scope = [{ channel: 'express', count: 3, tags: ['a', 'b'], empty: '' }];

  test('comparisons', () => {
    const yes = (c: Comparison) => assert.equal(evaluateCondition(c, scope), true, JSON.stringify(c));
    const no = (c: Comparison) => assert.equal(evaluateCondition(c, scope), false, JSON.stringify(c));
    yes({ field: 'channel', op: 'eq', value: 'express' });
    no({ field: 'channel', op: 'neq', value: 'express' });
    yes({ field: 'channel', op: 'in', value: ['pickup', 'express'] });
    yes({ field: 'channel', op: 'notIn', value: ['pickup'] });
    yes({ field: 'count', op: 'gt', value: 2 });
    no({ field: 'count', op: 'lt', value: 3 });
    yes({ field: 'count', op: 'lte', value: '3' });
    yes({ field: 'tags', op: 'eq', value: 'b' }); // a checkbox value matches when one option does
    yes({ field: 'empty', op: 'empty' });
    yes({ field: 'missing', op: 'empty' });
    no({ field: 'tags', op: 'empty' });
    no({ field: 'channel', op: 'gt', value: 1 });
  });

  test('all / any / not, and the innermost scope wins', () => {
    const c = {
      all: [{ field: 'channel', op: 'eq' as const, value: 'express' }, { not: { field: 'count', op: 'gt' as const, value: 5 } }],
    };
    assert.equal(evaluateCondition(c, scope), true);
    assert.equal(evaluateCondition({ any: [] }, scope), false);
    assert.equal(evaluateCondition({ field: 'channel', op: 'eq', value: 'pickup' }, [...scope, { channel: 'pickup' }]), true);
  });

  test('property: not(c) is the negation of c', () => {
    const ops = ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty'] as const;
    const scalar = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -5, max: 5 }), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
        fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
        (op, actual, value) => {
          const c: Comparison = { field: 'x', op, value };
          return evaluateCondition({ not: c }, [{ x: actual }]) === !evaluateCondition(c, [{ x: actual }]);
        },
      ),
    );
  });
});

describe('form data', () => {
  test('required fields, but only visible ones', () => {
    const fields: FormField[] = [
      {
        type: 'radio',
        name: 'kind',
        label: '类型',
        required: true,
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      },
      { type: 'text', name: 'onlyB', label: '仅B', required: true, visibleWhen: { field: 'kind', op: 'eq', value: 'b' } },
    ];
    assert.deepEqual(paths(fields, {}), ['body.data.kind']);
    assert.deepEqual(paths(fields, { kind: 'a' }), []);
    assert.deepEqual(paths(fields, { kind: 'b', onlyB: '  ' }), ['body.data.onlyB']);
    assert.deepEqual(paths(fields, { kind: 'c' }), ['body.data.kind']);
  });

  test('text length and pattern, number range and step, dates', () => {
    const fields: FormField[] = [
      {
        type: 'text',
        name: 'name',
        label: '名称',
        minLength: 2,
        maxLength: 4,
        pattern: { regex: '[\\u4e00-\\u9fa5]+', message: '只能是汉字' },
      },
      { type: 'number', name: 'n', label: '人数', min: 1, max: 10, step: 1 },
      { type: 'number', name: 'money', label: '金额', min: 0, step: 0.01 },
      { type: 'date', name: 'd', label: '日期', min: 'today' },
    ];
    assert.deepEqual(paths(fields, { name: '张三', n: 3, money: 12.34, d: '2026-11-28' }), []);
    assert.deepEqual(paths(fields, { name: 'ab', n: 11, money: 1.234, d: '2026-11-27' }), [
      'body.data.d',
      'body.data.money',
      'body.data.n',
      'body.data.name',
    ]);
    assert.deepEqual(paths(fields, { name: '一二三四五', n: '3', d: '2026-02-30' }), ['body.data.d', 'body.data.n', 'body.data.name']);
  });

  test('choices: select, checkbox lists and a lone consent checkbox', () => {
    const fields: FormField[] = [
      { type: 'select', name: 's', label: 's', options: [{ value: 'x', label: 'X' }] },
      {
        type: 'checkbox',
        name: 'c',
        label: 'c',
        required: true,
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      },
      { type: 'checkbox', name: 'agree', label: '同意', required: true, options: [] },
    ];
    assert.deepEqual(paths(fields, { s: 'x', c: ['x', 'y'], agree: true }), []);
    assert.deepEqual(paths(fields, { s: 'z', c: ['z'], agree: false }), ['body.data.agree', 'body.data.c', 'body.data.s']);
    assert.deepEqual(paths(fields, { c: [] }), ['body.data.agree', 'body.data.c']);
  });

  test('identity numbers, USCC, mobile (normalised) and email', () => {
    const fields: FormField[] = [
      { type: 'idCard', name: 'id', label: '身份证' },
      { type: 'uscc', name: 'uscc', label: '统一社会信用代码' },
      { type: 'mobile', name: 'm', label: '手机' },
      { type: 'email', name: 'e', label: '邮箱' },
    ];
    assert.deepEqual(paths(fields, { id: '410721199005122355', uscc: '91350100M000100Y43', m: '+86 138-0013-8000', e: 'a@b.cn' }), []);
    assert.deepEqual(paths(fields, { id: '410721199005122354', uscc: '91350100M000100Y44', m: '12800138000', e: 'a@b' }), [
      'body.data.e',
      'body.data.id',
      'body.data.m',
      'body.data.uscc',
    ]);
  });

  test('address: a known division and a detail line', () => {
    const fields: FormField[] = [{ type: 'address', name: 'addr', label: '地址', required: true }];
    assert.deepEqual(paths(fields, { addr: { divisionCode: '410702001', detail: '人民路 1 号' } }), []);
    assert.deepEqual(paths(fields, { addr: { divisionCode: '419999', detail: '' } }), [
      'body.data.addr.detail',
      'body.data.addr.divisionCode',
    ]);
  });

  test('files and licenses must be the applicant’s own, of the accepted type and size', () => {
    const fields: FormField[] = [
      { type: 'file', name: 'docs', label: '材料', accept: ['application/pdf'], maxFiles: 1, maxSizeMb: 2 },
      { type: 'file', name: 'photo', label: '照片', accept: ['image/*'], maxSizeMb: 2, licenseType: 'id_card' },
      { type: 'license', name: 'lic', label: '营业执照', licenseType: 'business_license' },
    ];
    const ok = validateFormData(form(fields), { docs: ['f-pdf'], photo: { licenseId: 'lic-id' } }, refs);
    assert.deepEqual(ok.details, []);
    assert.deepEqual(ok.fileIds, ['f-pdf']);
    assert.deepEqual(ok.licenseIds, ['lic-id']);
    assert.deepEqual(paths(fields, { docs: ['f-pdf', 'f-other'], photo: ['f-png'], lic: 'lic-old' }), [
      'body.data.docs',
      'body.data.docs.1',
      'body.data.lic',
      'body.data.photo.0',
    ]);
    // Wrong type and too large: both are reported.
    assert.deepEqual(paths(fields, { docs: 'f-png', lic: 'lic-id' }), ['body.data.docs', 'body.data.docs', 'body.data.lic']);
  });

  test('groups: nested paths, repeat bounds, and conditions on siblings of the same entry', () => {
    const fields: FormField[] = [
      {
        type: 'group',
        name: 'members',
        label: '成员',
        required: true,
        repeat: { min: 1, max: 2 },
        fields: [
          {
            type: 'radio',
            name: 'role',
            label: '角色',
            required: true,
            options: [
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ],
          },
          { type: 'idCard', name: 'idc', label: '身份证', required: true, visibleWhen: { field: 'role', op: 'eq', value: 'b' } },
        ],
      },
      { type: 'group', name: 'agent', label: '代理人', fields: [{ type: 'text', name: 'agentName', label: '姓名', required: true }] },
    ];
    assert.deepEqual(paths(fields, { members: [{ role: 'a' }], agent: { agentName: '王五' } }), []);
    assert.deepEqual(paths(fields, { members: [{ role: 'a' }, { role: 'b' }], agent: {} }), [
      'body.data.agent.agentName',
      'body.data.members.1.idc',
    ]);
    assert.deepEqual(paths(fields, { members: [], agent: { agentName: 'x' } }), ['body.data.members']);
    assert.deepEqual(paths(fields, { members: [{ role: 'a' }, { role: 'a' }, { role: 'a' }], agent: { agentName: 'x' } }), [
      'body.data.members',
    ]);
  });

  test('the e-licenses the answers refer to: license fields and file fields answered with one, visible ones only, with paths and labels', () => {
    const fields: FormField[] = [
      { type: 'file', name: 'docs', label: '材料' },
      { type: 'file', name: 'photo', label: '照片', licenseType: 'id_card' },
      { type: 'file', name: 'plain', label: '无证照', licenseType: 'id_card' },
      { type: 'license', name: 'lic', label: '营业执照', licenseType: 'business_license' },
      { type: 'license', name: 'hidden', label: '隐藏', licenseType: 'id_card', visibleWhen: { field: 'docs', op: 'empty' } },
      {
        type: 'group',
        name: 'members',
        label: '成员',
        repeat: { min: 0, max: 3 },
        fields: [{ type: 'license', name: 'idLicense', label: '成员身份证', licenseType: 'id_card' }],
      },
    ];
    const data = {
      docs: ['f-pdf'],
      photo: { licenseId: 'lic-id' },
      plain: ['f-png'],
      lic: 'lic-old',
      hidden: 'lic-id',
      members: [{}, { idLicense: { licenseId: 'lic-2' } }],
    };
    assert.deepEqual(formLicenseReferences(form(fields), data), [
      { licenseId: 'lic-id', path: 'photo', label: '照片' },
      { licenseId: 'lic-old', path: 'lic', label: '营业执照' },
      { licenseId: 'lic-2', path: 'members.1.idLicense', label: '成员身份证' },
    ]);
  });

  test('messages follow the locale', () => {
    const fields: FormField[] = [{ type: 'mobile', name: 'm', label: '手机', required: true }];
    assert.match(validateFormData(form(fields), {}, refs).details[0]!.message, /请填写/);
    assert.match(validateFormData(form(fields), {}, { ...refs, locale: 'en' }).details[0]!.message, /required/);
  });
});
