// Handlers of the enterprises group: a person's own authorisations, and the
// 法人's management of the enterprise's 经办人. These act for the signed-in
// person whatever `Yiwang-Acting-For` says.
import type { GroupHandlers } from '../http/handler.ts';
import { HttpError, conflict, forbidden, invalid, notFound } from '../http/errors.ts';
import { newId } from '../domain/ids.ts';
import { actingRole, authorisationStatus, toAuthorisation } from './authorisations.ts';
import type { Services } from '../services.ts';
import {
  findAuthorisation,
  findPersonByIdNumberHash,
  insertAuthorisation,
  listAuthorisationsOfEnterprise,
  listAuthorisationsOfPerson,
  revokeAuthorisation,
  authorisationsFor,
} from './store.ts';

/** Only a live 法人 of the enterprise manages its 经办人. */
async function requireLegalPerson(services: Services, personId: string, enterpriseId: string, now: Date): Promise<void> {
  const role = await actingRole(services.db, personId, enterpriseId, now);
  if (role !== 'legal_person')
    throw forbidden({ zh: '只有企业法人可以管理经办人授权', en: 'Only the enterprise’s legal representative manages its agents' });
}

const enterprises: GroupHandlers<'enterprises'> = {
  async mine({ user, services, now }) {
    const rows = await listAuthorisationsOfPerson(services.db, user.personId);
    return { items: rows.map((a) => toAuthorisation(a, now)) };
  },

  async agents({ user, params, services, now }) {
    await requireLegalPerson(services, user.personId, params.enterpriseId, now);
    const rows = await listAuthorisationsOfEnterprise(services.db, params.enterpriseId);
    return { items: rows.map((a) => toAuthorisation(a, now)) };
  },

  async grantAgent({ user, params, body, services, now, locale }) {
    const { db } = services;
    await requireLegalPerson(services, user.personId, params.enterpriseId, now);
    let expiresAt = new Date(now.getTime() + services.config.agentAuthorisationTtlSeconds * 1000);
    if (body.expiresAt !== undefined) {
      expiresAt = new Date(body.expiresAt);
      if (expiresAt.getTime() <= now.getTime())
        throw invalid([{ path: 'body.expiresAt', message: locale === 'en' ? 'Must be in the future' : '必须晚于当前时间' }]);
    }
    // Matched as at sign-in: by the keyed hash of the identity number, and the name must agree.
    const person = await findPersonByIdNumberHash(db, await services.hashIdNumber(body.idNumber.toUpperCase()));
    if (!person || person.name !== body.name)
      throw notFound({
        zh: '未找到该姓名和身份证号的用户：被授权人需先登录一次本平台',
        en: 'No user with this name and identity number: the person must sign in here once first',
      });
    const current = await authorisationsFor(db, person.id, params.enterpriseId);
    if (current.some((a) => authorisationStatus(a, now) === 'live'))
      throw conflict({ zh: '该用户已获得本企业的有效授权', en: 'This person already holds a live authorisation for the enterprise' });
    const id = newId('auth');
    await insertAuthorisation(db, {
      id,
      personId: person.id,
      enterpriseId: params.enterpriseId,
      role: 'agent',
      source: 'grant',
      grantedAt: now,
      expiresAt,
      grantedBy: user.personId,
    });
    const row = await findAuthorisation(db, id);
    if (!row) throw new HttpError(500, 'INTERNAL', { zh: '授权未保存', en: 'The authorisation was not stored' });
    return toAuthorisation(row, now);
  },

  async revokeAgent({ user, params, services, now }) {
    await requireLegalPerson(services, user.personId, params.enterpriseId, now);
    const row = await findAuthorisation(services.db, params.authorisationId);
    // A 法人's own authorisation is the identity platform's to end, not another 法人's.
    if (!row || row.enterpriseId !== params.enterpriseId || row.role !== 'agent')
      throw notFound({ zh: '没有该经办人授权', en: 'No such agent authorisation' });
    if (!(await revokeAuthorisation(services.db, row.id, params.enterpriseId, now)))
      throw conflict({ zh: '该授权已撤销', en: 'This authorisation is already revoked' });
  },
};

/** Handlers of the enterprises group. */
export const enterpriseRoutes = { enterprises };
