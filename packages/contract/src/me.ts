import { z } from './zod.ts';
import { Id, Timestamp } from './common.ts';
import { PROFILE_FIELDS } from './forms.ts';
import { ActingAs, ActingOption } from './enterprises.ts';

/** The signed-in applicant. Identity numbers are masked for display. */
export const Profile = z.object({
  id: Id,
  kind: z.enum(['person', 'enterprise']),
  /** Display name, e.g. the person's name or the enterprise's name. */
  name: z.string(),
  idCardMasked: z.nullable(z.string()),
  mobileMasked: z.nullable(z.string()),
  enterprise: z.nullable(
    z.object({
      name: z.string(),
      usccMasked: z.string(),
      legalPerson: z.string(),
      /**
       * How the signed-in person acts for the enterprise, when the identity
       * provider says so: its 法人 (`legal_person`) or an authorised 经办人 (`agent`).
       */
      role: z.optional(z.enum(['legal_person', 'agent'])),
    }),
  ),
  /**
   * The applicant's own verified values, for prefilling forms (never shown in
   * lists). Keys are profile fields; missing keys are unknown.
   */
  prefill: z.partialRecord(z.enum(PROFILE_FIELDS), z.string()),
  /**
   * 实名认证等级 as the identity provider codes it (null: it says none). Absent
   * for users who did not sign in through a provider, and from older servers.
   */
  realNameLevel: z.optional(z.nullable(z.string())),
  /**
   * A staff member's department (a catalog department id) and roles (`StaffRole`s),
   * from the staff directory or the identity provider's claims; absent for applicants.
   */
  staff: z.optional(z.object({ department: z.string(), roles: z.array(z.string()) })),
  /**
   * Who the request acts as: the signed-in person, and the enterprise when it
   * carried `Yiwang-Acting-For`. Then the profile above is the enterprise's.
   * Absent from older servers.
   */
  acting: z.optional(ActingAs),
  /** Enterprises the signed-in person may act for (live authorisations). Absent from older servers. */
  enterprises: z.optional(z.array(ActingOption)),
});
export type Profile = z.infer<typeof Profile>;

/**
 * Demo users the reference server seeds: a citizen, an enterprise, and four
 * staff members: `demo-staff` (市场监督管理局, 受理 and 审查), `demo-staff-gaj`
 * (公安局, 受理), `demo-staff-certificate` (市场监督管理局, 制证 and 寄递) and
 * `demo-staff-gaj-review` (公安局, 审查).
 */
export const DEMO_USERS = [
  'demo-person',
  'demo-enterprise',
  'demo-staff',
  'demo-staff-gaj',
  'demo-staff-certificate',
  'demo-staff-gaj-review',
] as const;

/** Body of the reference server's demo sign-in; a real platform signs in through its own SSO. */
export const DemoSignIn = z.object({ userId: z.enum(DEMO_USERS) });

export const Session = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  user: Profile,
});
export type Session = z.infer<typeof Session>;
