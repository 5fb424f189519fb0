// The signed-in applicant's profile, shared by `me`, sign-in and the seed checks.
import { idCardBirthDate, idCardGender, maskIdCard, maskMobile } from '@yiwang/contract';
import type { Profile } from '@yiwang/contract';

/** A user as stored in `users.data` (the seed user without licenses). */
export interface StoredUser {
  id: string;
  kind: 'person' | 'enterprise';
  name: string;
  /** The identity number in the clear: seeded demo users only. */
  idCard?: string;
  /** The masked identity number of a user from an identity provider, who is never stored with it in the clear. */
  idCardMasked?: string;
  mobile?: string;
  email?: string;
  /** `role`: how the person signing in acts for it (法人 / 经办人), when the identity provider says so. */
  enterprise?: { name: string; uscc: string; legalPerson: string; role?: 'legal_person' | 'agent' };
  /** The person who signs in, when `name` is the enterprise an agent acts for. */
  personName?: string;
  /** What the identity provider says the user is. */
  userKind?: 'person' | 'enterprise_agent' | 'staff';
  /** 实名认证等级 as the identity provider codes it. */
  realNameLevel?: string | null;
  /** A staff member's department and roles. */
  staff?: { department: string; roles: string[] };
}

/** The applicant's profile: identity numbers masked for display, real values only in `prefill`. */
export function toProfile(user: StoredUser, now: Date): Profile {
  // The name that goes with the identity number: for an enterprise, its legal representative.
  const prefill: Profile['prefill'] = {
    name: user.personName ?? (user.kind === 'enterprise' ? (user.enterprise?.legalPerson ?? user.name) : user.name),
  };
  if (user.idCard) {
    prefill.idCard = user.idCard;
    const gender = idCardGender(user.idCard, now);
    const birthDate = idCardBirthDate(user.idCard, now);
    if (gender) prefill.gender = gender;
    if (birthDate) prefill.birthDate = birthDate;
  }
  if (user.mobile) prefill.mobile = user.mobile;
  if (user.email) prefill.email = user.email;
  if (user.enterprise) {
    prefill.enterpriseName = user.enterprise.name;
    prefill.uscc = user.enterprise.uscc;
    if (user.enterprise.legalPerson) prefill.legalPerson = user.enterprise.legalPerson;
  }
  return {
    id: user.id,
    kind: user.kind,
    name: user.name,
    idCardMasked: user.idCard ? maskIdCard(user.idCard) : (user.idCardMasked ?? null),
    mobileMasked: user.mobile ? maskMobile(user.mobile) : null,
    enterprise: user.enterprise
      ? {
          name: user.enterprise.name,
          usccMasked: maskIdCard(user.enterprise.uscc),
          legalPerson: user.enterprise.legalPerson,
          ...(user.enterprise.role ? { role: user.enterprise.role } : {}),
        }
      : null,
    prefill,
    ...(user.realNameLevel !== undefined ? { realNameLevel: user.realNameLevel } : {}),
    ...(user.staff ? { staff: user.staff } : {}),
  };
}
