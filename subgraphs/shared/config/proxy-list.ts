import { BlockList, isIP } from 'node:net';

/** `TRUSTED_PROXIES`: the comma-separated addresses and CIDR blocks of the proxies in front of the gateway. */

/** One `TRUSTED_PROXIES` entry: an address or a CIDR block; undefined when it is neither. */
function parseEntry(entry: string): { address: string; prefix?: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address, prefixText, ...rest] = entry.trim().split('/');
  const kind = isIP(address);
  if (!kind || rest.length) return undefined;
  const family = kind === 4 ? 'ipv4' : 'ipv6';
  if (prefixText === undefined) return { address, family };
  const prefix = Number(prefixText);
  const max = kind === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefixText) && prefix <= max ? { address, prefix, family } : undefined;
}

/** The entries of a `TRUSTED_PROXIES` value that are neither an address nor a CIDR block. */
export function invalidProxyEntries(list: string): string[] {
  return list.split(',').filter((e) => e.trim() !== '' && !parseEntry(e)).map((e) => e.trim());
}

/** The proxies whose X-Forwarded-For the gateway believes (validated by the configuration). */
export function trustedProxies(list: string | undefined): BlockList {
  const trusted = new BlockList();
  for (const e of (list ?? '').split(',')) {
    const p = parseEntry(e);
    if (!p) continue;
    if (p.prefix === undefined) trusted.addAddress(p.address, p.family);
    else trusted.addSubnet(p.address, p.prefix, p.family);
  }
  return trusted;
}
