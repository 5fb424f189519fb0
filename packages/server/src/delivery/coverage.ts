// EMS delivery coverage of results (快递送达) — the reference server's model.
//
// A real deployment replaces this with EMS's own coverage and time-limit API
// (EMS 寄递时限查询 / 服务范围查询); the model below only has to be plausible
// and deterministic, so that the address picker and the tests have something
// real to show:
// - every mainland division is covered (EMS reaches every county and township);
// - 香港 (81), 澳门 (82) and 台湾 (71) are not: the domestic results service of
//   the government-service center does not post there;
// - estimated days grow with the distance from where results are posted
//   (the zone's center in 新乡, 河南): same city 1–2, same province 1–3,
//   neighbouring provinces 2–4, remote 新疆/西藏/青海 5–8, elsewhere 3–5.
import type { Coverage } from '@yiwang/contract';
import type { Locale } from '../http/handler.ts';
import type { DivisionIndex } from '../divisions/divisions.ts';

/** Where results are posted from: the seed zone (county level), in 新乡市, 河南省. */
export const ORIGIN_DIVISION = '410772';

const NOT_SERVED = new Set(['71', '81', '82']);
/** Provinces bordering 河南: 河北, 山西, 安徽, 山东, 湖北, 陕西. */
const NEIGHBOURS = new Set(['13', '14', '34', '37', '42', '61']);
/** 新疆, 西藏, 青海: longest EMS transit times. */
const REMOTE = new Set(['65', '54', '63']);

type Days = { min: number; max: number };

/** Estimated delivery days from the origin to a division code, by the model above. */
export function estimateDays(code: string, origin: string = ORIGIN_DIVISION): Days {
  const province = code.slice(0, 2);
  if (code.slice(0, 4) === origin.slice(0, 4) && !code.endsWith('0000')) return { min: 1, max: 2 };
  if (province === origin.slice(0, 2)) return { min: 1, max: 3 };
  if (REMOTE.has(province)) return { min: 5, max: 8 };
  if (NEIGHBOURS.has(province)) return { min: 2, max: 4 };
  return { min: 3, max: 5 };
}

/** Whether EMS delivers results to a division; null when the code names no division. */
export function deliveryCoverage(code: string, divisions: Pick<DivisionIndex, 'get'>, locale: Locale): Coverage | null {
  const zh = locale === 'zh-CN';
  if (NOT_SERVED.has(code.slice(0, 2))) {
    return {
      divisionCode: code,
      covered: false,
      carrier: 'EMS',
      estimatedDays: null,
      message: zh
        ? '政务服务 EMS 快递送达仅限中国大陆地区，港澳台地区请选择窗口领取或联系办理部门'
        : 'EMS delivery of results covers mainland China only; for Hong Kong, Macao and Taiwan please collect the result in person or contact the department',
    };
  }
  if (!divisions.get(code)) return null;
  const days = estimateDays(code);
  return {
    divisionCode: code,
    covered: true,
    carrier: 'EMS',
    estimatedDays: days,
    message: zh ? `EMS 快递送达，预计 ${days.min}–${days.max} 天` : `Delivered by EMS in about ${days.min}–${days.max} days`,
  };
}
