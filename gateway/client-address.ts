import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** Where load balancers and reverse proxies live: loopback and private networks. */
const PROXY_NETWORKS = new BlockList();
PROXY_NETWORKS.addSubnet('127.0.0.0', 8, 'ipv4');
PROXY_NETWORKS.addSubnet('10.0.0.0', 8, 'ipv4');
PROXY_NETWORKS.addSubnet('172.16.0.0', 12, 'ipv4');
PROXY_NETWORKS.addSubnet('192.168.0.0', 16, 'ipv4');
PROXY_NETWORKS.addAddress('::1', 'ipv6');
PROXY_NETWORKS.addSubnet('fc00::', 7, 'ipv6');

/** '::ffff:10.0.0.5' → '10.0.0.5', so one client has one form. */
function plain(address: string): string {
  const a = address.trim();
  return a.toLowerCase().startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

function fromProxyNetwork(address: string): boolean {
  const kind = isIP(address);
  return kind !== 0 && PROXY_NETWORKS.check(address, kind === 4 ? 'ipv4' : 'ipv6');
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
 * The client a request comes from, as a key for per-client limits. Behind a load balancer the
 * socket peer is the balancer, so when the peer is on a loopback or private network the address
 * it appended to X-Forwarded-For (the last entry) is used instead; a client reaching the gateway
 * from the open internet cannot pick its key by sending that header itself.
 */
export function clientKey(req: IncomingMessage): string {
  let address = plain(req.socket.remoteAddress ?? 'unknown');
  const forwarded = req.headers['x-forwarded-for'];
  if (forwarded && fromProxyNetwork(address)) {
    const last = plain((Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').pop() ?? '');
    if (isIP(last)) address = last;
  }
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}
