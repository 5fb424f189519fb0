// Why a sign-in through the provincial ticket service failed, as a code the
// callback page shows with a message in Chinese and English. The platform's own
// return codes (返回码) are translated into these by the configuration
// (`response.errorCodes`).
import type { Message } from '../../http/errors.ts';

export const TICKET_ERROR_CODES = [
  'RETURN_TO_INVALID',
  'STATE_MISMATCH',
  'TICKET_MISSING',
  'TICKET_INVALID',
  'TICKET_USED',
  'TICKET_EXPIRED',
  'SIGNATURE_REJECTED',
  'USER_INFO_FAILED',
  'ACCOUNT_UNREADABLE',
  'PLATFORM_ERROR',
  'PLATFORM_UNAVAILABLE',
] as const;
export type TicketErrorCode = (typeof TICKET_ERROR_CODES)[number];

/** What each failure tells the user, and the HTTP status of the page that says it. */
export const TICKET_ERRORS: Record<TicketErrorCode, { status: 400 | 502 | 503; message: Message }> = {
  RETURN_TO_INVALID: {
    status: 400,
    message: { zh: '登录后返回的地址不在允许范围内', en: 'The address to return to after sign-in is not allowed' },
  },
  STATE_MISMATCH: {
    status: 400,
    message: {
      zh: '登录请求已失效或不是从本网站发起的，请重新登录',
      en: 'The sign-in request has lapsed or did not start on this site; please sign in again',
    },
  },
  TICKET_MISSING: {
    status: 400,
    message: { zh: '认证平台没有返回登录票据，请重新登录', en: 'The platform returned no sign-in ticket; please sign in again' },
  },
  TICKET_INVALID: { status: 400, message: { zh: '登录票据无效，请重新登录', en: 'The sign-in ticket is not valid; please sign in again' } },
  TICKET_USED: {
    status: 400,
    message: { zh: '登录票据已被使用，请重新登录', en: 'The sign-in ticket has already been used; please sign in again' },
  },
  TICKET_EXPIRED: {
    status: 400,
    message: { zh: '登录票据已过期，请重新登录', en: 'The sign-in ticket has expired; please sign in again' },
  },
  SIGNATURE_REJECTED: {
    status: 502,
    message: {
      zh: '认证平台拒绝了本网站的签名请求，请稍后再试或联系网站管理员',
      en: 'The identity platform refused this site’s signed request; try again later or contact the site’s administrator',
    },
  },
  USER_INFO_FAILED: {
    status: 502,
    message: {
      zh: '无法从认证平台获取用户信息，请重新登录',
      en: 'Your details could not be read from the identity platform; please sign in again',
    },
  },
  ACCOUNT_UNREADABLE: {
    status: 502,
    message: {
      zh: '认证平台返回的账号信息不完整，无法登录',
      en: 'The account details the identity platform returned are incomplete; sign-in is not possible',
    },
  },
  PLATFORM_ERROR: {
    status: 502,
    message: { zh: '认证平台返回了错误，请稍后再试', en: 'The identity platform returned an error; please try again later' },
  },
  PLATFORM_UNAVAILABLE: {
    status: 503,
    message: { zh: '认证平台暂时无法访问，请稍后再试', en: 'The identity platform cannot be reached; please try again later' },
  },
};

/** A failed ticket sign-in: the code, and for logs the platform's own code and message. */
export class TicketSignInError extends Error {
  readonly code: TicketErrorCode;
  /** The platform's return code, when it gave one. */
  readonly platformCode: string | null;
  constructor(code: TicketErrorCode, detail: string, options: { platformCode?: string | null; cause?: unknown } = {}) {
    super(`${code}: ${detail}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TicketSignInError';
    this.code = code;
    this.platformCode = options.platformCode ?? null;
  }
  get status(): 400 | 502 | 503 {
    return TICKET_ERRORS[this.code].status;
  }
  get text(): Message {
    return TICKET_ERRORS[this.code].message;
  }
}
