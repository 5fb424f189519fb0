// Settings of a provincial ticket service (统一身份认证, CAS-like): where its
// login and logout pages are, how the ticket is exchanged for a token and the
// token for the user's information, how requests are signed, and which fields
// of its answers mean what. A province's interface is mapped here, by
// configuration; what configuration cannot say goes into an adapter module
// (adapter.ts, `TicketAdapterModule`).
import type { ClaimsMapping } from '../claims.ts';
import { claimsMapping } from '../claims.ts';
import type { TicketErrorCode } from './errors.ts';

/** One server-to-server call to the platform. */
export interface TicketCall {
  url: string;
  method: 'GET' | 'POST';
  /** How parameters travel: in the query string, as an HTML form body, or as a JSON body. */
  encoding: 'query' | 'form' | 'json';
  /** The parameter that carries the ticket (exchange) or the platform's token (user info). */
  param: string;
  /** Constant parameters added to every request (e.g. `{"grantType": "ticket"}`); signed with the rest. */
  extraParams: Record<string, string>;
}

export interface TicketSignatureConfig {
  /**
   * `hmac-sha256`: hex HMAC-SHA256 of the canonical string under the secret;
   * `hmac-sm3`: the same with SM3 (GB/T 32905); `module`: the adapter module's `sign`.
   * The canonical string is `k1=v1&k2=v2…` over every parameter but the signature,
   * keys in ASCII order, empty values left out.
   */
  scheme: 'hmac-sha256' | 'hmac-sm3' | 'module';
  /** The secret the platform issued with the app id (keep it out of files: `YIWANG_TICKET_SECRET`). */
  secret: string;
  appIdParam: string;
  timestampParam: string;
  /** `ms`: milliseconds since the epoch (Java's `System.currentTimeMillis()`), `s`: seconds. */
  timestampUnit: 'ms' | 's';
  nonceParam: string;
  signatureParam: string;
  /** Upper-case hex (some platforms compare case-sensitively). */
  uppercase: boolean;
}

/** Where the platform's answers keep what: dotted paths into the JSON. */
export interface TicketResponseMapping {
  /** The return code (返回码) field and the codes that mean success. */
  codeField: string;
  successCodes: string[];
  messageField: string;
  /** The token in the ticket-exchange answer, and its lifetime in seconds (optional). */
  tokenField: string;
  expiresInField: string;
  /** The user record in the user-info answer ('' : the answer itself). */
  userField: string;
  /** The account's stable id at the platform (with the issuer, it names the user here). */
  subjectField: string;
  /** The platform's return codes that mean something the user can act on; other codes are `PLATFORM_ERROR`. */
  errorCodes: Record<string, TicketErrorCode>;
}

export interface TicketConfig {
  /** Names the platform in `user_identities` (issuer + subject); default: the login URL's origin. */
  issuer: string;
  /** The app id (应用标识 / appKey) the platform registered this site under. */
  appId: string;
  /**
   * The platform's login page. `{service}` becomes this server's callback URL
   * (URL-encoded), `{appId}` the app id, e.g.
   * `https://tyrz.example.gov.cn/login?appId={appId}&service={service}`.
   */
  loginUrl: string;
  /** The platform's logout page, with `{service}` (where to come back) and `{appId}`; null: none. */
  logoutUrl: string | null;
  /** The query parameter in which the platform returns the ticket to the callback. */
  ticketParam: string;
  /** Send the callback URL (the `service` the ticket was issued for) with the exchange, CAS-style, in this parameter; null: not sent. */
  serviceParam: string | null;
  exchange: TicketCall;
  userInfo: TicketCall;
  signature: TicketSignatureConfig;
  response: TicketResponseMapping;
  /** User-info fields → profile fields (the same mapping as OpenID Connect claims). */
  claims: ClaimsMapping;
  /** The platform's real-name level codes (实名认证等级) → the codes this server stores (e.g. `{"3": "L3"}`); unlisted codes are kept as they are. */
  realNameLevels: Record<string, string>;
  /** Absolute origins `returnTo` may point at besides this server's own (the department sites). */
  returnToOrigins: string[];
  /** This server's public origin for the callback URL (behind a proxy); null: the request's origin. */
  publicOrigin: string | null;
  /** The adapter module's path (the escape hatch), resolved against the configuration file. */
  module: string | null;
  /** Milliseconds a platform call may take. */
  timeoutMs: number;
}

/** What a configuration file may leave out: everything with a default. */
export type TicketConfigInput = Pick<TicketConfig, 'appId' | 'loginUrl'> & {
  issuer?: string;
  logoutUrl?: string | null;
  ticketParam?: string;
  serviceParam?: string | null;
  exchange: Pick<TicketCall, 'url'> & Partial<TicketCall>;
  userInfo: Pick<TicketCall, 'url'> & Partial<TicketCall>;
  signature?: Partial<TicketSignatureConfig>;
  response?: Partial<TicketResponseMapping>;
  claims?: Partial<ClaimsMapping>;
  realNameLevels?: Record<string, string>;
  returnToOrigins?: string[];
  publicOrigin?: string | null;
  module?: string | null;
  timeoutMs?: number;
};

/**
 * The platform's usual return codes (modelled on provincial interfaces such as
 * DB37/T 3448.8 appendix D.1; a deployment lists its own in `response.errorCodes`).
 */
export const DEFAULT_ERROR_CODES: Record<string, TicketErrorCode> = {
  '100001': 'SIGNATURE_REJECTED',
  '100002': 'SIGNATURE_REJECTED',
  '100003': 'SIGNATURE_REJECTED',
  '100004': 'SIGNATURE_REJECTED',
  '200001': 'TICKET_INVALID',
  '200002': 'TICKET_USED',
  '200003': 'TICKET_EXPIRED',
  '300001': 'USER_INFO_FAILED',
  '300002': 'USER_INFO_FAILED',
};

/** A configuration with the defaults filled in. */
export function ticketConfig(input: TicketConfigInput): TicketConfig {
  const call = (c: TicketConfigInput['exchange'], param: string): TicketCall => ({
    method: 'POST',
    encoding: 'form',
    param,
    extraParams: {},
    ...c,
  });
  const config: TicketConfig = {
    issuer: input.issuer ?? new URL(input.loginUrl.replace(/\{[A-Za-z]+\}/g, '')).origin,
    appId: input.appId,
    loginUrl: input.loginUrl,
    logoutUrl: input.logoutUrl ?? null,
    ticketParam: input.ticketParam ?? 'ticket',
    serviceParam: input.serviceParam === undefined ? 'service' : input.serviceParam,
    exchange: call(input.exchange, 'ticket'),
    userInfo: call(input.userInfo, 'token'),
    signature: {
      scheme: 'hmac-sha256',
      secret: '',
      appIdParam: 'appId',
      timestampParam: 'timestamp',
      timestampUnit: 'ms',
      nonceParam: 'nonce',
      signatureParam: 'sign',
      uppercase: false,
      ...input.signature,
    },
    response: {
      codeField: 'retcode',
      successCodes: ['000000'],
      messageField: 'msg',
      tokenField: 'data.token',
      expiresInField: 'data.expiresIn',
      userField: 'data',
      subjectField: 'userId',
      ...input.response,
      errorCodes: { ...DEFAULT_ERROR_CODES, ...input.response?.errorCodes },
    },
    claims: claimsMapping(input.claims),
    realNameLevels: input.realNameLevels ?? {},
    returnToOrigins: (input.returnToOrigins ?? []).map((o) => new URL(o).origin),
    publicOrigin: input.publicOrigin ? new URL(input.publicOrigin).origin : null,
    module: input.module ?? null,
    timeoutMs: input.timeoutMs ?? 10_000,
  };
  if (!config.appId) throw new Error('The ticket service configuration needs appId');
  if (!config.loginUrl.includes('{service}')) throw new Error('The ticket service loginUrl must contain {service}');
  if (config.signature.scheme !== 'module' && !config.signature.secret)
    throw new Error('The ticket service signature needs a secret (YIWANG_TICKET_SECRET)');
  return config;
}
