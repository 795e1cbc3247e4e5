import type { IncomingMessage } from 'node:http';
import { clientKey, trustedProxies } from '../../gateway/client-address';
import { invalidProxyEntries } from '../../subgraphs/shared/config/proxy-list';

const req = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

const none = trustedProxies('');
const balancer = trustedProxies('10.1.2.3, 192.168.0.0/24');

test('the socket peer is the client when nothing is in front of the gateway', () => {
  expect(clientKey(req('203.0.113.7'), none)).toBe('203.0.113.7');
  expect(clientKey(req('::ffff:203.0.113.7'), none)).toBe('203.0.113.7');
});

test('by default no proxy is trusted: a private or loopback peer cannot choose its key with the header', () => {
  for (const peer of ['10.1.2.3', '192.168.0.10', '127.0.0.1', '::1']) {
    expect(clientKey(req(peer, '203.0.113.7'), none)).toBe(clientKey(req(peer), none));
  }
});

test('behind a configured proxy, the last X-Forwarded-For entry is the client', () => {
  expect(clientKey(req('10.1.2.3', '198.51.100.1, 203.0.113.7'), balancer)).toBe('203.0.113.7');
  expect(clientKey(req('::ffff:192.168.0.10', '203.0.113.8'), balancer)).toBe('203.0.113.8');
  expect(clientKey(req('10.1.2.3', 'not-an-address'), balancer)).toBe('10.1.2.3');
});

test('a chain of configured proxies is walked from the right to the first address that is not one', () => {
  expect(clientKey(req('10.1.2.3', '203.0.113.7, 192.168.0.5'), balancer)).toBe('203.0.113.7');
  // A client's own forged entries to the left of the real one change nothing.
  expect(clientKey(req('10.1.2.3', '198.51.100.99, 203.0.113.7, 192.168.0.5'), balancer)).toBe('203.0.113.7');
});

test('a peer on another private address than the configured proxies is not believed', () => {
  expect(clientKey(req('10.9.9.9', '198.51.100.99'), balancer)).toBe('10.9.9.9');
  expect(clientKey(req('203.0.113.7', '198.51.100.99'), balancer)).toBe('203.0.113.7');
});

test('an IPv6 client is counted by its /64', () => {
  expect(clientKey(req('2001:db8:abcd:12:1::5'), none)).toBe('2001:db8:abcd:12::/64');
  expect(clientKey(req('2001:0db8:abcd:0012:ffff:1:2:3'), none)).toBe('2001:db8:abcd:12::/64');
  expect(clientKey(req('2001:db8::1'), none)).toBe('2001:db8:0:0::/64');
  expect(clientKey(req('fd00::1', '2001:db8:abcd:12::9'), trustedProxies('fd00::/64'))).toBe('2001:db8:abcd:12::/64');
});

test('TRUSTED_PROXIES entries must be addresses or CIDR blocks', () => {
  expect(invalidProxyEntries('10.0.0.1, 10.0.0.0/8, ::1, fd00::/7')).toEqual([]);
  expect(invalidProxyEntries('10.0.0.0/33, proxy.local, 10.0.0.1/8/1, ::1/129')).toEqual(['10.0.0.0/33', 'proxy.local', '10.0.0.1/8/1', '::1/129']);
});
