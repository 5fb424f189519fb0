// 经济发展局（发展和改革委员会）: investment-project filing and approval, energy review, grain, power connection.

import { jfj as dept } from '../department-defs.ts';
import { buildItems, common, conditionalMaterial, material, situation, special } from '../kit/index.ts';
import type { ItemSpec } from '../kit/index.ts';

const INVEST_REG = '《企业投资项目核准和备案管理条例》（国务院令第673号）';
const INVEST_RULES = '《企业投资项目核准和备案管理办法》（国家发展和改革委员会令第2号）';

const specs: ItemSpec[] = [
  {
    sequence: 1,
    name: '企业投资项目备案',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['项目备案', '投资备案', '备案证明', '立项', '发改备案', '项目立项', '技改备案'],
    basis: [INVEST_REG + '第三条、第十三条、第十四条', INVEST_RULES + '第四十条至第四十五条', '《优化营商环境条例》（国务院令第722号）'],
    conditions: [
      '项目不属于《政府核准的投资项目目录》范围，且不属于产业政策禁止投资建设的项目',
      '项目单位通过全国投资项目在线审批监管平台如实、完整告知项目信息，并对信息的真实性负责',
      '备案机关收到全部信息即为备案；信息不完整的，及时提醒和指导项目单位补正',
    ],
    materials: [
      // The online form of this item (form-jfj-001) is the filing information itself.
      common.application(
        '企业投资项目备案信息表',
        '在线填写项目单位基本情况、项目名称、建设地点、建设规模和内容、项目总投资额、符合产业政策声明',
      ),
      common.businessLicense(),
      common.pledge('项目信息真实性承诺书'),
      conditionalMaterial('existing-property', '现有厂区（厂房）不动产权证书或租赁协议', {
        licenseType: 'property_certificate',
        source: 'government',
      }),
      conditionalMaterial('foreign-investor', '外国投资者主体资格证明'),
    ],
    situations: [
      situation('kind', '建设性质', [
        ['new', '新建', []],
        ['expand', '改建、扩建', ['existing-property']],
        ['tech', '技术改造（不新增用地）', ['existing-property']],
      ]),
      situation('foreign', '是否为外商投资项目？', [
        ['yes', '是', ['foreign-investor']],
        ['no', '否', []],
      ]),
    ],
    flow: 'filing',
    legalLimitDays: 0,
    promisedLimitDays: 0,
    agencyAvailable: true,
    formId: 'form-jfj-001',
    // A filing binds the enterprise: the platform's higher real-name level (above an L2 经办人's).
    minRealNameLevel: 'L3',
    result: ['河南省企业投资项目备案证明', 'license', 'project_filing'],
    updatedAt: '2026-09-15T10:00:00+08:00',
  },
  {
    sequence: 2,
    name: '企业投资项目备案信息变更',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['备案变更', '项目变更', '投资额变更'],
    basis: [INVEST_REG + '第十四条'],
    conditions: [
      '已备案项目的项目法人发生变化，项目建设地点、规模、内容发生重大变更，或者放弃项目建设的，应当及时告知备案机关并修改相关信息',
    ],
    materials: [
      material('change-info', '项目备案信息变更表'),
      material('project-filing', '原项目备案证明', { licenseType: 'project_filing', source: 'government' }),
    ],
    flow: 'filing',
    legalLimitDays: 0,
    promisedLimitDays: 0,
    agencyAvailable: true,
    result: ['企业投资项目备案证明（变更后）', 'license', 'project_filing'],
  },
  {
    sequence: 3,
    name: '企业投资项目核准',
    audiences: ['enterprise'],
    keywords: ['项目核准', '核准批复', '重大项目审批'],
    basis: [INVEST_REG + '第六条至第十二条', INVEST_RULES, '《政府核准的投资项目目录》'],
    conditions: [
      '项目属于《政府核准的投资项目目录》范围且核准权限在本级',
      '不危害经济安全、社会安全、生态安全等国家安全，符合相关发展建设规划、产业政策和技术标准，合理开发并有效利用资源，不对重大公共利益产生不利影响',
    ],
    materials: [
      material('application-report', '项目申请报告', {
        source: 'intermediary',
        sourceNote: '项目单位自主或委托具备相应能力的工程咨询单位编制',
      }),
      material('site-opinion', '用地（用海）预审与选址意见书', { source: 'government' }),
      material('other-approvals', '法律、行政法规规定需要办理的其他相关手续', { optional: true }),
    ],
    specialProcedures: [special.expertReview(30, '委托评估')],
    legalLimitDays: 20,
    promisedLimitDays: 10,
    agencyAvailable: true,
    result: ['项目核准文件', 'document'],
  },
  {
    sequence: 4,
    name: '固定资产投资项目节能审查',
    audiences: ['enterprise'],
    keywords: ['节能审查', '能评', '节能评估'],
    basis: ['《中华人民共和国节约能源法》第十五条', '《固定资产投资项目节能审查办法》（国家发展和改革委员会令2023年第2号）'],
    conditions: ['年综合能源消费量1000吨标准煤以上（改扩建项目按增量计算）的固定资产投资项目，在开工建设前取得节能审查意见'],
    materials: [
      common.application('固定资产投资项目节能审查申请'),
      material('energy-report', '节能报告', { source: 'intermediary' }),
      material('project-filing', '项目备案（核准）文件', { licenseType: 'project_filing', source: 'government' }),
    ],
    specialProcedures: [special.expertReview(15, '节能评审')],
    legalLimitDays: 20,
    promisedLimitDays: 10,
    agencyAvailable: true,
    result: ['节能审查意见', 'document'],
  },
  {
    sequence: 5,
    name: '政府投资项目可行性研究报告审批',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['可研批复', '可行性研究报告', '政府投资项目'],
    basis: ['《政府投资条例》（国务院令第712号）第九条至第十一条'],
    conditions: ['项目已列入政府投资年度计划或已批准项目建议书', '可行性研究报告编制深度符合要求，已依法履行用地、规划、环评等相关手续'],
    materials: [
      common.application('可行性研究报告审批申请文件'),
      material('feasibility-report', '项目可行性研究报告', { source: 'intermediary' }),
      material('land-planning', '用地预审与选址意见书', { source: 'government' }),
      material('funding', '资金来源说明'),
    ],
    specialProcedures: [special.expertReview(20, '咨询评估')],
    legalLimitDays: 20,
    promisedLimitDays: 15,
    result: ['可行性研究报告批复', 'document'],
  },
  {
    sequence: 6,
    name: '粮食收购企业备案',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['粮食收购', '收粮备案', '粮食收购许可'],
    basis: ['《粮食流通管理条例》（国务院令第740号修订）第九条'],
    conditions: ['从事粮食收购的企业，向收购地的县级人民政府粮食和储备行政管理部门备案企业名称、地址、负责人以及仓储设施等信息'],
    materials: [material('filing-form', '粮食收购企业备案表'), common.businessLicense(), material('storage', '仓储设施情况说明')],
    flow: 'filing',
    legalLimitDays: 0,
    promisedLimitDays: 0,
    result: ['粮食收购企业备案信息', 'document'],
  },
  {
    sequence: 7,
    name: '低压小微企业用电报装（获得电力）',
    type: 'public_service',
    audiences: ['enterprise'],
    keywords: ['电力报装', '接电', '用电报装', '通电', '办电', '申请用电'],
    basis: ['《优化营商环境条例》（国务院令第722号）第二十五条', '《电力供应与使用条例》'],
    conditions: ['用电报装容量160千瓦及以下的低压小微企业，实行“零上门、零审批、零投资”服务'],
    materials: [
      common.businessLicense(),
      material('premises', '用电地址产权证明或使用证明', { licenseType: 'property_certificate', optional: true }),
    ],
    flow: 'service',
    legalLimitDays: 15,
    promisedLimitDays: 5,
    agencyAvailable: true,
    result: ['供电接入完成告知', 'none'],
  },
];

export const jfjItems = buildItems(dept, specs);
