import type { IncomingMessage } from 'node:http';
import { isIP, type BlockList } from 'node:net';

export { trustedProxies } from '../subgraphs/shared/config/proxy-list';

/** '::ffff:10.0.0.5' → '10.0.0.5', so one client has one form. */
function plain(address: string): string {
  const a = address.trim();
  return a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const kind = isIP(address);
  return kind !== 0 && trusted.check(address, kind === 4 ? 'ipv4' : 'ipv6');
}

/** The first four groups of an IPv6 address: one subscriber usually holds a whole /64. */
function ipv6Prefix64(address: string): string {
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * The client a request comes from, as a key for per-client limits. X-Forwarded-For is read only
 * when the socket peer is a configured proxy, from the right: each trusted proxy vouches for the
 * entry before it, and the first entry not a trusted proxy is the client. Anyone else's header is
 * ignored, so a client cannot pick a fresh key per request.
 */
export function clientKey(req: IncomingMessage, trusted: BlockList): string {
  let address = plain(req.socket.remoteAddress ?? 'unknown');
  const forwarded = req.headers['x-forwarded-for'];
  if (forwarded && isTrusted(address, trusted)) {
    const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').map(plain).reverse();
    for (const hop of hops) {
      if (!isIP(hop)) break; // a malformed entry: keep the last address vouched for
      address = hop;
      if (!isTrusted(hop, trusted)) break;
    }
  }
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}
