import { execFileSync } from 'node:child_process';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { projectRoot } from '../../subgraphs/shared/graphql/sdl';

/**
 * Runs GraphQL Code Generator in a plain Node process and returns the files it would write (it
 * loads ES modules that Jest's module runtime cannot require). The config is plain data.
 */
export function generateInChild(config: CodegenConfig): { filename: string; content: string }[] {
  // Decoded as one text stream: a character split across two chunks must not become two bad ones.
  const script = `let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => require('@graphql-codegen/cli').generate(JSON.parse(input), false).then(
  (files) => process.stdout.write(JSON.stringify(files.map((f) => ({ filename: f.filename, content: f.content })))),
  (e) => { console.error(e && e.message ? e.message : e); process.exit(1); },
));`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: projectRoot(), input: JSON.stringify(config), maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8'));
}
