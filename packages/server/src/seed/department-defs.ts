// The departments of the seed catalog, without their item counts (see
// departments.ts, which derives `itemCount` from the items). Phone numbers and
// addresses are illustrative, not the zone's real ones.

import { CENTER_HOURS, HOTLINE, ZONE_NAME, centerWindow } from './kit/zone.ts';
import type { DepartmentDef } from './kit/zone.ts';

function def(
  d: Omit<DepartmentDef, 'places' | 'updatedAt'> & { window: string; extraPlaces?: DepartmentDef['places']; updatedAt?: string },
): DepartmentDef {
  const { window, extraPlaces, updatedAt, ...rest } = d;
  return {
    ...rest,
    places: [centerWindow(window, d.phone), ...(extraPlaces ?? [])],
    updatedAt: updatedAt ?? '2026-10-01T09:00:00+08:00',
  };
}

export const xzsp = def({
  id: 'xzsp',
  name: `${ZONE_NAME}行政审批服务局`,
  shortName: '行政审批服务局',
  phone: '0373-5580101',
  complaintPhone: '0373-5580100',
  uscc: '11410700MB1A28039C',
  catalogNo: '01',
  window: '综合受理区（一楼A区1—8号窗口）',
});

export const scjg = def({
  id: 'scjg',
  name: `${ZONE_NAME}市场监督管理局`,
  shortName: '市场监管局',
  phone: '0373-5580211',
  complaintPhone: '12315',
  uscc: '11410700MB0K73419L',
  catalogNo: '31',
  window: '企业开办专区（一楼B区9—16号窗口）',
  updatedAt: '2026-09-18T10:30:00+08:00',
});

export const zjj = def({
  id: 'zjj',
  name: `${ZONE_NAME}住房和城乡建设局`,
  shortName: '住建局',
  phone: '0373-5580322',
  complaintPhone: HOTLINE,
  uscc: '11410700008761541U',
  catalogNo: '17',
  window: '工程建设项目审批专区（二楼C区1—6号窗口）',
});

export const zrzy = def({
  id: 'zrzy',
  name: `${ZONE_NAME}自然资源和规划局`,
  shortName: '自然资源规划局',
  phone: '0373-5580336',
  complaintPhone: HOTLINE,
  uscc: '11410700MB1D49262K',
  catalogNo: '15',
  window: '工程建设项目审批专区（二楼C区7—10号窗口）',
});

export const rsj = def({
  id: 'rsj',
  name: `${ZONE_NAME}人力资源和社会保障局`,
  shortName: '人社局',
  phone: '0373-5580415',
  complaintPhone: '12333',
  uscc: '114107000087623845',
  catalogNo: '11',
  window: '社保医保专区（一楼D区1—10号窗口）',
  updatedAt: '2026-09-25T16:00:00+08:00',
});

export const gaj = def({
  id: 'gaj',
  name: `新乡市公安局${ZONE_NAME}分局`,
  shortName: '公安分局',
  phone: '0373-5580520',
  complaintPhone: HOTLINE,
  uscc: '11410700008758270M',
  catalogNo: '09',
  window: '公安综合窗口（一楼E区1—4号窗口）',
  extraPlaces: [
    {
      name: `新乡市公安局${ZONE_NAME}分局户政服务大厅`,
      address: '河南省新乡市经济技术开发区经十路与纬三路交叉口 公安分局一楼',
      hours: '周一至周五 上午8:30—12:00，下午14:30—17:30；周六、周日上午9:00—12:00（仅受理居民身份证业务）',
      phone: '0373-5580528',
    },
  ],
});

export const swj = def({
  id: 'swj',
  name: `国家税务总局${ZONE_NAME}税务局`,
  shortName: '税务局',
  phone: '0373-5580612',
  complaintPhone: '12366',
  uscc: '11410700MB0N2H6P14',
  catalogNo: '33',
  window: '税务综合窗口（一楼F区1—6号窗口）',
  extraPlaces: [
    {
      name: `国家税务总局${ZONE_NAME}税务局第一税务分局办税服务厅`,
      address: '河南省新乡市经济技术开发区新长南线与经十路交叉口 税务综合楼一楼',
      hours: CENTER_HOURS,
      phone: '0373-5580616',
    },
  ],
});

export const wjw = def({
  id: 'wjw',
  name: `${ZONE_NAME}卫生健康委员会`,
  shortName: '卫健委',
  phone: '0373-5580725',
  complaintPhone: HOTLINE,
  uscc: '114107000087649102',
  catalogNo: '23',
  window: '社会事务专区（一楼G区1—3号窗口）',
});

export const sthj = def({
  id: 'sthj',
  name: `新乡市生态环境局${ZONE_NAME}分局`,
  shortName: '生态环境分局',
  phone: '0373-5580831',
  complaintPhone: '12369',
  uscc: '11410700MB1E073896',
  catalogNo: '16',
  window: '工程建设项目审批专区（二楼C区11—12号窗口）',
});

export const jfj = def({
  id: 'jfj',
  name: `${ZONE_NAME}经济发展局（发展和改革委员会）`,
  shortName: '经济发展局',
  phone: '0373-5580906',
  complaintPhone: HOTLINE,
  uscc: '11410700008760127E',
  catalogNo: '03',
  window: '投资项目服务专区（二楼C区13—15号窗口）',
});

export const jtj = def({
  id: 'jtj',
  name: `${ZONE_NAME}交通运输局`,
  shortName: '交通运输局',
  phone: '0373-5581018',
  complaintPhone: '12328',
  uscc: '11410700008763758C',
  catalogNo: '18',
  window: '交通运输窗口（一楼H区1—3号窗口）',
});

export const yjj = def({
  id: 'yjj',
  name: `${ZONE_NAME}应急管理局`,
  shortName: '应急管理局',
  phone: '0373-5581123',
  complaintPhone: '12350',
  uscc: '11410700MB1F556213',
  catalogNo: '25',
  window: '安全生产窗口（二楼C区16号窗口）',
});

export const mzj = def({
  id: 'mzj',
  name: `${ZONE_NAME}民政局`,
  shortName: '民政局',
  phone: '0373-5581236',
  complaintPhone: '12345',
  uscc: '11410700008761832Y',
  catalogNo: '21',
  window: '社会事务专区（一楼G区4—7号窗口）',
  extraPlaces: [
    {
      name: `${ZONE_NAME}婚姻登记处`,
      address: '河南省新乡市经济技术开发区新长南线与经八路交叉口东北角 政务服务中心三楼',
      hours: '周一至周五 上午8:30—12:00，下午14:30—17:30；“5·20”“七夕”等特殊日期按公告延时办理',
      phone: '0373-5581239',
    },
  ],
});

export const ybj = def({
  id: 'ybj',
  name: `${ZONE_NAME}医疗保障局`,
  shortName: '医保局',
  phone: '0373-5581344',
  complaintPhone: '12393',
  uscc: '11410700MB1C847022',
  catalogNo: '38',
  window: '社保医保专区（一楼D区11—14号窗口）',
});

export const jyj = def({
  id: 'jyj',
  name: `${ZONE_NAME}教育局`,
  shortName: '教育局',
  phone: '0373-5581452',
  complaintPhone: HOTLINE,
  uscc: '114107000087626758',
  catalogNo: '05',
  window: '社会事务专区（一楼G区8—9号窗口）',
});

export const bdc = def({
  id: 'bdc',
  name: `${ZONE_NAME}不动产登记中心`,
  shortName: '不动产登记中心',
  phone: '0373-5581568',
  complaintPhone: '0373-5581560',
  uscc: '12410700MB1B30957Q',
  catalogNo: '64',
  window: '不动产登记专区（一楼J区1—12号窗口）',
  extraPlaces: [
    {
      name: '中国建设银行新乡开发区支行“不动产登记+金融服务”便民点',
      address: '河南省新乡市经济技术开发区新长南线168号',
      hours: '周一至周五 9:00—17:00（仅受理抵押登记、抵押注销登记）',
    },
  ],
});

export const gjj = def({
  id: 'gjj',
  name: `新乡市住房公积金管理中心${ZONE_NAME}管理部`,
  shortName: '公积金管理部',
  phone: '0373-5581677',
  complaintPhone: '12329',
  uscc: '12410700416125085E',
  catalogNo: '72',
  window: '住房公积金窗口（一楼D区15—17号窗口）',
});

/** All departments in catalog order. */
export const DEPARTMENT_DEFS: readonly DepartmentDef[] = [
  xzsp,
  scjg,
  zjj,
  zrzy,
  bdc,
  rsj,
  ybj,
  gaj,
  swj,
  wjw,
  sthj,
  jfj,
  jtj,
  yjj,
  mzj,
  jyj,
  gjj,
];
