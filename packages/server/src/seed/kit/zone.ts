// The zone the seed catalog is published for: its division, its
// government-service center, and the department definition type.
import type { Place } from './types.ts';

/**
 * Division code the seed catalog is published under (GB/T 2260 county level).
 * 新乡经济技术开发区 is 410772 in the 2023 statistical division codes (410771 is
 * 新乡高新技术产业开发区).
 */
export const DIVISION_CODE = '410772';
/** The 12-digit division segment of an implementation code (实施编码). */
export const DIVISION_CODE_12 = `${DIVISION_CODE}000000`;
export const ZONE_NAME = '新乡经济技术开发区';
export const CENTER_NAME = `${ZONE_NAME}政务服务中心`;
export const CENTER_ADDRESS = '河南省新乡市经济技术开发区新长南线与经八路交叉口东北角 政务服务中心';
export const CENTER_HOURS =
  '周一至周五 上午8:30—12:00，下午14:30—17:30（6月1日—9月30日下午15:00—18:00）；周六上午9:00—12:00延时服务；法定节假日除外';
/** 12345 政务服务便民热线, the usual complaint line. */
export const HOTLINE = '12345';
/** When the catalog was last reviewed; departments may override. */
export const DEFAULT_UPDATED_AT = '2026-10-01T09:00:00+08:00';

/** A department as the seed defines it; `itemCount` is derived from the items. */
export interface DepartmentDef {
  id: string;
  name: string;
  shortName: string;
  /** 咨询电话 of the department's window. */
  phone: string;
  /** 监督投诉电话; `12345` where the department has no own line. */
  complaintPhone: string;
  /** The department's own 统一社会信用代码 (a government body: 11…; an institution: 12…). */
  uscc: string;
  /** Two digits used in the department's item base codes. */
  catalogNo: string;
  /** Where its applications are received. */
  places: Place[];
  updatedAt: string;
}

/** A window of the zone's government-service center. */
export function centerWindow(window: string, phone: string): Place {
  return { name: `${CENTER_NAME} ${window}`, address: CENTER_ADDRESS, hours: CENTER_HOURS, phone };
}
