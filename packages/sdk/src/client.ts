import { routeNames } from '@yiwang/contract/route-names';
import { NetworkError } from './errors.ts';
import type { ClientConfig } from './config.ts';
import type { Client, ClientControls } from './types.ts';
import type * as TransportModule from './transport.ts';

export { newIdempotencyKey, parseRetryAfter } from './config.ts';
export type { ClientConfig, RetryConfig, TokenContext } from './config.ts';

type Transport = typeof TransportModule;
let transport: Promise<Transport> | undefined;

/**
 * The transport module (ky, the route table, the error mapping), loaded once;
 * a failed load is tried again at the next call (Node and browsers that follow
 * whatwg/html#10327 fetch it again; browsers that keep a failed module fetch
 * fail again until the page is reloaded).
 */
function loadTransport(): Promise<Transport> {
  transport ??= import('./transport.ts').catch((error: unknown) => {
    transport = undefined;
    throw error;
  });
  return transport;
}

/**
 * Creates a typed client with one method per endpoint of the contract. The
 * transport starts loading at once (a page's elements render meanwhile), or
 * once `preloadAfter` has settled; a call
 * made before it is in waits for it, and one whose transport cannot be fetched
 * ends in a `NetworkError` (the next call tries again).
 */
export function createClient(config: ClientConfig): Client {
  const base = config.baseUrl.replace(/\/+$/, '');
  let actingFor = config.actingFor ?? null;
  const state = {
    get actingFor() {
      return actingFor;
    },
  };
  let send: Promise<TransportModule.Send> | undefined;
  const sender = (): Promise<TransportModule.Send> => {
    send ??= loadTransport().then(
      (module) => module.createTransport(config, state),
      (error: unknown) => {
        send = undefined;
        throw error;
      },
    );
    return send;
  };
  // Fetched now (or once `preloadAfter` has settled) so that the first call does not wait for it.
  const preload = () => void sender().catch(() => {});
  if (config.preloadAfter) void Promise.resolve(config.preloadAfter).then(preload, preload);
  else preload();

  const client: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [group, members] of Object.entries(routeNames)) {
    const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [name, method] of Object.entries(members as Readonly<Record<string, string>>)) {
      methods[name] = (...args: unknown[]) =>
        sender().then(
          (call) => call(group, name, args),
          (error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error);
            throw new NetworkError(
              `${group}.${name}: could not load the SDK's transport (${reason})`,
              { endpoint: `${group}.${name}`, method, url: base },
              { cause: error },
            );
          },
        );
    }
    client[group] = Object.freeze(methods);
  }
  const controls: ClientControls = {
    setActingFor(id) {
      actingFor = id || null;
    },
    get actingFor() {
      return actingFor;
    },
  };
  Object.defineProperties(client, Object.getOwnPropertyDescriptors(controls));
  return Object.freeze(client) as unknown as Client;
}
