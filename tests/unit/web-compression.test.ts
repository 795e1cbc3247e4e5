import { chooseEncoding } from '../../gateway/web-compression';

describe('Accept-Encoding negotiation', () => {
  const both = ['br', 'gzip'] as const;
  test('brotli before gzip when both are accepted alike', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('gzip, br', both)).toBe('br');
  });
  test('only what the build has', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
    expect(chooseEncoding('br, gzip', [])).toBeNull();
  });
  test('q-values decide; q=0 refuses; * covers what is not named', () => {
    expect(chooseEncoding('br;q=0.2, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseEncoding('br; q=1.0, gzip; q=0.5', both)).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBeNull();
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0.5, br;q=0', both)).toBe('gzip');
    expect(chooseEncoding('*;q=0', both)).toBeNull();
    expect(chooseEncoding('GZIP', both)).toBe('gzip');
    expect(chooseEncoding('x-gzip', both)).toBe('gzip');
  });
  test('identity when nothing usable is asked for; malformed weights count as refusals', () => {
    expect(chooseEncoding(undefined, both)).toBeNull();
    expect(chooseEncoding('', both)).toBeNull();
    expect(chooseEncoding('identity', both)).toBeNull();
    expect(chooseEncoding('deflate, zstd', both)).toBeNull();
    expect(chooseEncoding('br;q=abc, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=2, gzip;q=0.1', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0.001', both)).toBe('br');
    expect(chooseEncoding('br;q=1.2.3', both)).toBeNull();
    expect(chooseEncoding(['gzip', 'br;q=0'], both)).toBe('gzip');
  });
});
