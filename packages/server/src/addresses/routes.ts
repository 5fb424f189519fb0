// Handlers of the address book, with smart paste (地址智能识别).
import type { Address, PostalAddress } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import type { Division, DivisionIndex } from '../divisions/divisions.ts';
import { toIso } from '../domain/time.ts';
import { newId } from '../domain/ids.ts';
import { conflict, invalid } from '../http/errors.ts';
import { parseAddress } from './address-parse.ts';
import { CHOOSE_ADDRESS_LEVEL, isAddressLevel, postalAddress } from './postal-address.ts';
import type { AddressFields } from './postal-address.ts';
import {
  countAddresses,
  deleteAddress,
  handDefaultToNewestOther,
  insertAddress,
  listAddresses,
  lockAddressBook,
  ownAddress,
  promoteNewest,
  unsetDefault,
  updateAddress,
} from './store.ts';
import type { AddressRow } from './store.ts';

/** An address book holds at most this many entries, like the big portals' (20–50). */
export const MAX_ADDRESSES = 50;

/** The division of an address: known, and a county or township (where EMS delivers to a door). */
function addressDivision(divisions: Pick<DivisionIndex, 'get'>, code: string): Division {
  const division = divisions.get(code);
  if (!division) {
    throw invalid([{ path: 'body.divisionCode', message: 'Unknown division code' }], {
      zh: '所选地区不存在，请重新选择',
      en: 'The chosen area does not exist; please choose again',
    });
  }
  if (!isAddressLevel(division.level)) {
    throw invalid([{ path: 'body.divisionCode', message: CHOOSE_ADDRESS_LEVEL.en }], CHOOSE_ADDRESS_LEVEL);
  }
  return division;
}

/** A checked address of the address book. */
function bookAddress(divisions: DivisionIndex, input: AddressFields): PostalAddress {
  const division = addressDivision(divisions, input.divisionCode);
  return postalAddress(divisions, { ...input, divisionCode: division.code });
}

function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    ...row.data,
    isDefault: row.is_default,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

const addresses: GroupHandlers<'addresses'> = {
  list: async ({ user, services }) => {
    const rows = await listAddresses(services.db, user.id);
    return { items: rows.map(toAddress) };
  },

  create: async ({ user, body, services, now }) => {
    const data = bookAddress(services.divisions, body);
    const id = newId('addr');
    const row = await services.db.transaction(async (tx) => {
      await lockAddressBook(tx, user.id);
      const existing = await countAddresses(tx, user.id);
      if (existing >= MAX_ADDRESSES) {
        throw conflict({
          zh: `地址簿最多保存 ${MAX_ADDRESSES} 个地址，请先删除不用的地址`,
          en: `The address book holds at most ${MAX_ADDRESSES} addresses; delete one first`,
        });
      }
      // The first address is the default; a new default replaces the old one.
      const isDefault = existing === 0 || body.isDefault === true;
      if (isDefault) await unsetDefault(tx, user.id, now, id);
      return insertAddress(tx, { id, userId: user.id, data, isDefault, now });
    });
    return toAddress(row);
  },

  update: async ({ user, params, body, services, now }) => {
    const row = await services.db.transaction(async (tx) => {
      await lockAddressBook(tx, user.id);
      const current = await ownAddress(tx, user.id, params.id);
      const data = bookAddress(services.divisions, body);
      // Omitted: unchanged. false on the default hands the default to the newest other
      // address; the only address stays the default (there is always one when any exist).
      let isDefault = body.isDefault ?? current.is_default;
      if (isDefault) await unsetDefault(tx, user.id, now, current.id);
      else if (current.is_default && !(await handDefaultToNewestOther(tx, user.id, current.id, now))) isDefault = true;
      return updateAddress(tx, current.id, data, isDefault, now);
    });
    return toAddress(row);
  },

  delete: async ({ user, params, services, now }) => {
    await services.db.transaction(async (tx) => {
      await lockAddressBook(tx, user.id);
      const current = await ownAddress(tx, user.id, params.id);
      await deleteAddress(tx, current.id);
      if (current.is_default) await promoteNewest(tx, user.id, now);
    });
  },

  parse: async ({ body, services }) => parseAddress(body.text, services.divisions),
};

/** Handlers of the addresses group. */
export const addressRoutes = { addresses };
