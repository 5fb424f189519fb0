import { DEFAULT_MAX_EXTENSIONS } from '@yiwang/contract';
import { HOLIDAYS_CN, MAKEUP_WORKDAYS_CN } from './domain/holidays-cn.ts';
import { oidcConfigFromEnv, relyingPartyConfigFromEnv } from './identity/oidc-config.ts';
import type { OidcConfig, RelyingPartyConfig } from './identity/oidc-config.ts';
import type { LogFormat, LogLevel } from './http/log.ts';
import { LOG_LEVELS } from './http/log.ts';

/** Settings of the reference server; `configFromEnv` reads them from the environment. */
export interface ServerConfig {
  /** `postgres://…` to use a PostgreSQL server; otherwise embedded PGlite. */
  databaseUrl: string | null;
  /** PGlite data directory; null keeps the database in memory. */
  dataDir: string | null;
  port: number;
  /**
   * Origins allowed to call the API from a browser (CORS). `*` allows any; an
   * empty list allows none but the site's own (same-origin requests need no CORS).
   */
  corsOrigins: string[];
  /** Bearer token of the operator endpoints; null disables them. */
  operatorToken: string | null;
  /** Bearer token of the catalog administrator endpoints (imports, search statistics); null disables them. */
  adminToken: string | null;
  /** Secret that signs applicant tokens; null: one is generated and kept in the database. */
  tokenSecret: string | null;
  /**
   * The OpenID Connect issuer whose access tokens the API accepts (a provincial
   * unified identity service, or the development provider); null: only the
   * server's own session tokens.
   */
  oidc: OidcConfig | null;
  /**
   * The server as the issuer's relying party (`/auth/oidc/login`, `/auth/session`,
   * `/auth/logout`; Node only); null: no server-run sign-in. The development
   * provider sets one up for itself.
   */
  relyingParty: RelyingPartyConfig | null;
  /**
   * `npm start` only: run the development identity provider at `/oidc` on the
   * server's own port and accept its tokens, when no external issuer (`oidc`) is set.
   */
  devIdentityProvider: boolean;
  /** Key of the keyed hash under which identity numbers from tokens are stored for matching; null: generated and kept in the database. */
  identityHashKey: string | null;
  /** Lifetime of issued tokens, seconds. */
  tokenTtlSeconds: number;
  /**
   * Offer `POST /auth/demo-sign-in` for the seeded demo users: tests and the
   * in-browser mock, which have no identity provider. `npm start` leaves it off
   * (the demo site signs in through the development provider) unless
   * YIWANG_DEMO_SIGN_IN is on.
   */
  demoSignIn: boolean;
  /** Public holidays (`YYYY-MM-DD`) that are not working days. */
  holidays: string[];
  /** Weekend days that are working days (调休). */
  makeupWorkdays: string[];
  /** Anonymous progress queries: at most `max` per `windowSeconds` per client and number. */
  progressRateLimit: { max: number; windowSeconds: number };
  /** Largest upload, bytes. */
  maxUploadBytes: number;
  /**
   * Which peers are reverse proxies whose `X-Forwarded-For`, `X-Forwarded-Proto`
   * and `X-Request-Id` are believed: false none (the socket's address is the
   * client); true the immediate peer (one proxy); a number, that many proxies in
   * a chain; a list, peers at these addresses or CIDR ranges (`10.0.0.0/8`).
   * The client address (rate limits) is the nearest `X-Forwarded-For` entry that
   * is not a trusted proxy.
   */
  trustProxy: boolean | number | string[];
  /** Request and error logs: the least level written (`silent`: none) and the line format. */
  log: { level: LogLevel; format: LogFormat };
  /**
   * How long an Idempotency-Key whose request never finished (its process
   * stopped) makes retries wait (409 CONFLICT) before one may run it again, seconds.
   */
  idempotencyTimeoutSeconds: number;
  /**
   * Where uploaded files' content is kept: `db`, the `files` table (uploads are
   * held in memory up to `maxUploadBytes` while received); `fs`, the directory
   * `fileDir` (Node only; streamed to and from disk, shareable by several instances).
   */
  fileStore: 'db' | 'fs';
  /** The directory of the `fs` file store. */
  fileDir: string | null;
  /** Seed the catalog, forms and demo data into an empty database. */
  seed: boolean;
  /** JSON file replacing the built-in search dictionary (synonyms and fillers); null: built-in. */
  synonymsFile: string | null;
  /**
   * A JSON file of a later year's 放假安排 (`{ "source", "holidays", "makeupWorkdays" }`)
   * added to the holiday table at start (Node; domain/calendar-file.ts). Null: none.
   */
  calendarFile: string | null;
  /**
   * How long a 经办人 authorisation lasts, seconds: one the identity provider's
   * claims name without an expiry, and one a 法人 grants without one. A 法人's
   * own authorisation has no expiry.
   */
  agentAuthorisationTtlSeconds: number;
  /** 实名认证等级 codes from lowest to highest: an item's `minRealNameLevel` is compared in this order. */
  realNameLevels: string[];
  /** Working days an applicant has to answer a 补正 request when staff give none. */
  supplementWorkingDays: number;
  /**
   * What happens to a 补正 request left unanswered past its due date: `reject`
   * ends it (不予受理 in pre-review, a denial under review) on the notifier's
   * first tick after the due date (applications/expiry.ts), the applicant told;
   * `stay` leaves it open, flagged overdue.
   */
  supplementExpiry: 'reject' | 'stay';
  /** Working days from submission within which a 容缺 material deferred at submission is owed. */
  deferredWorkingDays: number;
  /**
   * Working days before a 容缺 material or a 补正 request is due at which the
   * applicant is reminded (each threshold once; a further reminder goes out the
   * day it becomes overdue). Default 3 and 1; empty: the overdue reminder only.
   */
  deferredReminderDays: number[];
  /**
   * Extensions (延期) of a case's time limit the lead department's reviewers may
   * grant: one by default (行政许可法 art. 42 allows one, approved by the head of
   * the department); 0 turns extensions off.
   */
  maxExtensions: number;
  /**
   * The department seals of result documents (制证): `keysDir` holds a PKCS#12
   * per department (`<department id>.p12`, passphrase in `<department id>.pass`
   * or `keyPassphrase`); null: development keys made on first use and kept in
   * the database. `font` is the CJK font file (.ttc/.otf/.ttf) whose subset the
   * PDF embeds (null: the fonts-noto-cjk paths); `fontName` picks the face of a collection.
   */
  seal: { keysDir: string | null; keyPassphrase: string | null; font: string | null; fontName: string };
  /**
   * Notifications (notify/): the Node server sends what the outbox holds every
   * `intervalMs` (0: never; tests call `dispatchDue`); a failed delivery is tried
   * again after `backoffMs`, doubling up to `maxBackoffMs`; a webhook receiver
   * has `webhookTimeoutMs` to answer. `devSmsInbox`: SMS go to the development
   * inbox (`GET /dev/inbox`) when no SMS adapter is passed in; false: no SMS channel.
   */
  notify: { intervalMs: number; backoffMs: number; maxBackoffMs: number; webhookTimeoutMs: number; devSmsInbox: boolean };
}

/** Defaults suited to a local demo; every one can be overridden. */
export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    databaseUrl: null,
    dataDir: null,
    port: 8080,
    corsOrigins: ['*'],
    operatorToken: null,
    adminToken: null,
    tokenSecret: null,
    oidc: null,
    relyingParty: null,
    devIdentityProvider: true,
    identityHashKey: null,
    tokenTtlSeconds: 8 * 3600,
    demoSignIn: true,
    holidays: HOLIDAYS_CN,
    makeupWorkdays: MAKEUP_WORKDAYS_CN,
    progressRateLimit: { max: 10, windowSeconds: 60 },
    maxUploadBytes: 20 * 1024 * 1024,
    idempotencyTimeoutSeconds: 60,
    fileStore: 'db',
    fileDir: null,
    trustProxy: false,
    // Embedding services and tests get warnings and errors; the bin and `npm start` log requests (configFromEnv).
    log: { level: 'warn', format: 'json' },
    seed: true,
    synonymsFile: null,
    calendarFile: null,
    agentAuthorisationTtlSeconds: 365 * 86400,
    realNameLevels: ['L1', 'L2', 'L3', 'L4'],
    supplementWorkingDays: 5,
    supplementExpiry: 'stay',
    deferredWorkingDays: 10,
    deferredReminderDays: [3, 1],
    maxExtensions: DEFAULT_MAX_EXTENSIONS,
    seal: { keysDir: null, keyPassphrase: null, font: null, fontName: 'NotoSerifCJKsc-Regular' },
    notify: { intervalMs: 5000, backoffMs: 30_000, maxBackoffMs: 3_600_000, webhookTimeoutMs: 10_000, devSmsInbox: true },
    ...overrides,
  };
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads the configuration from environment variables: PORT, DATABASE_URL,
 * YIWANG_DATA_DIR (default ./.data), YIWANG_CORS_ORIGINS (comma list; default * in development, none
 * when NODE_ENV=production), YIWANG_LOG (level, default info), YIWANG_LOG_FORMAT (json or pretty, default json;
 * the Node entries pick pretty for a terminal outside production when it is unset),
 * YIWANG_OPERATOR_TOKEN, YIWANG_ADMIN_TOKEN, YIWANG_TOKEN_SECRET, YIWANG_DEMO_SIGN_IN (default off),
 * YIWANG_HOLIDAYS / YIWANG_MAKEUP_WORKDAYS (comma lists replacing the built-in table),
 * YIWANG_CALENDAR_FILE (a JSON file of a later year's notice, added to the table),
 * YIWANG_TRUST_PROXY, YIWANG_FILE_STORE (`db` or `fs`), YIWANG_FILE_DIR, YIWANG_MAX_UPLOAD_MB (default 20),
 * YIWANG_IDEMPOTENCY_TIMEOUT (seconds, default 60), YIWANG_SEED (default on), YIWANG_SYNONYMS (search dictionary file),
 * YIWANG_OIDC_* and YIWANG_PUBLIC_ORIGIN, YIWANG_AUTH_RETURN_ORIGINS, YIWANG_SESSION_TTL (the identity provider and
 * the server's sign-in as its client: identity/oidc-config.ts), YIWANG_DEV_IDENTITY_PROVIDER (default on),
 * YIWANG_IDENTITY_HASH_KEY, YIWANG_AGENT_AUTHORISATION_DAYS (default 365), YIWANG_REAL_NAME_LEVELS
 * (comma list, lowest first; default L1,L2,L3,L4),
 * YIWANG_SUPPLEMENT_WORKING_DAYS (default 5), YIWANG_SUPPLEMENT_EXPIRY (`reject` or
 * `stay`, default stay), YIWANG_DEFERRED_WORKING_DAYS (容缺, default 10), YIWANG_DEFERRED_REMINDER_DAYS
 * (working days before a 容缺 or 补正 due date to remind at, comma list, default 3,1), YIWANG_MAX_EXTENSIONS
 * (延期 per case, default 1), YIWANG_SEAL_KEYS_DIR,
 * YIWANG_SEAL_KEY_PASSPHRASE, YIWANG_SEAL_FONT, YIWANG_SEAL_FONT_NAME (result document seals),
 * YIWANG_NOTIFY_INTERVAL_MS (default 5000; 0: no dispatch loop), YIWANG_NOTIFY_BACKOFF_MS (30000),
 * YIWANG_NOTIFY_MAX_BACKOFF_MS (3600000), YIWANG_WEBHOOK_TIMEOUT_MS (10000), YIWANG_DEV_SMS_INBOX (default on).
 */
export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  const flag = (v: string | undefined, fallback: boolean) => (v === undefined ? fallback : /^(1|true|yes|on)$/i.test(v));
  const production = env.NODE_ENV === 'production';
  return defaultConfig({
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.YIWANG_DATA_DIR || './.data',
    port: Number(env.PORT || 8080),
    // Any origin only in development: a production server names the sites that embed it.
    corsOrigins: env.YIWANG_CORS_ORIGINS !== undefined ? list(env.YIWANG_CORS_ORIGINS) : production ? [] : ['*'],
    operatorToken: env.YIWANG_OPERATOR_TOKEN || null,
    adminToken: env.YIWANG_ADMIN_TOKEN || null,
    tokenSecret: env.YIWANG_TOKEN_SECRET || null,
    oidc: oidcConfigFromEnv(env),
    relyingParty: relyingPartyConfigFromEnv(env),
    devIdentityProvider: flag(env.YIWANG_DEV_IDENTITY_PROVIDER, true),
    identityHashKey: env.YIWANG_IDENTITY_HASH_KEY || null,
    demoSignIn: flag(env.YIWANG_DEMO_SIGN_IN, false),
    ...(env.YIWANG_HOLIDAYS !== undefined ? { holidays: list(env.YIWANG_HOLIDAYS) } : {}),
    ...(env.YIWANG_MAKEUP_WORKDAYS !== undefined ? { makeupWorkdays: list(env.YIWANG_MAKEUP_WORKDAYS) } : {}),
    trustProxy: trustProxy(env.YIWANG_TRUST_PROXY),
    log: {
      level: logLevel(env.YIWANG_LOG),
      format: logFormat(env.YIWANG_LOG_FORMAT),
    },
    ...(env.YIWANG_FILE_STORE ? { fileStore: fileStoreKind(env.YIWANG_FILE_STORE) } : {}),
    fileDir: env.YIWANG_FILE_DIR || null,
    ...(env.YIWANG_IDEMPOTENCY_TIMEOUT
      ? { idempotencyTimeoutSeconds: seconds(env.YIWANG_IDEMPOTENCY_TIMEOUT, 'YIWANG_IDEMPOTENCY_TIMEOUT') }
      : {}),
    ...(env.YIWANG_MAX_UPLOAD_MB ? { maxUploadBytes: uploadLimit(env.YIWANG_MAX_UPLOAD_MB) } : {}),
    seed: flag(env.YIWANG_SEED, true),
    synonymsFile: env.YIWANG_SYNONYMS || null,
    calendarFile: env.YIWANG_CALENDAR_FILE || null,
    ...(env.YIWANG_AGENT_AUTHORISATION_DAYS ? { agentAuthorisationTtlSeconds: Number(env.YIWANG_AGENT_AUTHORISATION_DAYS) * 86400 } : {}),
    ...(env.YIWANG_REAL_NAME_LEVELS ? { realNameLevels: list(env.YIWANG_REAL_NAME_LEVELS) } : {}),
    ...(env.YIWANG_SUPPLEMENT_WORKING_DAYS ? { supplementWorkingDays: workingDays(env.YIWANG_SUPPLEMENT_WORKING_DAYS) } : {}),
    ...(env.YIWANG_SUPPLEMENT_EXPIRY ? { supplementExpiry: supplementExpiry(env.YIWANG_SUPPLEMENT_EXPIRY) } : {}),
    ...(env.YIWANG_DEFERRED_WORKING_DAYS ? { deferredWorkingDays: workingDays(env.YIWANG_DEFERRED_WORKING_DAYS) } : {}),
    ...(env.YIWANG_DEFERRED_REMINDER_DAYS !== undefined ? { deferredReminderDays: reminderDays(env.YIWANG_DEFERRED_REMINDER_DAYS) } : {}),
    ...(env.YIWANG_MAX_EXTENSIONS ? { maxExtensions: extensions(env.YIWANG_MAX_EXTENSIONS) } : {}),
    seal: {
      keysDir: env.YIWANG_SEAL_KEYS_DIR || null,
      keyPassphrase: env.YIWANG_SEAL_KEY_PASSPHRASE || null,
      font: env.YIWANG_SEAL_FONT || null,
      fontName: env.YIWANG_SEAL_FONT_NAME || 'NotoSerifCJKsc-Regular',
    },
    notify: {
      intervalMs: milliseconds(env.YIWANG_NOTIFY_INTERVAL_MS, 5000, 'YIWANG_NOTIFY_INTERVAL_MS', 0),
      backoffMs: milliseconds(env.YIWANG_NOTIFY_BACKOFF_MS, 30_000, 'YIWANG_NOTIFY_BACKOFF_MS', 1),
      maxBackoffMs: milliseconds(env.YIWANG_NOTIFY_MAX_BACKOFF_MS, 3_600_000, 'YIWANG_NOTIFY_MAX_BACKOFF_MS', 1),
      webhookTimeoutMs: milliseconds(env.YIWANG_WEBHOOK_TIMEOUT_MS, 10_000, 'YIWANG_WEBHOOK_TIMEOUT_MS', 1),
      devSmsInbox: flag(env.YIWANG_DEV_SMS_INBOX, true),
    },
  });
}

function workingDays(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 60) throw new Error(`Not a number of working days (1–60): ${v}`);
  return n;
}

/** YIWANG_DEFERRED_REMINDER_DAYS: a comma list of working days (0–60) before the due date, largest first once parsed. */
export function reminderDays(v: string): number[] {
  const days = list(v).map((s) => {
    const n = Number(s);
    if (!/^\d+$/.test(s) || n > 60) throw new Error(`YIWANG_DEFERRED_REMINDER_DAYS is a comma list of working days (0–60), not ${v}`);
    return n;
  });
  return [...new Set(days)].sort((a, b) => b - a);
}

function milliseconds(v: string | undefined, fallback: number, name: string, min: number): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} is a whole number of milliseconds (at least ${min}), not ${v}`);
  return n;
}

function extensions(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`YIWANG_MAX_EXTENSIONS is a number of extensions (0–10), not ${v}`);
  return n;
}

function supplementExpiry(v: string): 'reject' | 'stay' {
  if (v !== 'reject' && v !== 'stay') throw new Error(`YIWANG_SUPPLEMENT_EXPIRY is reject or stay, not ${v}`);
  return v;
}

/** YIWANG_TRUST_PROXY: off (default), on (one proxy), a number of proxies, or a comma list of addresses and CIDR ranges. */
export function trustProxy(v: string | undefined): boolean | number | string[] {
  const value = (v ?? '').trim();
  if (value === '' || /^(0|false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return list(value);
}

function logLevel(v: string | undefined): LogLevel {
  if (v === undefined || v === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(v)) throw new Error(`YIWANG_LOG is one of ${LOG_LEVELS.join(', ')}, not ${v}`);
  return v as LogLevel;
}

function logFormat(v: string | undefined): LogFormat {
  if (v === undefined || v === '') return 'json';
  if (v !== 'json' && v !== 'pretty') throw new Error(`YIWANG_LOG_FORMAT is json or pretty, not ${v}`);
  return v;
}

function fileStoreKind(v: string): 'db' | 'fs' {
  if (v !== 'db' && v !== 'fs') throw new Error(`YIWANG_FILE_STORE is db or fs, not ${v}`);
  return v;
}

function uploadLimit(v: string): number {
  const n = Number(v);
  if (!(n > 0 && n <= 1024)) throw new Error(`YIWANG_MAX_UPLOAD_MB is a number of megabytes (up to 1024), not ${v}`);
  return Math.round(n * 1024 * 1024);
}

function seconds(v: string, name: string): number {
  const n = Number(v);
  if (!(n > 0 && n <= 86400)) throw new Error(`${name} is a number of seconds (up to 86400), not ${v}`);
  return n;
}
