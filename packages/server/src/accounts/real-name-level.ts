// 实名认证等级: an item may ask for a lowest real-name verification level
// (`minRealNameLevel`); the person signing in (also when acting for an
// enterprise) must hold at least that level, as the identity platform says it.
import type { ItemDetail } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { HttpError } from '../http/errors.ts';
import { findUser } from './store.ts';

const rank = (levels: readonly string[], level: string | null | undefined) =>
  level ? levels.findIndex((l) => l.toUpperCase() === level.toUpperCase()) : -1;

/**
 * Whether `current` is at least `required` in the order `levels` (lowest first).
 * No level, or one the order does not know, is below every level; a required
 * level the order does not know is met only by that same level.
 */
export function meetsRealNameLevel(levels: readonly string[], required: string, current: string | null | undefined): boolean {
  const need = rank(levels, required);
  if (need < 0) return !!current && current.toUpperCase() === required.toUpperCase();
  return rank(levels, current) >= need;
}

/** 403 `REAL_NAME_LEVEL_TOO_LOW` with the required and the current level as details. */
export function realNameLevelTooLow(required: string, current: string | null): HttpError {
  return new HttpError(
    403,
    'REAL_NAME_LEVEL_TOO_LOW',
    {
      zh: `办理该事项需要实名认证等级 ${required} 及以上，您当前为 ${current ?? '未认证'}。请先在统一身份认证平台提升实名认证等级，再重新登录办理`,
      en: `This item needs real-name verification level ${required} or higher; yours is ${current ?? 'none'}. Raise your level on the identity platform, then sign in again`,
    },
    {
      details: [
        { path: 'required', message: required },
        { path: 'current', message: current ?? '' },
      ],
    },
  );
}

/** Throws `realNameLevelTooLow` unless the person `personId` meets the item's `minRealNameLevel`. */
export async function requireRealNameLevel(
  q: Queryable,
  levels: readonly string[],
  item: Pick<ItemDetail, 'minRealNameLevel'>,
  personId: string,
): Promise<void> {
  const required = item.minRealNameLevel;
  if (!required) return;
  const current = (await findUser(q, personId))?.realNameLevel ?? null;
  if (!meetsRealNameLevel(levels, required, current)) throw realNameLevelTooLow(required, current);
}
