// The development identity provider: panva's `oidc-provider` (OpenID
// Certified) with the demo accounts, run in-process by `npm start` and by the
// tests. It issues JWT access tokens for the API's audience (resource
// indicators, RFC 8707) after an authorization-code + PKCE sign-in; its sign-in
// page lists the demo accounts instead of asking for a password. Node-only:
// wired from node.ts and test/helpers, never from the app.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { errors } from 'oidc-provider';
import type { ClientMetadata, Configuration, JWK } from 'oidc-provider';
import { DEV_ACCOUNTS } from './accounts.ts';
import type { DevAccount } from './accounts.ts';

export interface DevProviderOptions {
  /** The issuer URL; its path is where the provider is mounted (`http://localhost:8080/oidc`). */
  issuer: string;
  /** The API's resource indicator: the `aud` of the access tokens. */
  audience: string;
  /** Further resource servers tokens may be requested for. */
  otherResources?: string[];
  clients: ClientMetadata[];
  /** Private signing keys (JWK); one RSA key is generated when omitted. */
  keys?: JWK[];
  accessTokenTtlSeconds?: number;
  accounts?: DevAccount[];
}

export interface DevProvider {
  readonly issuer: string;
  /** The path the provider answers under (`/oidc`), or '' at the root. */
  readonly mountPath: string;
  /** Handles a request for a path under `mountPath`. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The private signing keys, the one in use first. */
  readonly keys: JWK[];
  /** Starts signing with a new key; the old one stays published. Returns the new key's `kid`. */
  rotateKeys(): string;
}

/** A fresh RSA signing key as a private JWK. */
export function generateSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

const SCOPE_CLAIMS = {
  openid: ['sub'],
  profile: ['name'],
  email: ['email'],
  phone: ['phone_number'],
  identity: [
    'id_number',
    'real_name_level',
    'user_kind',
    'enterprise_name',
    'enterprise_uscc',
    'enterprise_legal_person',
    'department',
    'roles',
  ],
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The provider's own pages: no script, no style, nothing loaded. */
const PAGE_CSP = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}（开发环境）</title></head>
<body><main>
<h1>${escapeHtml(title)}（开发环境）</h1>
${body}
</main></body></html>`;
}

function signInPage(action: string, accounts: DevAccount[], client: string): string {
  const buttons = accounts
    .map((a) => `<li><button type="submit" name="account" value="${escapeHtml(a.id)}">${escapeHtml(a.label)}</button></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>统一身份认证（开发环境）</title></head>
<body><main>
<h1>统一身份认证（开发环境）</h1>
<p>${escapeHtml(client)} 请求登录。选择一个演示账号：</p>
<form method="post" action="${escapeHtml(action)}"><ul>
${buttons}
</ul></form>
</main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16 * 1024) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function createDevProvider(options: DevProviderOptions): DevProvider {
  const accounts = options.accounts ?? DEV_ACCOUNTS;
  const resources = new Set([options.audience, ...(options.otherResources ?? [])]);
  const mountPath = new URL(options.issuer).pathname.replace(/\/$/, '');
  const cookieKeys = [randomBytes(32).toString('base64url')];
  let keys = options.keys ?? [generateSigningKey()];

  const configuration = (): Configuration => ({
    clients: options.clients,
    jwks: { keys },
    cookies: { keys: cookieKeys },
    scopes: ['openid', 'profile', 'email', 'phone', 'identity', 'api'],
    claims: SCOPE_CLAIMS,
    pkce: { required: () => true },
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 3600,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      IdToken: 3600,
    },
    async findAccount(_ctx, id) {
      const account = accounts.find((a) => a.id === id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account.claims }) };
    },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    // The demo clients are first-party: consent is granted with the sign-in.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const accountId = oidc.session?.accountId;
      if (!oidc.client || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client.clientId);
      const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      const grant = existing ?? new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId });
      grant.addOIDCScope('openid profile email phone identity');
      for (const resource of resources) grant.addResourceScope(resource, 'api');
      await grant.save();
      return grant;
    },
    // The API learns who the user is from the access token itself (it is not the issuer's userinfo audience).
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !('accountId' in token) || !token.accountId) return undefined;
      return accounts.find((a) => a.id === token.accountId)?.claims;
    },
    features: {
      devInteractions: { enabled: false },
      // RP-initiated logout with pages of our own (the defaults load a web font), under a strict policy.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.set('Content-Security-Policy', PAGE_CSP);
          ctx.type = 'html';
          ctx.body = page(
            '退出登录',
            `<p>是否退出统一身份认证平台的登录？</p>${form}
<p><button type="submit" form="op.logoutForm" value="yes" name="logout" autofocus>退出登录</button>
<button type="submit" form="op.logoutForm">保持登录</button></p>`,
          );
        },
        postLogoutSuccessSource(ctx) {
          ctx.set('Content-Security-Policy', PAGE_CSP);
          ctx.type = 'html';
          ctx.body = page('已退出登录', '<p>您已退出统一身份认证平台的登录。</p>');
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, resourceIndicator) {
          if (!resources.has(resourceIndicator)) throw new errors.InvalidTarget();
          return {
            scope: 'api',
            audience: resourceIndicator,
            accessTokenTTL: options.accessTokenTtlSeconds ?? 3600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
  });

  let provider = new Provider(options.issuer, configuration());
  let listener = provider.callback();

  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new errors.SessionNotFound('interaction mismatch');
    if (req.method === 'POST') {
      const account = (await readForm(req)).get('account');
      if (!account || !accounts.some((a) => a.id === account)) {
        res.statusCode = 400;
        res.end('unknown account');
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
      return;
    }
    const client = await provider.Client.find(String(details.params.client_id));
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.end(signInPage(`${mountPath}/interaction/${uid}`, accounts, client?.clientName ?? String(details.params.client_id)));
  };

  return {
    issuer: options.issuer,
    mountPath,
    get keys() {
      return keys;
    },
    handle(req, res) {
      const url = req.url ?? '/';
      const uid = new RegExp(`^${mountPath}/interaction/([A-Za-z0-9_-]+)$`).exec(url.split('?')[0]!)?.[1];
      if (uid) {
        interaction(req, res, uid).catch((error: unknown) => {
          if (!res.headersSent) res.statusCode = error instanceof errors.SessionNotFound ? 400 : 500;
          res.end(error instanceof errors.SessionNotFound ? 'sign-in session not found or expired' : 'error');
          if (!(error instanceof errors.SessionNotFound)) console.error('dev identity provider:', error);
        });
        return;
      }
      // As express and koa-mount do: the provider sees the path below its mount point, and the full one as originalUrl.
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = url.slice(mountPath.length) || '/';
      void listener(req, res);
    },
    rotateKeys() {
      const fresh = generateSigningKey();
      keys = [fresh, ...keys];
      provider = new Provider(options.issuer, configuration());
      listener = provider.callback();
      return fresh.kid!;
    },
  };
}
