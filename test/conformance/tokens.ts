import { Session } from '@yiwang/contract';
import type { Caller } from './http.ts';
import { ok } from './http.ts';

/** Tokens of the reference server's demo users: A is the person, B the enterprise. */
export async function demoTokens(call: Caller): Promise<{ a: string; b: string }> {
  const signIn = async (userId: string) => ok(await call('POST', '/auth/demo-sign-in', { body: { userId } }), 200, Session).token;
  return { a: await signIn('demo-person'), b: await signIn('demo-enterprise') };
}
