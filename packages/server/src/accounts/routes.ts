// Handlers of the applicant's account: demo sign-in, `me` and e-licenses.
import { LICENSE_TYPES } from '@yiwang/contract';
import type { License } from '@yiwang/contract';
import { staffOfUser } from '../identity/staff.ts';
import type { GroupHandlers } from '../http/handler.ts';
import { toIso } from '../domain/time.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { toProfile } from './profile.ts';
import { actingOptions } from '../enterprises/authorisations.ts';
import { listAuthorisationsOfPerson } from '../enterprises/store.ts';
import { findUser, listLicenses } from './store.ts';

// A valid token whose user is gone (database reset, user removed) is as good as none.
const unknownUser = () =>
  new HttpError(
    401,
    'UNAUTHORIZED',
    { zh: '登录已失效，请重新登录', en: 'Your session is no longer valid; please sign in again' },
    {
      headers: { 'WWW-Authenticate': 'Bearer' },
    },
  );

const licenseOrder = (l: License) => LICENSE_TYPES.indexOf(l.type);

const auth: GroupHandlers<'auth'> = {
  demoSignIn: async ({ body, services, now }) => {
    // Off: answer exactly like a route that does not exist.
    if (!services.config.demoSignIn) throw notFound({ zh: '接口不存在', en: 'No such endpoint' });
    const user = await findUser(services.db, body.userId);
    if (!user) throw notFound({ zh: '演示用户不存在', en: 'No such demo user' });
    const exp = Math.floor(now.getTime() / 1000) + services.config.tokenTtlSeconds;
    const token = await services.signer.sign({ sub: user.id, exp });
    return { token, expiresAt: toIso(exp * 1000), user: toProfile(user, now) };
  },
};

const me: GroupHandlers<'me'> = {
  // The profile of whom the request acts as (the enterprise when acting for one),
  // with the signed-in person and the enterprises they may switch to.
  get: async ({ user, services, now }) => {
    const stored = await findUser(services.db, user.id);
    if (!stored) throw unknownUser();
    const person = user.personId === user.id ? stored : await findUser(services.db, user.personId);
    if (!person) throw unknownUser();
    // Staff as the staff endpoints see them: the directory entry first, else the provider's claims.
    const staff = await staffOfUser(services.db, user.id);
    const { staff: _claimed, ...profile } = toProfile(stored, now);
    if (user.actingFor && profile.enterprise) profile.enterprise.role = user.actingFor.role;
    return {
      ...profile,
      ...(staff ? { staff: { department: staff.department, roles: staff.roles } } : {}),
      acting: {
        personId: user.personId,
        personName: person.personName ?? person.name,
        enterpriseId: user.actingFor?.enterpriseId ?? null,
        role: user.actingFor?.role ?? null,
      },
      enterprises: actingOptions(await listAuthorisationsOfPerson(services.db, user.personId), now),
    };
  },
};

const licenses: GroupHandlers<'licenses'> = {
  list: async ({ user, services }) => {
    const items = await listLicenses(services.db, user.id);
    // Identity documents first (the order of LICENSE_TYPES), newest first within a type.
    items.sort((a, b) => licenseOrder(a) - licenseOrder(b) || b.issuedOn.localeCompare(a.issuedOn) || a.id.localeCompare(b.id));
    return { items };
  },
};

/** Handlers of the auth, me and licenses groups. */
export const accountRoutes = { auth, me, licenses };
