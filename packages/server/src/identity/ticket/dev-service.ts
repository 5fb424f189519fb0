// A simulated provincial ticket service (统一身份认证平台) for development and
// tests: real HTTP, and as strict as a real peer. Its login page lists demo
// accounts; choosing one starts a platform session (cookie) and returns a
// single-use ticket to the service URL, valid for 5 minutes and bound to the app
// and service it was issued for. Server-to-server calls are signed (app id,
// millisecond timestamp, nonce, hex HMAC-SHA256 of the canonical string):
// a wrong signature, a timestamp more than 5 minutes off or a nonce seen before
// are refused. Answers are province-style: HTTP 200 with a return code
// (`retcode`, `000000` for success), a message (`msg`) and `data`. The wire
// format is modelled on published provincial interfaces (e.g. DB37/T 3448.8)
// without being any one province's; `ticketConfigFor()` gives the adapter's
// configuration for it. Node-only; `npm start` mounts it at /dev-ticket.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { demoEnterprise, demoPerson } from '../../seed/users.ts';
import type { TicketConfigInput } from './config.ts';
import { hmacSigner, signaturesEqual } from './signature.ts';

/** A demo account: what the login page shows and the user-info record the platform returns. */
export interface DevTicketAccount {
  id: string;
  label: string;
  /** Field names as the platform's user-info interface has them. */
  info: Record<string, string>;
}

const enterprise = demoEnterprise.enterprise!;

/**
 * userType: 1 个人 (natural person), 2 法人 (legal-person account), 3 工作人员
 * (a department's staff, with deptCode and roleCodes: SL 受理, SC 审查, ZZ 制证,
 * JD 寄递, BMGL 部门管理员); authLevel: 实名认证等级 1–4; corpRole: 1 法定代表人,
 * 2 经办人; certType 111: 居民身份证.
 * Fictitious people; identity numbers pass the GB 11643 check, the USCC GB 32100.
 */
export const DEV_TICKET_ACCOUNTS: DevTicketAccount[] = [
  {
    id: 'P0001',
    label: `${demoPerson.name}（个人，实名等级 3）`,
    info: {
      userId: 'P0001',
      userType: '1',
      userName: demoPerson.name,
      certType: '111',
      certNo: demoPerson.idCard!,
      mobile: demoPerson.mobile,
      authLevel: '3',
    },
  },
  {
    id: 'P0002',
    label: '周晓燕（个人，实名等级 2）',
    info: {
      userId: 'P0002',
      userType: '1',
      userName: '周晓燕',
      certType: '111',
      certNo: '410721199508231625',
      mobile: '13937302586',
      authLevel: '2',
    },
  },
  {
    id: 'C0001',
    label: `${enterprise.legalPerson}（${enterprise.name} 法定代表人）`,
    info: {
      userId: 'C0001',
      userType: '2',
      userName: enterprise.legalPerson,
      certType: '111',
      certNo: demoEnterprise.idCard!,
      mobile: demoEnterprise.mobile,
      authLevel: '4',
      corpName: enterprise.name,
      creditCode: enterprise.uscc,
      legalName: enterprise.legalPerson,
      corpRole: '1',
    },
  },
  {
    id: 'C0002',
    label: `孙丽娜（${enterprise.name} 经办人）`,
    info: {
      userId: 'C0002',
      userType: '2',
      userName: '孙丽娜',
      certType: '111',
      certNo: '410721199203182842',
      mobile: '13782590614',
      authLevel: '3',
      corpName: enterprise.name,
      creditCode: enterprise.uscc,
      legalName: enterprise.legalPerson,
      corpRole: '2',
    },
  },
  {
    id: 'G0001',
    label: '王敏（市场监督管理局 工作人员：受理、审查）',
    info: {
      userId: 'G0001',
      userType: '3',
      userName: '王敏',
      certType: '111',
      certNo: '410702198511091017',
      mobile: '13603731258',
      authLevel: '4',
      deptCode: 'scjg',
      roleCodes: 'SL,SC',
    },
  },
];

/** The platform's return codes (返回码). */
export const DEV_TICKET_CODES = {
  OK: ['000000', '成功'],
  SIGNATURE_INVALID: ['100001', '签名验证失败'],
  TIMESTAMP_INVALID: ['100002', '时间戳超出有效范围'],
  NONCE_REPLAYED: ['100003', '请求重复（nonce 已使用）'],
  APP_UNKNOWN: ['100004', '应用未注册或参数缺失'],
  TICKET_INVALID: ['200001', '票据无效'],
  TICKET_USED: ['200002', '票据已使用'],
  TICKET_EXPIRED: ['200003', '票据已过期'],
  TOKEN_INVALID: ['300001', '令牌无效或已注销'],
  TOKEN_EXPIRED: ['300002', '令牌已过期'],
  BUSY: ['500001', '系统繁忙，请稍后再试'],
} as const;
type Answer = (typeof DEV_TICKET_CODES)[keyof typeof DEV_TICKET_CODES];

export interface DevTicketApp {
  appId: string;
  secret: string;
  /** Origins the app's service URLs may be on (the platform's registered domains). */
  serviceOrigins: string[];
}

export interface DevTicketServiceOptions {
  /** Where the service is mounted on its origin (default `/dev-ticket`). */
  basePath?: string;
  apps?: DevTicketApp[];
  /** Milliseconds since the epoch (tests move it). */
  now?: () => number;
  ticketTtlSeconds?: number;
  tokenTtlSeconds?: number;
  /** How far a request's timestamp may be from the platform's clock. */
  maxSkewSeconds?: number;
}

export interface DevTicketService {
  readonly app: Hono;
  readonly basePath: string;
  readonly accounts: DevTicketAccount[];
  registerApp(app: DevTicketApp): void;
  /** Test faults: the next user-info call answers with this return code. */
  faults: { userInfo: Answer | null };
  /** The adapter configuration for an app of this service running at `origin`. */
  ticketConfigFor(origin: string, app: Pick<DevTicketApp, 'appId' | 'secret'>): TicketConfigInput;
}

interface Ticket {
  appId: string;
  service: string;
  account: string;
  session: string;
  expiresAt: number;
  used: boolean;
}
interface Token {
  appId: string;
  account: string;
  session: string;
  expiresAt: number;
}

const SESSION_COOKIE = 'DEV_TYRZ_SESSION';
const sign = hmacSigner('sha256');
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export function createDevTicketService(options: DevTicketServiceOptions = {}): DevTicketService {
  const basePath = options.basePath ?? '/dev-ticket';
  const now = options.now ?? Date.now;
  const ticketTtl = (options.ticketTtlSeconds ?? 300) * 1000;
  const tokenTtl = (options.tokenTtlSeconds ?? 7200) * 1000;
  const maxSkew = (options.maxSkewSeconds ?? 300) * 1000;
  const apps = new Map((options.apps ?? []).map((a) => [a.appId, a]));
  const sessions = new Map<string, string>(); // platform session → account
  const tickets = new Map<string, Ticket>();
  const tokens = new Map<string, Token>();
  const nonces = new Map<string, number>(); // appId:nonce → when it may be forgotten
  const faults: DevTicketService['faults'] = { userInfo: null };
  const random = (prefix: string) => `${prefix}-${randomBytes(18).toString('base64url')}`;

  const registeredService = (appId: string, service: string) => {
    const app = apps.get(appId);
    if (!app) return false;
    try {
      const url = new URL(service);
      return app.serviceOrigins.includes(url.origin);
    } catch {
      return false;
    }
  };

  const page = (c: Context, title: string, body: string, status: 200 | 400 = 200) =>
    c.html(
      `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`,
      status,
    );

  const issueTicket = (c: Context, appId: string, service: string, session: string) => {
    const ticket = random('ST');
    tickets.set(ticket, { appId, service, account: sessions.get(session)!, session, expiresAt: now() + ticketTtl, used: false });
    const back = new URL(service);
    back.searchParams.set('ticket', ticket);
    return c.redirect(back.href, 302);
  };

  /** The request's parameters, whether in the query, a form or a JSON body. */
  const paramsOf = async (c: Context): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(c.req.query())) out[k] = v;
    const type = c.req.header('Content-Type') ?? '';
    if (/application\/json/i.test(type)) {
      const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
      for (const [k, v] of Object.entries(body)) if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
    } else if (/application\/x-www-form-urlencoded|multipart\/form-data/i.test(type)) {
      for (const [k, v] of Object.entries(await c.req.parseBody())) if (typeof v === 'string') out[k] = v;
    }
    return out;
  };

  const answer = (c: Context, [retcode, msg]: Answer, data: unknown = null) => c.json({ retcode, msg, data });

  /** Checks a server-to-server request as the platform does: app, timestamp window, nonce, signature. */
  const checkSigned = async (params: Record<string, string>): Promise<Answer | null> => {
    const { appId = '', timestamp = '', nonce = '', sign: given = '' } = params;
    const app = apps.get(appId);
    if (!app || !timestamp || !nonce || !given) return DEV_TICKET_CODES.APP_UNKNOWN;
    const { sign: _omit, ...signed } = params;
    if (!signaturesEqual(await sign(signed, app.secret), given)) return DEV_TICKET_CODES.SIGNATURE_INVALID;
    const at = Number(timestamp);
    if (!Number.isFinite(at) || Math.abs(now() - at) > maxSkew) return DEV_TICKET_CODES.TIMESTAMP_INVALID;
    for (const [key, until] of nonces) if (until < now()) nonces.delete(key);
    const key = `${appId}:${nonce}`;
    if (nonces.has(key)) return DEV_TICKET_CODES.NONCE_REPLAYED;
    nonces.set(key, now() + 2 * maxSkew);
    return null;
  };

  const app = new Hono();

  app.get('/login', (c) => {
    const appId = c.req.query('appId') ?? '';
    const service = c.req.query('service') ?? '';
    if (!registeredService(appId, service)) return page(c, '统一身份认证', '<p>应用未注册或回调地址不在登记的域名内。</p>', 400);
    const session = getCookie(c, SESSION_COOKIE);
    // Signed in at the platform already: single sign-on, straight back with a ticket.
    if (session && sessions.has(session)) return issueTicket(c, appId, service, session);
    const buttons = DEV_TICKET_ACCOUNTS.map(
      (a) => `<li><button type="submit" name="account" value="${escapeHtml(a.id)}">${escapeHtml(a.label)}</button></li>`,
    ).join('\n');
    return page(
      c,
      '统一身份认证（模拟）',
      `<p>开发和测试用的模拟省级统一身份认证平台。请选择演示账号登录。</p>
<form method="post" action="${escapeHtml(basePath)}/login">
<input type="hidden" name="appId" value="${escapeHtml(appId)}">
<input type="hidden" name="service" value="${escapeHtml(service)}">
<ul>
${buttons}
</ul>
</form>`,
    );
  });

  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const appId = typeof form.appId === 'string' ? form.appId : '';
    const service = typeof form.service === 'string' ? form.service : '';
    const account = DEV_TICKET_ACCOUNTS.find((a) => a.id === form.account);
    if (!registeredService(appId, service) || !account) return page(c, '统一身份认证', '<p>登录请求无效。</p>', 400);
    const session = random('TGT');
    sessions.set(session, account.id);
    setCookie(c, SESSION_COOKIE, session, { path: basePath, httpOnly: true, sameSite: 'Lax' });
    return issueTicket(c, appId, service, session);
  });

  app.post('/api/ticket/validate', async (c) => {
    const params = await paramsOf(c);
    const refused = await checkSigned(params);
    if (refused) return answer(c, refused);
    const ticket = tickets.get(params.ticket ?? '');
    if (!ticket || ticket.appId !== params.appId) return answer(c, DEV_TICKET_CODES.TICKET_INVALID);
    if (ticket.used) return answer(c, DEV_TICKET_CODES.TICKET_USED);
    // Single use: a ticket presented once is spent, whatever the outcome.
    ticket.used = true;
    if (ticket.expiresAt <= now()) return answer(c, DEV_TICKET_CODES.TICKET_EXPIRED);
    if (params.service !== undefined && params.service !== ticket.service) return answer(c, DEV_TICKET_CODES.TICKET_INVALID);
    if (!sessions.has(ticket.session)) return answer(c, DEV_TICKET_CODES.TICKET_INVALID);
    const token = random('AT');
    tokens.set(token, { appId: ticket.appId, account: ticket.account, session: ticket.session, expiresAt: now() + tokenTtl });
    return answer(c, DEV_TICKET_CODES.OK, { token, expiresIn: Math.floor(tokenTtl / 1000) });
  });

  app.post('/api/user/info', async (c) => {
    const params = await paramsOf(c);
    const refused = await checkSigned(params);
    if (refused) return answer(c, refused);
    if (faults.userInfo) {
      const fault = faults.userInfo;
      faults.userInfo = null;
      return answer(c, fault);
    }
    const token = tokens.get(params.token ?? '');
    if (!token || token.appId !== params.appId) return answer(c, DEV_TICKET_CODES.TOKEN_INVALID);
    if (token.expiresAt <= now()) return answer(c, DEV_TICKET_CODES.TOKEN_EXPIRED);
    const account = DEV_TICKET_ACCOUNTS.find((a) => a.id === token.account)!;
    return answer(c, DEV_TICKET_CODES.OK, { ...account.info });
  });

  app.get('/logout', (c) => {
    const session = getCookie(c, SESSION_COOKIE);
    if (session) {
      // Ends the platform session and every token issued under it.
      sessions.delete(session);
      for (const [key, token] of tokens) if (token.session === session) tokens.delete(key);
    }
    deleteCookie(c, SESSION_COOKIE, { path: basePath });
    const appId = c.req.query('appId') ?? '';
    const service = c.req.query('service') ?? '';
    if (registeredService(appId, service)) return c.redirect(service, 302);
    return page(c, '统一身份认证', '<p>您已退出统一身份认证平台。</p>');
  });

  return {
    app,
    basePath,
    accounts: DEV_TICKET_ACCOUNTS,
    faults,
    registerApp(entry) {
      apps.set(entry.appId, entry);
    },
    ticketConfigFor(origin, { appId, secret }) {
      const at = `${origin}${basePath}`;
      return {
        issuer: at,
        appId,
        loginUrl: `${at}/login?appId={appId}&service={service}`,
        logoutUrl: `${at}/logout?appId={appId}&service={service}`,
        exchange: { url: `${at}/api/ticket/validate` },
        userInfo: { url: `${at}/api/user/info` },
        signature: { scheme: 'hmac-sha256', secret },
        claims: DEV_TICKET_CLAIMS,
        realNameLevels: { '1': 'L1', '2': 'L2', '3': 'L3', '4': 'L4' },
      };
    },
  };
}

/** The simulated platform's user-info fields → profile fields. */
export const DEV_TICKET_CLAIMS: NonNullable<TicketConfigInput['claims']> = {
  name: 'userName',
  idNumber: 'certNo',
  mobile: 'mobile',
  realNameLevel: 'authLevel',
  userKind: 'userType',
  kindValues: { person: ['1'], enterprise_agent: ['2'], staff: ['3'] },
  enterpriseName: 'corpName',
  uscc: 'creditCode',
  legalPerson: 'legalName',
  agentRole: 'corpRole',
  agentRoleValues: { legal_person: ['1'], agent: ['2'] },
  department: 'deptCode',
  roles: 'roleCodes',
  roleValues: { intake: ['SL'], review: ['SC'], certificate: ['ZZ'], dispatch: ['JD'], department_admin: ['BMGL'] },
};
