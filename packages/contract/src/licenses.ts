import { z } from './zod.ts';
import { DateString, Id } from './common.ts';

/** E-license (电子证照) types the platform can share instead of a paper material. */
export const LICENSE_TYPES = [
  'id_card', // 居民身份证
  'household_register', // 居民户口簿
  'business_license', // 营业执照
  'property_certificate', // 不动产权证书
  'marriage_certificate', // 结婚证
  'driving_license', // 机动车驾驶证
  'vehicle_license', // 机动车行驶证
  'social_security_card', // 社会保障卡
  'food_business_license', // 食品经营许可证
  'degree_certificate', // 学位证书
  'practice_certificate', // 执业证书
  'construction_permit', // 建筑工程施工许可证
  'planning_permit', // 建设工程规划许可证
  'project_filing', // 企业投资项目备案证明
  'birth_certificate', // 出生医学证明
] as const;
export const LicenseType = z.enum(LICENSE_TYPES);
export type LicenseType = z.infer<typeof LicenseType>;

/** One of the signed-in applicant's e-licenses. */
export const License = z.object({
  id: Id,
  type: LicenseType,
  /** The license's official name, e.g. 营业执照. */
  name: z.string(),
  /** License number, masked where it is an identity number. */
  number: z.string(),
  holder: z.string(),
  issuer: z.string(),
  issuedOn: DateString,
  validUntil: z.nullable(DateString),
  status: z.enum(['valid', 'expired', 'revoked']),
  /**
   * Structured fields a form may prefill from (e.g. `enterpriseName`, `uscc`,
   * `legalPerson`, `address` for a 营业执照). Values belong to the holder.
   */
  fields: z.record(z.string(), z.string()),
});
export type License = z.infer<typeof License>;

export const LicenseList = z.object({ items: z.array(License) });
