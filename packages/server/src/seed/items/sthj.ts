// 生态环境分局: pollutant-discharge permits and registration, environmental impact assessment.

import { sthj as dept } from '../department-defs.ts';
import { buildItems, common, conditionalMaterial, material, situation, special } from '../kit/index.ts';
import type { ItemSpec } from '../kit/index.ts';

const PERMIT_REG = '《排污许可管理条例》（国务院令第736号）';
const PERMIT_RULES = '《排污许可管理办法》（生态环境部令第32号）';
const EIA_LAW = '《中华人民共和国环境影响评价法》';
const EIA_REG = '《建设项目环境保护管理条例》（国务院令第682号修订）';

const specs: ItemSpec[] = [
  {
    sequence: 1,
    name: '排污许可证核发',
    audiences: ['enterprise'],
    keywords: ['排污许可证', '排污证', '排污许可', '环保许可'],
    basis: [PERMIT_REG + '第六条至第十四条', PERMIT_RULES],
    conditions: [
      '依法取得建设项目环境影响评价审批意见，或者按照规定完成环境影响登记表备案',
      '污染防治设施、污染物排放符合国家或者地方污染物排放标准，满足重点污染物排放总量控制要求',
      '自行监测方案的监测点位、指标、频次等符合国家自行监测规范',
    ],
    materials: [
      common.application('排污许可证申请表', '通过全国排污许可证管理信息平台在线填报'),
      material('monitoring-plan', '自行监测方案'),
      material('compliance-pledge', '守法承诺书'),
      material('outfall-map', '排污口和监测孔规范化设置情况说明及平面示意图'),
      conditionalMaterial('eia-approval', '建设项目环境影响评价审批文件或登记表备案材料', { source: 'government' }),
      conditionalMaterial('total-control', '重点污染物排放总量控制指标来源说明'),
      conditionalMaterial('public-notice', '重点管理排污单位申请前信息公开情况说明'),
    ],
    situations: [
      situation('class', '排污许可管理类别', [
        ['key', '重点管理', ['total-control', 'public-notice']],
        ['simple', '简化管理', []],
      ]),
      situation('project', '是否为新建、改建、扩建项目？', [
        ['new', '是', ['eia-approval']],
        ['existing', '否（现有排污单位）', []],
      ]),
    ],
    flow: 'standard',
    specialProcedures: [special.siteInspection(10, '现场核查')],
    legalLimitDays: 30,
    promisedLimitDays: 15,
    agencyAvailable: true,
    result: ['排污许可证', 'license'],
  },
  {
    sequence: 2,
    name: '固定污染源排污登记',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['排污登记', '排污登记表', '环保登记'],
    basis: [PERMIT_REG + '第二十四条', '《固定污染源排污许可分类管理名录》'],
    conditions: [
      '污染物产生量、排放量和对环境的影响程度很小，依法不需要申请取得排污许可证的排污单位，在启动生产设施或者发生实际排污之前填报排污登记表',
    ],
    materials: [
      material('registration-form', '固定污染源排污登记表', { notes: '在全国排污许可证管理信息平台在线填报，提交后即时生成登记编号' }),
    ],
    flow: 'instant',
    legalLimitDays: 0,
    promisedLimitDays: 0,
    result: ['固定污染源排污登记回执', 'document'],
  },
  {
    sequence: 3,
    name: '建设项目环境影响报告表审批',
    audiences: ['enterprise'],
    keywords: ['环评审批', '环评报告表', '环评批复', '环评'],
    basis: [EIA_LAW + '第二十二条', EIA_REG + '第九条'],
    conditions: [
      '建设项目类型及其选址、布局、规模等符合环境保护法律法规和相关法定规划',
      '所在区域环境质量满足环境质量标准，采取的措施能满足区域环境质量改善目标管理要求',
    ],
    materials: [
      common.application('建设项目环境影响评价文件报批申请书'),
      material('eia-report', '建设项目环境影响报告表（全本）', { source: 'intermediary', sourceNote: '建设单位自行或委托技术单位编制' }),
      material('deletion-note', '删除涉及国家秘密、商业秘密内容的说明（公开版本）'),
    ],
    specialProcedures: [special.expertReview(10, '技术评估')],
    legalLimitDays: 30,
    promisedLimitDays: 10,
    agencyAvailable: true,
    result: ['建设项目环境影响报告表批复', 'document'],
  },
  {
    sequence: 4,
    name: '建设项目环境影响报告书审批',
    audiences: ['enterprise'],
    keywords: ['环评报告书', '环评审批', '重大项目环评'],
    basis: [EIA_LAW + '第二十一条、第二十二条', EIA_REG, '《环境影响评价公众参与办法》（生态环境部令第4号）'],
    conditions: ['可能造成重大环境影响的建设项目编制环境影响报告书', '依法开展公众参与，公众意见采纳情况说明真实'],
    materials: [
      common.application('建设项目环境影响评价文件报批申请书'),
      material('eia-report', '建设项目环境影响报告书（全本）', { source: 'intermediary' }),
      material('public-participation', '公众参与说明'),
      material('deletion-note', '删除涉及国家秘密、商业秘密内容的说明（公开版本）'),
    ],
    specialProcedures: [special.expertReview(30, '技术评估'), special.hearing(20)],
    legalLimitDays: 60,
    promisedLimitDays: 20,
    agencyAvailable: true,
    result: ['建设项目环境影响报告书批复', 'document'],
  },
  {
    sequence: 5,
    name: '建设项目环境影响登记表备案',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['环评登记表', '环评备案', '登记表备案'],
    basis: [EIA_LAW + '第二十二条', '《建设项目环境影响登记表备案管理办法》（环境保护部令第41号）'],
    conditions: ['属于建设项目环境影响评价分类管理名录中应当填报环境影响登记表的项目'],
    materials: [
      material('registration-form', '建设项目环境影响登记表', {
        notes: '在建设项目环境影响登记表备案系统在线填报，提交后自动生成备案回执',
      }),
    ],
    flow: 'instant',
    legalLimitDays: 0,
    promisedLimitDays: 0,
    agencyAvailable: true,
    result: ['建设项目环境影响登记表备案回执', 'document'],
  },
  {
    sequence: 6,
    name: '突发环境事件应急预案备案',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['环境应急预案', '应急预案备案', '环保预案'],
    basis: ['《突发环境事件应急管理办法》（环境保护部令第34号）', '《企业事业单位突发环境事件应急预案备案管理办法（试行）》'],
    conditions: ['可能发生突发环境事件的企业事业单位在应急预案签署发布之日起20个工作日内备案'],
    materials: [
      material('filing-form', '突发环境事件应急预案备案表'),
      material('plan', '环境应急预案及编制说明'),
      material('risk-assessment', '环境风险评估报告'),
      material('resources-survey', '环境应急资源调查报告'),
      material('review-opinion', '环境应急预案评审意见'),
    ],
    flow: 'filing',
    legalLimitDays: 5,
    promisedLimitDays: 1,
    result: ['突发环境事件应急预案备案表（备案编号）', 'document'],
  },
  {
    sequence: 7,
    name: '排污许可证变更、延续',
    audiences: ['enterprise'],
    keywords: ['排污许可证到期', '排污证延续', '排污许可变更'],
    basis: [PERMIT_REG + '第十四条、第十五条'],
    conditions: [
      '排污许可证有效期届满前60日提出延续申请',
      '排污单位名称、住所、法定代表人等发生变化，或者污染物排放种类、浓度等许可事项变化的，申请变更',
    ],
    materials: [
      common.application('排污许可证变更（延续）申请表'),
      material('permit', '原排污许可证'),
      conditionalMaterial('change-proof', '与变更排污许可事项有关的材料'),
      conditionalMaterial('implementation-report', '排污许可证执行报告'),
    ],
    situations: [
      situation('kind', '申请类型', [
        ['change', '变更', ['change-proof']],
        ['renew', '延续', ['implementation-report']],
      ]),
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    result: ['排污许可证', 'license'],
  },
];

export const sthjItems = buildItems(dept, specs);
