// Process step templates (办理流程) by kind of item.
import type { Guide, ItemType, ProcessStep } from '@yiwang/contract';

/**
 * Step templates:
 * - `instant`  即办: accepted and finished on the spot;
 * - `standard` licensing: intake, review, decision, delivery;
 * - `inspect`  licensing with an on-site check of premises or equipment;
 * - `filing`   备案 and registrations that are confirmed on receipt of complete information;
 * - `benefit`  payments and eligibility checks: investigation, review, approval, then payment (or delivery);
 * - `service`  public services: intake, handling, completion;
 * - `register` registrations recorded in a register (不动产, 户籍…) then certified.
 */
export type Flow = 'instant' | 'standard' | 'inspect' | 'filing' | 'benefit' | 'service' | 'register';

const ACCEPT =
  '对申请材料进行预审：材料齐全、符合法定形式的当即受理并出具受理通知书；不齐全的一次性告知需补正的全部内容；容缺材料可先行受理';

function deliver(resultType: Guide['resultType']): ProcessStep {
  return {
    name: resultType === 'none' ? '办结告知' : '送达',
    description:
      resultType === 'none'
        ? '办理结果通过短信、网站“我的办件”同步告知申请人'
        : '电子结果即时推送至申请人“我的证照/我的文件”；纸质结果由EMS免费寄递，或由申请人到窗口领取',
    limitDays: null,
  };
}

export function flowSteps(
  flow: Flow,
  promised: number,
  dept: string,
  resultType: Guide['resultType'],
  type: ItemType = 'licensing',
): ProcessStep[] {
  const apply: ProcessStep = {
    name: '申请',
    description: '申请人通过政务服务网、“豫事办”APP在线提交申请，或到政务服务中心窗口提交',
    limitDays: null,
  };
  if (flow === 'instant' || promised === 0) {
    return [
      apply,
      { name: '受理与办结', description: '材料齐全、符合条件的即时受理、当场办结', limitDays: 0, department: dept },
      deliver(resultType),
    ];
  }
  const decide = promised >= 3 ? 1 : 0;
  switch (flow) {
    case 'standard':
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        { name: '审查', description: '对申请材料进行审查，必要时核实有关情况', limitDays: promised - decide, department: dept },
        {
          name: '决定',
          description: '作出准予或不予许可的决定；不予许可的书面说明理由，并告知申请人依法享有申请行政复议或提起行政诉讼的权利',
          limitDays: decide,
          department: dept,
        },
        deliver(resultType),
      ];
    case 'inspect': {
      const inspect = promised >= 5 ? 2 : promised >= 2 ? 1 : 0;
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        {
          name: '现场核查',
          description: '指派两名以上工作人员按照核查标准对经营场所、设施设备等进行现场核查；符合条件的可实行告知承诺、先证后查',
          limitDays: inspect,
          department: dept,
        },
        { name: '审查', description: '对申请材料和现场核查结果进行审查', limitDays: promised - inspect - decide, department: dept },
        { name: '决定', description: '作出准予或不予许可的决定，准予许可的同步生成电子证照', limitDays: decide, department: dept },
        deliver(resultType),
      ];
    }
    case 'filing':
      return [
        apply,
        {
          name: '备案',
          description: '对备案信息的完整性进行核对，信息齐全的予以备案并出具备案证明；不齐全的一次性告知需补充的内容',
          limitDays: promised,
          department: dept,
        },
        deliver(resultType),
      ];
    case 'benefit': {
      const investigate = Math.max(0, Math.floor((promised - decide) / 2));
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        {
          name: '调查核实',
          description: '通过部门间信息共享核对申请人参保缴费、收入、家庭状况等信息，必要时入户调查',
          limitDays: investigate,
          department: dept,
        },
        { name: '审核确认', description: '对调查结果进行审核，提出审核意见', limitDays: promised - investigate - decide, department: dept },
        { name: '审批', description: '作出审批决定；不予批准的书面说明理由', limitDays: decide, department: dept },
        type === 'payment'
          ? {
              name: '发放',
              description: '待遇按月或一次性发放至申请人社会保障卡金融账户（或本人银行账户）',
              limitDays: null,
              department: dept,
            }
          : deliver(resultType),
      ];
    }
    case 'service':
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        { name: '办理', description: '按照服务规范办理，办理过程全程留痕、可查询', limitDays: promised, department: dept },
        deliver(resultType),
      ];
    case 'register': {
      const record = promised >= 2 ? 1 : 0;
      return [
        apply,
        { name: '受理', description: ACCEPT, limitDays: 0, department: dept },
        { name: '审核', description: '查验申请材料和登记簿记载，必要时实地查看', limitDays: promised - record, department: dept },
        { name: '登簿', description: '将登记事项记载于登记簿', limitDays: record, department: dept },
        {
          name: '缮证发证',
          description: '同步生成电子证书（证明）；纸质证书由EMS免费寄递或窗口领取',
          limitDays: null,
          department: dept,
        },
      ];
    }
  }
}
