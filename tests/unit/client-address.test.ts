import type { IncomingMessage } from 'node:http';
import { clientKey } from '../../gateway/client-address';

const req = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

test('the socket peer is the client when nothing is in front of the gateway', () => {
  expect(clientKey(req('203.0.113.7'))).toBe('203.0.113.7');
  expect(clientKey(req('::ffff:203.0.113.7'))).toBe('203.0.113.7');
});

test('behind a proxy on a loopback or private address, the last X-Forwarded-For entry is the client', () => {
  expect(clientKey(req('10.1.2.3', '198.51.100.1, 203.0.113.7'))).toBe('203.0.113.7');
  expect(clientKey(req('::ffff:192.168.0.10', '203.0.113.8'))).toBe('203.0.113.8');
  expect(clientKey(req('127.0.0.1', 'not-an-address'))).toBe('127.0.0.1');
});

test('a client on the open internet cannot choose its key with the header', () => {
  expect(clientKey(req('203.0.113.7', '198.51.100.99'))).toBe('203.0.113.7');
});

test('an IPv6 client is counted by its /64', () => {
  expect(clientKey(req('2001:db8:abcd:12:1::5'))).toBe('2001:db8:abcd:12::/64');
  expect(clientKey(req('2001:0db8:abcd:0012:ffff:1:2:3'))).toBe('2001:db8:abcd:12::/64');
  expect(clientKey(req('2001:db8::1'))).toBe('2001:db8:0:0::/64');
});
