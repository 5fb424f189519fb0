import { Session } from '@yiwang/contract';
import type { Caller } from './http.ts';
import { ok } from './http.ts';
import { signInThroughProvider } from '../helpers/identity-provider.ts';

/** Tokens of the reference server's demo users: A is the person, B the enterprise. */
export async function demoTokens(call: Caller): Promise<{ a: string; b: string }> {
  const signIn = async (userId: string) => ok(await call('POST', '/auth/demo-sign-in', { body: { userId } }), 200, Session).token;
  return { a: await signIn('demo-person'), b: await signIn('demo-enterprise') };
}

/**
 * Tokens of the demo staff: 受理 clerks of 市场监督管理局 (demo-staff, also a
 * reviewer) and 公安局 (demo-staff-gaj), 市场监督管理局's 制证 and 寄递 officer
 * (demo-staff-certificate) and a 公安局 reviewer (demo-staff-gaj-review).
 */
export async function demoStaffTokens(
  call: Caller,
): Promise<{ clerk: string; otherClerk: string; officer: string; otherReviewer: string }> {
  const signIn = async (userId: string) => ok(await call('POST', '/auth/demo-sign-in', { body: { userId } }), 200, Session).token;
  return {
    clerk: await signIn('demo-staff'),
    otherClerk: await signIn('demo-staff-gaj'),
    officer: await signIn('demo-staff-certificate'),
    otherReviewer: await signIn('demo-staff-gaj-review'),
  };
}

/**
 * The development identity provider's accounts for A (the seeded citizen 李文博),
 * B (an enterprise agent), and the 受理 clerks of two departments (王敏, 刘洋).
 */
export const PROVIDER_ACCOUNTS = {
  a: 'citizen-liwenbo',
  b: 'agent-sunlina',
  clerk: 'staff-wangmin',
  otherClerk: 'staff-liuyang',
  officer: 'staff-zhaolei',
  otherReviewer: 'staff-sunli',
} as const;

/**
 * Tokens of A and B signed in through an OpenID Connect provider with
 * authorization code + PKCE, as the public client `clientId` whose redirect URI
 * is `redirectUri`: the provider's access tokens for the API (`resource`).
 * Against `npm start`: issuer `<origin>/oidc`, client `yiwang-demo`, redirect
 * `<origin>/`, resource `urn:yiwang:api` (devProviderTarget).
 */
export function providerTokens(options: { issuer: string; clientId: string; redirectUri: string; resource: string }) {
  return async (): Promise<{ a: string; b: string }> => ({
    a: await signInThroughProvider({ ...options, accountId: PROVIDER_ACCOUNTS.a }),
    b: await signInThroughProvider({ ...options, accountId: PROVIDER_ACCOUNTS.b }),
  });
}

/** The development provider of a server started with `npm start` at `origin`, if it runs one. */
export async function devProviderAt(
  origin: string,
): Promise<{ issuer: string; clientId: string; redirectUri: string; resource: string } | null> {
  const issuer = `${origin}/oidc`;
  try {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!res.ok) return null;
    const metadata = (await res.json()) as { issuer?: unknown };
    if (metadata.issuer !== issuer) return null;
  } catch {
    return null;
  }
  return { issuer, clientId: 'yiwang-demo', redirectUri: `${origin}/`, resource: 'urn:yiwang:api' };
}
