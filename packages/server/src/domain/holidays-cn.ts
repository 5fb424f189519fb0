// China's official public holidays and 调休 make-up working days, as the State
// Council General Office announces them each year (国务院办公厅关于20xx年部分节假日
// 安排的通知). Working-day deadlines (办结时限) count only working days, so the
// table matters: a deployment can replace it with `config.holidays` /
// `config.makeupWorkdays` (env YIWANG_HOLIDAYS / YIWANG_MAKEUP_WORKDAYS, comma
// lists of YYYY-MM-DD) without a code change, and must add each new year's
// notice when it is published (usually in November or December).

/** Expands an inclusive range of dates in one month: `days('2025-10', 1, 8)`. */
function days(month: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d++) out.push(`${month}-${String(d).padStart(2, '0')}`);
  return out;
}

// 2025: 国务院办公厅关于2025年部分节假日安排的通知 (published November 2024).
const HOLIDAYS_2025 = [
  '2025-01-01', // 元旦
  ...days('2025-01', 28, 31), // 春节 1/28–2/4
  ...days('2025-02', 1, 4),
  ...days('2025-04', 4, 6), // 清明节
  ...days('2025-05', 1, 5), // 劳动节
  '2025-05-31', // 端午节 5/31–6/2
  ...days('2025-06', 1, 2),
  ...days('2025-10', 1, 8), // 国庆节、中秋节
];
const MAKEUP_2025 = [
  '2025-01-26', // 周日上班（春节）
  '2025-02-08', // 周六上班（春节）
  '2025-04-27', // 周日上班（劳动节）
  '2025-09-28', // 周日上班（国庆节）
  '2025-10-11', // 周六上班（国庆节）
];

// 2026: 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04).
const HOLIDAYS_2026 = [
  ...days('2026-01', 1, 3), // 元旦
  ...days('2026-02', 15, 23), // 春节
  ...days('2026-04', 4, 6), // 清明节
  ...days('2026-05', 1, 5), // 劳动节
  ...days('2026-06', 19, 21), // 端午节
  ...days('2026-09', 25, 27), // 中秋节
  ...days('2026-10', 1, 7), // 国庆节
];
const MAKEUP_2026 = [
  '2026-01-04', // 周日上班（元旦）
  '2026-02-14', // 周六上班（春节）
  '2026-02-28', // 周六上班（春节）
  '2026-05-09', // 周六上班（劳动节）
  '2026-09-20', // 周日上班（国庆节）
  '2026-10-10', // 周六上班（国庆节）
];

/** Public holidays (`YYYY-MM-DD`, Beijing dates) of 2025 and 2026 that are not working days. */
export const HOLIDAYS_CN: string[] = [...HOLIDAYS_2025, ...HOLIDAYS_2026];

/** Weekend days of 2025 and 2026 that are working days (调休上班). */
export const MAKEUP_WORKDAYS_CN: string[] = [...MAKEUP_2025, ...MAKEUP_2026];
