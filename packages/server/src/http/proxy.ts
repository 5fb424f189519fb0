// Which peers are trusted reverse proxies (YIWANG_TRUST_PROXY), and what their
// forwarding headers say: the client's address (rate limits), whether the
// request came over https (HSTS), and its request id. A header from an
// untrusted peer is ignored, so a client cannot pick its own rate-limit bucket.
import { BlockList, isIP } from 'node:net';

export interface ProxyTrust {
  /** Whether the immediate peer (the socket's address; undefined without a socket) is a trusted proxy. */
  trusts(peer: string | undefined): boolean;
  /**
   * The client's address: walking `X-Forwarded-For` from the right (each proxy
   * appends the address it saw), the first one that is not a trusted proxy.
   */
  clientAddress(peer: string | undefined, forwardedFor: string | undefined): string | undefined;
}

/** Strips the IPv4-mapped IPv6 prefix and a port a proxy may have appended. */
function normalise(address: string): string {
  let a = address.trim();
  if (a.startsWith('[')) a = a.slice(1, a.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4) a = a.slice(7);
  return a;
}

/** `setting` as ServerConfig.trustProxy: false, true (one hop), a number of hops, or addresses and CIDR ranges. */
export function proxyTrust(setting: boolean | number | string[]): ProxyTrust {
  if (Array.isArray(setting)) {
    const list = new BlockList();
    for (const entry of setting) {
      const [address, prefix] = entry.split('/');
      const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4';
      if (!isIP(address ?? '')) throw new Error(`YIWANG_TRUST_PROXY: not an address or CIDR range: ${entry}`);
      if (prefix === undefined) list.addAddress(address!, family);
      else list.addSubnet(address!, Number(prefix), family);
    }
    const trusted = (address: string) => {
      const a = normalise(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 6 ? 'ipv6' : 'ipv4');
    };
    return {
      trusts: (peer) => peer !== undefined && trusted(peer),
      clientAddress(peer, forwardedFor) {
        if (peer === undefined) return undefined;
        if (!trusted(peer)) return normalise(peer);
        const chain = (forwardedFor ?? '').split(',').map(normalise).filter(Boolean);
        let address = normalise(peer);
        while (chain.length && trusted(address)) address = chain.pop()!;
        return address;
      },
    };
  }
  const hops = setting === true ? 1 : setting === false ? 0 : Math.max(0, Math.floor(setting));
  return {
    // Without a socket (a fetch handler called directly), the embedding service stands where the proxy would.
    trusts: () => hops > 0,
    clientAddress(peer, forwardedFor) {
      const chain = (forwardedFor ?? '').split(',').map(normalise).filter(Boolean);
      if (hops === 0 || chain.length === 0) return peer === undefined ? undefined : normalise(peer);
      // The peer is hop 1; each further trusted hop appended the address before it.
      return chain[Math.max(0, chain.length - hops)];
    },
  };
}
