// Which 多情形 answers a submission must carry: the seed's guides and forms,
// read by the pure functions the application route uses (no server needed).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FormField, FormSchema, ItemDetail } from '@yiwang/contract';
import { seedItems } from '../seed/items/index.ts';
import { handMadeForms } from '../seed/forms/index.ts';
import { calledForMaterials, situationAnswers } from './situations.ts';

const item = (id: string): ItemDetail => seedItems.find((i) => i.id === id)!;
const form = (itemId: string): FormSchema => structuredClone(handMadeForms.find((f) => f.itemId === itemId)!);

/** Every field of a form, group children included, to edit in place. */
function fields(f: FormSchema): FormField[] {
  return f.steps.flatMap((s) => s.sections.flatMap((section) => section.fields));
}

describe('situation answers', () => {
  test('the hand-made form’s situation fields answer the guide’s questions and call for their materials', () => {
    const getihu = item('scjg-001');
    const data = { composition: 'family', premisesType: 'lease', foodType: 'none' };
    const { answers, details } = situationAnswers(getihu, form('scjg-001'), data, undefined, 'zh-CN');
    assert.deepEqual(details, []);
    assert.deepEqual(Object.fromEntries(answers), { form: ['family'], premises: ['lease'], food: ['none'] });
    assert.deepEqual(
      calledForMaterials(getihu, answers).map((c) => [c.material.id, c.because]),
      [
        ['premises-lease', '租赁或借用他人房产'],
        ['family-proof', '家庭经营'],
      ],
    );
  });

  test('a question that decides a required material is asked for by name when neither the form nor `situations` answers it', () => {
    const getihu = item('scjg-001');
    const bare = form('scjg-001');
    for (const f of fields(bare)) if ('situation' in f) delete f.situation;
    const data = { composition: 'individual', premisesType: 'own', foodType: 'none' };
    const zh = situationAnswers(getihu, bare, data, undefined, 'zh-CN').details;
    assert.deepEqual(
      zh.map((d) => d.path),
      ['body.situations.premises', 'body.situations.form', 'body.situations.food'],
    );
    assert.equal(zh[0]!.message, '请回答“经营场所是自有房产还是租赁（借用）的？”：需要提交哪些材料取决于您的回答');
    const en = situationAnswers(getihu, bare, data, undefined, 'en').details;
    assert.equal(en[1]!.message, 'Answer “组成形式”: the materials required depend on the answer');
    // Sent on their own, the answers are enough.
    const sent = { premises: 'own', form: 'individual', food: 'none' };
    assert.deepEqual(situationAnswers(getihu, bare, data, sent, 'zh-CN').details, []);
  });

  test('a question the form hides for these answers does not apply; one that decides no required material is not asked', () => {
    const transfer = item('bdc-002');
    // 转让方婚姻状况 is shown only for a sale or a gift: an inheritance need not answer it.
    const inherit = { reason: 'inherit', hasMortgage: 'no' };
    assert.deepEqual(situationAnswers(transfer, form('bdc-002'), inherit, undefined, 'zh-CN').details, []);
    // 生育登记's 第几孩 calls for no material: left out of a form without it, nothing is asked.
    const birth = form('wjw-001');
    const section = birth.steps.flatMap((s) => s.sections).find((s) => s.fields.some((f) => f.name === 'childOrder'))!;
    section.fields = section.fields.filter((f) => f.name !== 'childOrder');
    const data = { remarriage: 'no', residence: 'local' };
    assert.deepEqual(situationAnswers(item('wjw-001'), birth, data, undefined, 'zh-CN').details, []);
  });

  test('an optional situation field left empty is named at the field; a visible checkbox with nothing ticked answers “none”', () => {
    const getihu = item('scjg-001');
    const optional = form('scjg-001');
    const premises = fields(optional).find((f) => f.name === 'premisesType')!;
    premises.required = false;
    const details = situationAnswers(getihu, optional, { composition: 'individual', foodType: 'none' }, undefined, 'en').details;
    assert.deepEqual(
      details.map((d) => d.path),
      ['body.data.premisesType'],
    );
    // The same question asked with checkboxes (several answers allowed): an empty one is an answer.
    const several: ItemDetail = structuredClone(getihu);
    several.guide.situations = several.guide.situations.map((s) => (s.id === 'premises' ? { ...s, multiple: true } : s));
    const checkboxes = form('scjg-001');
    const at = checkboxes.steps.flatMap((s) => s.sections).find((s) => s.fields.some((f) => f.name === 'premisesType'))!;
    at.fields = at.fields.map((f) =>
      f.name === 'premisesType' && f.type === 'radio' ? { ...f, type: 'checkbox' as const, required: false } : f,
    );
    assert.deepEqual(situationAnswers(several, checkboxes, { composition: 'individual', foodType: 'none' }, undefined, 'en').details, []);
  });
});
