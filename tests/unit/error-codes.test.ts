import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every error code the graph can answer with is documented in README's table of codes. */

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'web' || e.name === 'node_modules' ? [] : sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Codes passed to appError/DomainError, set in `extensions: { code: '…' }`, or listed in the code unions. */
function codesInCode(): Set<string> {
  const codes = new Set<string>();
  const patterns = [/appError\(\s*'([A-Z_]+)'/g, /DomainError\(\s*'([A-Z_]+)'/g, /extensions:\s*\{[^}]*?\bcode: '([A-Z_]+)'/g];
  for (const file of [...sources(path.join(ROOT, 'subgraphs')), ...sources(path.join(ROOT, 'gateway'))]) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) codes.add(m[1]);
    for (const union of text.matchAll(/type (?:ErrorCode|DomainErrorCode|ExportErrorCode) =([^;]+);/g)) {
      for (const m of union[1].matchAll(/'([A-Z_]+)'/g)) codes.add(m[1]);
    }
  }
  return codes;
}

function codesInReadme(): Set<string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Error codes'), readme.indexOf('\n## ', readme.indexOf('## Error codes') + 1));
  return new Set([...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));
}

test('the scan finds the codes it should', () => {
  const codes = codesInCode();
  for (const c of ['BAD_USER_INPUT', 'NOT_DELEGABLE', 'RATE_LIMITED', 'IDEMPOTENCY_KEY_REUSED', 'MATERIALS_REQUIRED', 'INVALID_ID_NUMBER', 'EXPORT_TOO_MANY_ROWS']) expect(codes).toContain(c);
});

test('README documents every error code used in the code base', () => {
  const documented = codesInReadme();
  const missing = [...codesInCode()].filter((c) => !documented.has(c)).sort();
  expect(missing).toEqual([]);
});
