// 不动产登记中心: first, transfer, mortgage, change and correction registrations; certificates and searches.

import { bdc as dept } from '../department-defs.ts';
import { buildItems, common, conditionalMaterial, fee, material, situation, special } from '../kit/index.ts';
import type { ItemSpec } from '../kit/index.ts';

const CIVIL_CODE = '《中华人民共和国民法典》第二百零九条至第二百二十三条';
const REGULATION = '《不动产登记暂行条例》（国务院令第656号）';
const RULES = '《不动产登记暂行条例实施细则》（自然资源部令第5号）';
const FEE_BASIS = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';
const MICRO_EXEMPT = '《财政部 国家发展改革委关于减免部分行政事业性收费有关政策的通知》（财税〔2019〕45号）';

const registrationFee = (what = '不动产登记费') =>
  fee(what, '住宅类每件80元；非住宅类每件550元；核发一本证书免收工本费，每增加一本收取工本费10元', FEE_BASIS);
const microExempt = () => fee('小微企业减免', '申请人为小微企业（含个体工商户）的免收不动产登记费', MICRO_EXEMPT);

const applicantIds = () =>
  material('applicant-ids', '申请人身份证明（居民身份证或营业执照）', {
    licenseType: 'id_card',
    source: 'government',
    sourceNote: '自然人通过人脸识别核验身份，企业调用电子营业执照，免于提交',
  });

const specs: ItemSpec[] = [
  {
    sequence: 1,
    name: '国有建设用地使用权及房屋所有权首次登记',
    type: 'confirmation',
    audiences: ['person', 'enterprise'],
    keywords: ['房产证', '首次登记', '初始登记', '大证', '办房本'],
    basis: [CIVIL_CODE, REGULATION + '第十四条', RULES + '第三十五条'],
    conditions: ['房屋已竣工验收合格，土地使用权已登记', '房地产开发企业申请建筑区划内全部房屋首次登记，或自建房屋权利人申请首次登记'],
    materials: [
      common.application('不动产登记申请书'),
      applicantIds(),
      material('land-certificate', '国有建设用地使用权不动产权证书', { licenseType: 'property_certificate', source: 'government' }),
      material('completion-proof', '建设工程符合规划的材料及房屋已竣工的材料', {
        source: 'government',
        sourceNote: '规划核实、竣工验收备案信息共享',
      }),
      material('survey', '房屋测绘成果（房产测量报告）', { source: 'intermediary', sourceNote: '“多测合一”成果共享' }),
      conditionalMaterial('common-parts', '建筑区划内属于业主共有的道路、绿地、其他公共场所、公用设施和物业服务用房的清单'),
    ],
    situations: [
      situation('who', '申请人类型', [
        ['developer', '房地产开发企业（整幢或整体首次登记）', ['common-parts']],
        ['self-built', '单位或个人自建房屋', []],
      ]),
    ],
    flow: 'register',
    specialProcedures: [special.siteInspection(5, '实地查看')],
    fees: [registrationFee(), microExempt()],
    legalLimitDays: 30,
    promisedLimitDays: 5,
    result: ['不动产权证书', 'license', 'property_certificate'],
  },
  {
    sequence: 2,
    name: '不动产转移登记（房屋买卖、赠与、继承等）',
    type: 'confirmation',
    audiences: ['person', 'enterprise'],
    keywords: ['过户', '房产过户', '二手房过户', '买房过户', '房本过户', '房子过户', '继承房产', '赠与房产'],
    basis: [CIVIL_CODE, REGULATION + '第十四条', RULES + '第三十八条'],
    conditions: [
      '不动产已依法登记，权属清楚、无争议，未被查封',
      '已办理抵押的，经抵押权人同意或已注销抵押登记',
      '买卖的已缴清相关税费（税费与登记“一窗受理、并行办理”）',
    ],
    materials: [
      common.application('不动产登记申请书'),
      applicantIds(),
      common.propertyCertificate(),
      conditionalMaterial('sale-contract', '房屋买卖合同（存量房网签合同）', { notes: '网签合同信息自动调取' }),
      conditionalMaterial('tax-proof', '契税、增值税、个人所得税完税凭证', {
        source: 'government',
        sourceNote: '税务部门“一窗受理”信息共享，免于提交',
      }),
      conditionalMaterial('gift-contract', '经公证的赠与合同'),
      conditionalMaterial('inheritance-proof', '继承公证书、遗嘱或生效的法律文书，以及被继承人死亡证明'),
      conditionalMaterial('divorce-agreement', '离婚协议书或生效的离婚判决书、调解书'),
      conditionalMaterial('mortgagee-consent', '抵押权人同意转让的书面意见'),
      common.marriageCertificate({ conditional: true, sourceNote: '出卖人已婚的，通过婚姻登记信息核验并由配偶共同申请或书面同意' }),
    ],
    situations: [
      situation('reason', '转移原因', [
        ['sale', '买卖', ['sale-contract', 'tax-proof']],
        ['gift', '赠与', ['gift-contract', 'tax-proof']],
        ['inherit', '继承、受遗赠', ['inheritance-proof']],
        ['divorce', '离婚析产', ['divorce-agreement']],
      ]),
      situation('mortgage', '房屋是否存在未注销的抵押？', [
        ['yes', '有抵押（带押过户）', ['mortgagee-consent']],
        ['no', '无抵押', []],
      ]),
      situation('marital', '转让方婚姻状况', [
        ['married', '已婚', ['marriage-certificate']],
        ['single', '未婚、离异或丧偶', []],
      ]),
    ],
    flow: 'register',
    fees: [registrationFee(), microExempt()],
    legalLimitDays: 30,
    promisedLimitDays: 3,
    formId: 'form-bdc-002',
    minRealNameLevel: 'L3',
    result: ['不动产权证书', 'license', 'property_certificate'],
    updatedAt: '2026-09-28T09:00:00+08:00',
  },
  {
    sequence: 3,
    name: '不动产抵押权首次登记',
    type: 'confirmation',
    audiences: ['person', 'enterprise'],
    keywords: ['抵押登记', '房产抵押', '抵押贷款', '房子抵押', '按揭登记', '贷款抵押'],
    basis: ['《中华人民共和国民法典》第三百九十四条、第四百零二条', REGULATION, RULES + '第六十五条至第七十条'],
    conditions: ['抵押人对抵押财产有处分权', '以建设用地使用权、房屋等设立抵押的，当事人订立书面抵押合同'],
    materials: [
      common.application('不动产登记申请书', '抵押人、抵押权人在线共同申请，电子签名确认'),
      applicantIds(),
      common.propertyCertificate(),
      material('main-contract', '主债权合同'),
      material('mortgage-contract', '抵押合同'),
      conditionalMaterial('max-amount', '最高额抵押的，最高债权额及债权确定期间的约定材料'),
      conditionalMaterial('existing-claims', '同意将最高额抵押权设立前已经存在的债权转入最高额抵押担保范围的书面材料'),
    ],
    situations: [
      situation('kind', '抵押类型', [
        ['general', '一般抵押', []],
        ['maximum', '最高额抵押', ['max-amount']],
      ]),
      situation('existing', '最高额抵押是否将设立前已存在的债权纳入担保范围？', [
        ['yes', '是', ['existing-claims']],
        ['no', '否或不适用', []],
      ]),
    ],
    flow: 'register',
    fees: [fee('不动产登记费（由抵押权人缴纳）', '住宅类每件80元；非住宅类每件550元', FEE_BASIS), microExempt()],
    legalLimitDays: 30,
    promisedLimitDays: 1,
    result: ['不动产登记证明（抵押权）', 'document'],
  },
  {
    sequence: 4,
    name: '不动产抵押权注销登记',
    type: 'confirmation',
    audiences: ['person', 'enterprise'],
    keywords: ['解押', '抵押注销', '还完贷款', '注销抵押'],
    basis: ['《中华人民共和国民法典》第三百九十三条', RULES + '第七十三条'],
    conditions: ['主债权消灭、抵押权已经实现、抵押权人放弃抵押权等导致抵押权消灭的'],
    materials: [
      common.application('不动产登记申请书'),
      applicantIds(),
      material('mortgage-certificate', '不动产登记证明（抵押权）', { source: 'government', notes: '电子证明自动调取' }),
      material('release-proof', '抵押权消灭的材料（抵押权人同意注销的证明）', {
        notes: '银行通过“不动产登记+金融服务”系统在线推送的免于提交',
      }),
    ],
    flow: 'instant',
    legalLimitDays: 30,
    promisedLimitDays: 0,
    result: ['抵押权注销登记完成告知', 'none'],
  },
  {
    sequence: 5,
    name: '不动产变更登记',
    type: 'confirmation',
    audiences: ['person', 'enterprise'],
    keywords: ['房产证改名', '门牌号变更', '房本信息变更', '变更登记'],
    basis: [REGULATION + '第十四条', RULES + '第二十六条'],
    conditions: ['权利人的姓名、名称、身份证明类型或者号码发生变更，或不动产坐落、界址、用途、面积等状况发生变化'],
    materials: [
      common.application('不动产登记申请书'),
      applicantIds(),
      common.propertyCertificate(),
      material('change-proof', '不动产权利发生变更的材料（更名证明、门牌号变更证明等）', { notes: '公安、民政等部门信息可共享的免于提交' }),
    ],
    flow: 'register',
    fees: [],
    legalLimitDays: 30,
    promisedLimitDays: 1,
    result: ['不动产权证书（变更后）', 'license', 'property_certificate'],
  },
  {
    sequence: 6,
    name: '预购商品房预告登记',
    type: 'confirmation',
    audiences: ['person'],
    keywords: ['预告登记', '期房登记', '买期房', '预抵押'],
    basis: ['《中华人民共和国民法典》第二百二十一条', RULES + '第八十五条、第八十六条'],
    conditions: ['商品房买卖合同已网签备案'],
    materials: [
      common.application('不动产登记申请书'),
      applicantIds(),
      material('sale-contract', '已备案的商品房预售合同', { source: 'government', sourceNote: '网签备案信息共享' }),
    ],
    flow: 'register',
    fees: [registrationFee('不动产登记费（预告登记）')],
    legalLimitDays: 30,
    promisedLimitDays: 1,
    result: ['不动产登记证明（预告登记）', 'document'],
  },
  {
    sequence: 7,
    name: '不动产权证书补证、换证',
    type: 'confirmation',
    audiences: ['person', 'enterprise'],
    keywords: ['房产证丢了', '补办房本', '房本丢了', '房产证损坏', '换房产证'],
    basis: [RULES + '第二十二条'],
    conditions: ['不动产权证书遗失、灭失的，由不动产登记机构在门户网站公告遗失声明满15个工作日后补发；破损的换发'],
    materials: [
      common.application('不动产登记申请书'),
      applicantIds(),
      conditionalMaterial('damaged-certificate', '破损的不动产权证书', { paperOnly: true }),
    ],
    situations: [
      situation('reason', '申请原因', [
        ['lost', '遗失、灭失补证', []],
        ['damaged', '破损换证', ['damaged-certificate']],
      ]),
    ],
    specialProcedures: [special.publicNotice(15, '不动产登记机构门户网站（遗失声明）')],
    flow: 'register',
    fees: [fee('不动产权属证书工本费', '每本10元', FEE_BASIS)],
    legalLimitDays: 30,
    promisedLimitDays: 1,
    result: ['不动产权证书', 'license', 'property_certificate'],
  },
  {
    sequence: 8,
    name: '不动产登记资料查询',
    type: 'public_service',
    audiences: ['person', 'enterprise'],
    keywords: ['查房产', '房产查询', '无房证明', '查名下房子', '房屋查档'],
    basis: ['《不动产登记资料查询暂行办法》（国土资源部令第80号）'],
    conditions: ['权利人查询本人名下不动产登记资料；利害关系人凭相关证明查询'],
    materials: [applicantIds(), conditionalMaterial('interest-proof', '利害关系人查询的，证明存在利害关系的材料（合同、诉讼材料等）')],
    situations: [
      situation('who', '查询人身份', [
        ['owner', '权利人本人', []],
        ['interested', '利害关系人', ['interest-proof']],
      ]),
    ],
    flow: 'instant',
    legalLimitDays: 1,
    promisedLimitDays: 0,
    result: ['不动产登记资料查询结果证明（带电子印章）', 'document'],
  },
  {
    sequence: 9,
    name: '宅基地使用权及房屋所有权首次登记',
    type: 'confirmation',
    audiences: ['person'],
    keywords: ['农村房产证', '宅基地确权', '宅基地登记', '农房登记'],
    basis: [REGULATION, RULES + '第四十条至第四十二条'],
    conditions: ['宅基地依法批准使用，房屋符合规划或者建设的相关要求', '权属来源清楚、界址清晰、面积准确、无争议'],
    materials: [
      common.application('不动产登记申请书'),
      common.idCard(),
      common.householdRegister(),
      material('homestead-approval', '有批准权的人民政府批准用地的文件等权属来源材料', { source: 'government' }),
      material('cadastral-survey', '地籍调查表、宗地图、房屋平面图以及宗地界址点坐标等有关不动产界址、面积的材料', {
        source: 'intermediary',
      }),
    ],
    flow: 'register',
    specialProcedures: [special.siteInspection(10, '实地查看'), special.publicNotice(15, '不动产所在村（社区）及门户网站')],
    fees: [fee('不动产登记费', '农村村民宅基地及房屋登记免收登记费，只收取证书工本费每本10元', FEE_BASIS)],
    legalLimitDays: 30,
    promisedLimitDays: 10,
    result: ['不动产权证书', 'license', 'property_certificate'],
  },
  {
    sequence: 10,
    name: '不动产更正登记',
    type: 'confirmation',
    audiences: ['person', 'enterprise'],
    keywords: ['房产证写错了', '更正登记', '登记错误'],
    basis: ['《中华人民共和国民法典》第二百二十条', RULES + '第七十九条至第八十一条'],
    conditions: ['权利人、利害关系人认为不动产登记簿记载的事项有错误的', '不动产登记簿记载的权利人书面同意更正或者有证据证明登记确有错误'],
    materials: [
      common.application('不动产登记申请书'),
      applicantIds(),
      common.propertyCertificate(),
      material('error-proof', '证实不动产登记簿记载事项错误的材料'),
    ],
    flow: 'register',
    fees: [],
    legalLimitDays: 30,
    promisedLimitDays: 5,
    result: ['不动产权证书（更正后）', 'license', 'property_certificate'],
  },
];

export const bdcItems = buildItems(dept, specs);
