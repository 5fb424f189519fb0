// The signed-in applicant's profile, shared by `me`, sign-in and the seed checks.
import { idCardBirthDate, idCardGender, maskIdCard, maskMobile } from '@yiwang/contract';
import type { Profile } from '@yiwang/contract';

/** A user as stored in `users.data` (the seed user without licenses). */
export interface StoredUser {
  id: string;
  kind: 'person' | 'enterprise';
  name: string;
  idCard?: string;
  mobile?: string;
  email?: string;
  enterprise?: { name: string; uscc: string; legalPerson: string };
}

/** The applicant's profile: identity numbers masked for display, real values only in `prefill`. */
export function toProfile(user: StoredUser, now: Date): Profile {
  // The name that goes with the identity number: for an enterprise, its legal representative.
  const prefill: Profile['prefill'] = { name: user.kind === 'enterprise' ? (user.enterprise?.legalPerson ?? user.name) : user.name };
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
    prefill.legalPerson = user.enterprise.legalPerson;
  }
  return {
    id: user.id,
    kind: user.kind,
    name: user.name,
    idCardMasked: user.idCard ? maskIdCard(user.idCard) : null,
    mobileMasked: user.mobile ? maskMobile(user.mobile) : null,
    enterprise: user.enterprise
      ? { name: user.enterprise.name, usccMasked: maskIdCard(user.enterprise.uscc), legalPerson: user.enterprise.legalPerson }
      : null,
    prefill,
  };
}
