// 交通运输局: road passenger and freight transport, taxis and ride-hailing, vehicle repair, roads.

import { jtj as dept } from '../department-defs.ts';
import { buildItems, common, conditionalMaterial, material, situation, special } from '../kit/index.ts';
import type { ItemSpec } from '../kit/index.ts';

const ROAD_TRANSPORT = '《中华人民共和国道路运输条例》';
const PASSENGER_RULES = '《道路旅客运输及客运站管理规定》';
const FREIGHT_RULES = '《道路货物运输及站场管理规定》';
const HIGHWAY_LAW = '《中华人民共和国公路法》';
const ROAD_SAFETY = '《公路安全保护条例》（国务院令第593号）';

const vehicles = () =>
  material('vehicles', '拟投入车辆承诺书（含车辆数量、类型、技术要求）', {
    notes: '已购置车辆的提供机动车行驶证，系统可调用电子行驶证',
    licenseType: 'vehicle_license',
  });

const specs: ItemSpec[] = [
  {
    sequence: 1,
    name: '道路旅客运输经营许可',
    audiences: ['enterprise'],
    keywords: ['客运许可', '客运经营', '包车客运', '班车', '道路运输经营许可证'],
    basis: [ROAD_TRANSPORT + '第八条、第十条', PASSENGER_RULES],
    conditions: [
      '有与其经营业务相适应并经检测合格的客车',
      '有符合规定条件的驾驶人员，驾驶人员取得相应的从业资格证',
      '有健全的安全生产管理制度，包括安全生产操作规程、安全生产责任制等',
    ],
    materials: [
      common.application('道路旅客运输经营申请表'),
      common.businessLicense(),
      vehicles(),
      material('drivers', '已聘用或者拟聘用驾驶人员的机动车驾驶证、从业资格证', { licenseType: 'driving_license' }),
      material('safety-rules', '安全生产管理制度文本'),
      conditionalMaterial('line-plan', '拟投入班车客运的线路、站点方案'),
    ],
    situations: [
      situation('scope', '申请的经营范围', [
        ['charter', '包车客运', []],
        ['line', '班车客运（含县内、县际）', ['line-plan']],
      ]),
    ],
    legalLimitDays: 20,
    promisedLimitDays: 10,
    result: ['道路运输经营许可证', 'license'],
  },
  {
    sequence: 2,
    name: '道路货物运输经营许可',
    audiences: ['person', 'enterprise'],
    keywords: ['货运许可证', '道路运输经营许可证', '跑货运', '拉货办证', '货运公司', '物流公司办证'],
    basis: [ROAD_TRANSPORT + '第二十一条、第二十四条', FREIGHT_RULES],
    conditions: [
      '有与其经营业务相适应并经检测合格的车辆（使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请）',
      '有符合规定条件的驾驶人员，取得相应的从业资格证',
      '有健全的安全生产管理制度',
    ],
    materials: [
      common.application('道路货物运输经营申请表'),
      common.businessLicense(),
      vehicles(),
      material('drivers', '聘用或者拟聘用驾驶人员的机动车驾驶证、从业资格证', { licenseType: 'driving_license' }),
      material('safety-rules', '安全生产管理制度文本'),
    ],
    flow: 'standard',
    legalLimitDays: 20,
    promisedLimitDays: 5,
    result: ['道路运输经营许可证', 'license'],
  },
  {
    sequence: 3,
    name: '道路运输证配发（营运车辆）',
    audiences: ['person', 'enterprise'],
    keywords: ['营运证', '车辆营运证', '道路运输证', '货车营运证', '办营运证'],
    basis: [ROAD_TRANSPORT + '第二十四条', '《道路运输车辆技术管理规定》'],
    conditions: ['已取得道路运输经营许可，车辆技术等级达到二级以上，车辆外廓尺寸、轴荷和质量符合国家标准'],
    materials: [
      material('vehicle-license', '机动车行驶证', { licenseType: 'vehicle_license', source: 'government' }),
      material('inspection-report', '车辆综合性能检测报告（技术等级评定）', {
        source: 'intermediary',
        sourceNote: '检验检测机构联网上传，免于提交',
      }),
      material('transport-permit', '道路运输经营许可证', { source: 'government' }),
    ],
    flow: 'instant',
    legalLimitDays: 20,
    promisedLimitDays: 0,
    result: ['道路运输证（电子证照）', 'license'],
  },
  {
    sequence: 4,
    name: '巡游出租汽车经营许可',
    audiences: ['enterprise'],
    keywords: ['出租车经营', '出租车公司', '的士经营权'],
    basis: ['《巡游出租汽车经营服务管理规定》第八条至第十二条'],
    conditions: [
      '有符合要求的车辆或者提供保证满足车辆条件的书面承诺',
      '有取得巡游出租汽车驾驶员从业资格证的驾驶员',
      '有健全的经营管理制度、安全生产管理制度和服务质量保障制度，有固定的经营场所和停车场地',
    ],
    materials: [
      common.application('巡游出租汽车经营申请表'),
      common.businessLicense(),
      vehicles(),
      material('management-rules', '经营管理制度、安全生产管理制度和服务质量保障制度文本'),
      material('premises', '经营场所、停车场地有关使用证明', { licenseType: 'property_certificate' }),
    ],
    specialProcedures: [special.expertReview(20, '服务质量招投标评审')],
    legalLimitDays: 20,
    promisedLimitDays: 10,
    result: ['道路运输经营许可证（巡游出租汽车）', 'license'],
  },
  {
    sequence: 5,
    name: '网络预约出租汽车运输证发放',
    audiences: ['person', 'enterprise'],
    keywords: ['网约车运输证', '网约车办证', '跑滴滴', '网约车车证', '跑网约车'],
    basis: ['《网络预约出租汽车经营服务管理暂行办法》第十二条、第十三条'],
    conditions: [
      '7座及以下乘用车，安装具有行驶记录功能的车辆卫星定位装置、应急报警装置',
      '车辆技术性能符合运营安全相关标准要求，车辆使用性质登记为“预约出租客运”',
    ],
    materials: [
      common.application('网络预约出租汽车运输证申请表'),
      material('vehicle-license', '机动车行驶证', { licenseType: 'vehicle_license', source: 'government' }),
      material('platform-agreement', '与网约车平台公司签订的合作协议', { notes: '平台公司在线推送的免于提交' }),
      material('equipment-proof', '卫星定位装置、应急报警装置安装证明'),
    ],
    flow: 'inspect',
    legalLimitDays: 10,
    promisedLimitDays: 3,
    result: ['网络预约出租汽车运输证', 'license'],
  },
  {
    sequence: 6,
    name: '机动车维修经营备案',
    type: 'other_power',
    audiences: ['person', 'enterprise'],
    keywords: ['修车厂备案', '汽修备案', '开修理厂', '汽车维修'],
    basis: [ROAD_TRANSPORT + '第三十七条', '《机动车维修管理规定》第八条至第十一条'],
    conditions: ['有与其经营业务相适应的维修车辆停车场和生产厂房、设备设施、技术人员', '有健全的维修管理制度和环境保护措施'],
    materials: [
      material('filing-form', '机动车维修经营备案表'),
      common.businessLicense(),
      material('facilities', '经营场地、停车场面积材料及主要维修设备、检测设备清单'),
      material('technicians', '技术人员名册及从业资格证明'),
    ],
    flow: 'filing',
    legalLimitDays: 5,
    promisedLimitDays: 0,
    result: ['机动车维修经营备案回执', 'document'],
  },
  {
    sequence: 7,
    name: '机动车驾驶员培训备案',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['驾校备案', '开驾校', '驾驶培训'],
    basis: [ROAD_TRANSPORT + '第三十八条', '《机动车驾驶员培训管理规定》'],
    conditions: ['有与培训业务相适应的教学人员、管理人员，有必要的教学车辆和教学设施、设备、场地'],
    materials: [
      material('filing-form', '机动车驾驶员培训备案表'),
      common.businessLicense(),
      material('teaching-resources', '教学场地、教学车辆及教练员情况说明'),
    ],
    flow: 'filing',
    legalLimitDays: 5,
    promisedLimitDays: 1,
    result: ['机动车驾驶员培训备案回执', 'document'],
  },
  {
    sequence: 8,
    name: '公路超限运输许可',
    audiences: ['person', 'enterprise'],
    keywords: ['大件运输', '超限运输', '超限证', '超宽运输', '大件车'],
    basis: [HIGHWAY_LAW + '第五十条', ROAD_SAFETY + '第三十五条至第三十八条', '《超限运输车辆行驶公路管理规定》'],
    conditions: ['载运不可解体物品，确需超限运输的', '车货总体外廓尺寸、总质量、轴荷等符合申请类别要求'],
    materials: [
      common.application('公路超限运输申请表'),
      material('vehicle-license', '车辆行驶证', { licenseType: 'vehicle_license', source: 'government' }),
      material('driver-license', '驾驶人员机动车驾驶证', { licenseType: 'driving_license', source: 'government' }),
      material('cargo', '货物名称、重量、外廓尺寸及必要的总体轮廓图'),
      conditionalMaterial('route-plan', '护送方案及通行路线说明'),
      conditionalMaterial('reinforcement', '桥梁、公路加固改造方案及技术评估报告', { source: 'intermediary' }),
    ],
    situations: [
      situation('class', '超限运输类别', [
        ['one', '车货总高、总宽、总长超限，总质量未超限（一类）', []],
        ['two', '总质量超限，不超过规定限值（二类）', ['route-plan']],
        ['three', '超过二类限值，需要加固改造公路设施（三类）', ['route-plan', 'reinforcement']],
      ]),
    ],
    specialProcedures: [special.expertReview(15, '公路技术评估')],
    legalLimitDays: 15,
    promisedLimitDays: 2,
    result: ['超限运输车辆通行证', 'document'],
  },
  {
    sequence: 9,
    name: '在公路建筑控制区内埋设管线、电缆等设施许可',
    audiences: ['enterprise'],
    keywords: ['涉路施工', '管线过路', '公路埋管', '穿越公路'],
    basis: [HIGHWAY_LAW + '第四十五条', ROAD_SAFETY + '第二十七条'],
    conditions: ['符合公路工程技术标准，有保障公路、公路附属设施质量和安全的技术评价报告', '有处置施工险情和意外事故的应急方案'],
    materials: [
      common.application('涉路施工许可申请书'),
      material('design', '设计和施工方案'),
      material('safety-evaluation', '保障公路、公路附属设施质量和安全的技术评价报告', { source: 'intermediary' }),
      material('emergency-plan', '处置施工险情和意外事故的应急方案'),
    ],
    flow: 'inspect',
    legalLimitDays: 20,
    promisedLimitDays: 10,
    result: ['公路涉路施工许可决定书', 'document'],
  },
  {
    sequence: 10,
    name: '营运车辆年度审验',
    type: 'other_power',
    audiences: ['person', 'enterprise'],
    keywords: ['营运车年审', '营运证年审', '货车年审', '道路运输证年审'],
    basis: [ROAD_TRANSPORT + '第三十一条', '《道路运输车辆技术管理规定》第二十九条'],
    conditions: ['车辆按规定进行综合性能检测和技术等级评定，检测报告已联网上传'],
    materials: [material('inspection-report', '车辆综合性能检测报告', { source: 'intermediary', sourceNote: '检验检测机构联网上传' })],
    flow: 'instant',
    legalLimitDays: 5,
    promisedLimitDays: 0,
    result: ['道路运输证审验记录', 'none'],
  },
  {
    sequence: 11,
    name: '小微型客车租赁经营备案',
    type: 'other_power',
    audiences: ['enterprise'],
    keywords: ['租车公司备案', '汽车租赁', '租车备案'],
    basis: ['《小微型客车租赁经营服务管理办法》第五条至第七条'],
    conditions: ['取得企业法人资格，租赁车辆登记的使用性质为“租赁”', '有与租赁业务相适应的经营场所、管理人员'],
    materials: [
      material('filing-form', '小微型客车租赁经营备案表'),
      common.businessLicense(),
      material('vehicle-list', '租赁车辆清单及机动车行驶证', { licenseType: 'vehicle_license' }),
    ],
    flow: 'filing',
    legalLimitDays: 5,
    promisedLimitDays: 1,
    result: ['小微型客车租赁经营备案回执', 'document'],
  },
];

export const jtjItems = buildItems(dept, specs);
