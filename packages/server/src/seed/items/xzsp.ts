// 行政审批服务局: free pre-review agency for investment projects and the cross-department
// “高效办成一件事” bundles (one application, departments working in parallel).

import { xzsp as dept } from '../department-defs.ts';
import { buildItems, common, conditionalMaterial, material, situation, special } from '../kit/index.ts';
import type { ItemSpec } from '../kit/index.ts';

const ONE_THING = '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）';
const BUSINESS_ENV = '《优化营商环境条例》（国务院令第722号）';
const REFORM = '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）';

const specs: ItemSpec[] = [
  {
    sequence: 1,
    name: '企业投资项目预审代办服务',
    type: 'public_service',
    audiences: ['enterprise'],
    keywords: ['代办', '帮办代办', '项目代办', '预审代办', '免费代办', '项目帮办', '代跑腿'],
    basis: [BUSINESS_ENV, '《河南省优化营商环境条例》', REFORM],
    conditions: [
      '在本区投资建设的企业投资项目（含工业、商贸、社会事业项目），项目单位自愿委托',
      '代办服务全程免费；代办员不代替项目单位作出决策，不承担审批部门的法定职责',
    ],
    materials: [
      material('agency-authorization', '项目代办委托书', { notes: '在线签署，明确代办事项、代办期限' }),
      common.businessLicense(),
      material('project-brief', '项目基本情况说明（建设内容、规模、投资、用地、进度计划）'),
      material('project-filing', '企业投资项目备案证明', {
        licenseType: 'project_filing',
        source: 'government',
        optional: true,
        notes: '已备案的自动调取；未备案的可一并委托代办',
      }),
      material('contact-id', '项目联系人居民身份证', { licenseType: 'id_card', source: 'government' }),
    ],
    steps: [
      { name: '提交代办申请', description: '项目单位在线填写代办申请，签署代办委托书', limitDays: null },
      {
        name: '受理并指派代办员',
        description: '1个工作日内受理并指派专职代办员，代办员主动联系项目单位',
        limitDays: 1,
        department: '行政审批服务局（项目代办中心）',
      },
      {
        name: '预审与审批路线图',
        description: '代办员对照各审批事项办事指南进行材料预审，制定项目审批路线图和时间表',
        limitDays: 3,
        department: '行政审批服务局（项目代办中心）',
      },
      {
        name: '全程代办',
        description: '代办员代为提交申请、跟踪进度、协调并联审批，每周反馈办理进展',
        limitDays: null,
        department: '相关审批部门',
      },
      { name: '办结移交', description: '审批结果移交项目单位，代办服务评价', limitDays: null },
    ],
    legalLimitDays: 5,
    promisedLimitDays: 4,
    agencyAvailable: true,
    channels: ['online', 'agency', 'offline'],
    formId: 'form-xzsp-001',
    minRealNameLevel: 'L2',
    result: ['代办服务确认书及审批路线图', 'document'],
  },
  {
    sequence: 2,
    name: '企业开办“一件事”',
    type: 'public_service',
    audiences: ['person', 'enterprise'],
    keywords: ['企业开办', '开公司一件事', '一网通办', '开办企业', '注册公司一站式'],
    basis: [ONE_THING, BUSINESS_ENV + '第十九条'],
    conditions: ['新设立企业，一次申请即可同步办理营业执照、印章刻制、涉税信息确认、社会保险登记、住房公积金缴存登记和银行开户预约'],
    materials: [
      common.application('企业开办“一件事”综合申请表', '“一表申请”：一次填报，信息自动分发至各部门'),
      material('articles', '公司章程', { notes: '可使用在线章程范本' }),
      material('shareholders-id', '股东、法定代表人等身份证明', {
        licenseType: 'id_card',
        source: 'government',
        sourceNote: '在线实名认证',
      }),
      material('premises', '住所使用证明（或住所申报承诺书）', { licenseType: 'property_certificate' }),
    ],
    steps: [
      { name: '一表申请', description: '在企业开办“一网通办”平台一次填报全部信息', limitDays: null },
      { name: '设立登记', description: '核发营业执照（同步生成电子营业执照）', limitDays: 0, department: '市场监管局' },
      {
        name: '并联办理',
        description: '印章刻制、涉税信息确认和发票申领、社保登记、公积金缴存登记同步办理',
        limitDays: 0,
        department: '公安分局、税务局、人社局、公积金管理部',
      },
      { name: '免费寄递', description: '营业执照、首套印章等通过EMS免费寄递', limitDays: null },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 0,
    result: ['营业执照、印章、发票及各项登记结果', 'license', 'business_license'],
  },
  {
    sequence: 3,
    name: '新生儿出生“一件事”',
    type: 'public_service',
    audiences: ['person'],
    keywords: ['新生儿', '宝宝出生办证', '出生一件事', '生孩子办证', '新生儿医保'],
    basis: [ONE_THING],
    conditions: ['在本区助产机构出生的新生儿，监护人一次申请即可办理出生医学证明、户口登记、医保参保登记、社会保障卡申领、预防接种证'],
    materials: [
      common.idCard('父母双方', 'parents-id-cards'),
      common.marriageCertificate({ optional: true }),
      common.householdRegister('父母', 'household-register'),
    ],
    steps: [
      { name: '一次申请', description: '在“豫事办”或助产机构一次提交', limitDays: null },
      { name: '出生医学证明', description: '助产机构签发电子出生医学证明', limitDays: 0, department: '卫健委' },
      { name: '户口登记', description: '办理出生登记，户口簿可邮寄送达', limitDays: 1, department: '公安分局' },
      { name: '医保参保与社保卡', description: '同步办理城乡居民医保参保登记和社会保障卡申领', limitDays: 3, department: '医保局、人社局' },
      { name: '送达', description: '证件EMS免费寄递，电子证照同步推送', limitDays: null },
    ],
    legalLimitDays: 10,
    promisedLimitDays: 5,
    result: ['出生医学证明、户口簿、社会保障卡等', 'license', 'birth_certificate'],
  },
  {
    sequence: 4,
    name: '开办餐饮店“一件事”',
    type: 'public_service',
    audiences: ['person', 'enterprise'],
    keywords: ['开饭店', '开餐馆', '餐饮一件事', '开小吃店', '开奶茶店'],
    basis: [ONE_THING, '《中华人民共和国食品安全法》第三十五条'],
    conditions: ['在本区开办餐饮店，一次申请即可同步办理营业执照、食品经营许可、户外招牌设置、城镇污水排入排水管网许可'],
    materials: [
      common.application('开办餐饮店“一件事”综合申请表'),
      common.idCard('经营者（法定代表人）'),
      material('premises', '经营场所使用证明', { licenseType: 'property_certificate' }),
      material('layout', '经营场所布局及设备设施说明'),
      conditionalMaterial('signboard', '户外招牌设置效果图'),
    ],
    situations: [
      situation('signboard', '是否设置户外招牌？', [
        ['yes', '是', ['signboard']],
        ['no', '否', []],
      ]),
    ],
    steps: [
      { name: '一次申请', description: '一表申请，材料一次提交', limitDays: null },
      { name: '营业执照', description: '核发营业执照', limitDays: 1, department: '市场监管局' },
      {
        name: '并联审批',
        description: '食品经营许可、户外招牌设置、排水许可并联审批，现场核查一次完成',
        limitDays: 4,
        department: '市场监管局、住建局',
      },
      { name: '送达', description: '证照EMS免费寄递', limitDays: null },
    ],
    specialProcedures: [special.siteInspection(5, '联合现场核查')],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    result: ['营业执照、食品经营许可证等', 'license', 'food_business_license'],
  },
  {
    sequence: 5,
    name: '工程建设项目竣工联合验收',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['联合验收', '竣工验收', '多测合一', '限时联合验收'],
    basis: [REFORM, '《建设工程质量管理条例》（国务院令第279号）'],
    conditions: ['房屋建筑和市政基础设施工程完成设计和合同约定的各项内容，建设单位组织竣工验收前申请联合验收'],
    materials: [
      common.application('联合验收申请表'),
      material('survey-results', '“多测合一”竣工测量成果', { source: 'intermediary' }),
      material('completion-docs', '工程竣工资料'),
      material('construction-permit', '建筑工程施工许可证', { licenseType: 'construction_permit', source: 'government' }),
    ],
    steps: [
      { name: '申请', description: '在工程建设项目审批管理系统在线申请', limitDays: null },
      { name: '联合现场验收', description: '规划、消防、人防、质量等部门联合现场验收', limitDays: 5, department: '自然资源规划局、住建局' },
      { name: '出具意见', description: '统一出具联合验收意见书', limitDays: 2, department: '行政审批服务局' },
    ],
    specialProcedures: [special.siteInspection(5, '联合现场验收')],
    legalLimitDays: 15,
    promisedLimitDays: 7,
    agencyAvailable: true,
    result: ['联合验收意见书', 'document'],
  },
  {
    sequence: 6,
    name: '退休“一件事”',
    type: 'public_service',
    audiences: ['person'],
    keywords: ['退休一件事', '办退休', '退休手续', '退休提公积金'],
    basis: [ONE_THING],
    conditions: ['达到退休条件的职工，一次申请即可办理退休核准、养老金待遇核定、职工医保退休人员待遇、住房公积金销户提取'],
    materials: [common.idCard('退休人员'), common.bankAccount('退休人员')],
    steps: [
      { name: '一次申请', description: '单位或本人一次提交', limitDays: null },
      { name: '退休核准与待遇核定', description: '退休核准、养老金待遇核定', limitDays: 8, department: '人社局' },
      {
        name: '医保与公积金',
        description: '医保退休人员待遇变更、住房公积金销户提取同步办理',
        limitDays: 2,
        department: '医保局、公积金管理部',
      },
      { name: '办结', description: '办理结果短信告知，养老金按月发放', limitDays: null },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 10,
    result: ['退休核准及各项待遇办结告知', 'document'],
  },
];

export const xzspItems = buildItems(dept, specs);
