import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../subgraphs/shared/graphql/sdl';

/**
 * Replaces one named section of BENCHMARKS.md (between `<!-- name -->` and `<!-- /name -->`),
 * so each benchmark script rewrites its own figures and leaves the others alone.
 */
export function writeBenchmarkSection(name: string, body: string): string {
  const file = path.join(projectRoot(), 'BENCHMARKS.md');
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\nEvery figure here was produced by the command shown with it, on the machine described.\n';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  text = i >= 0 && j > i ? text.slice(0, i) + section + text.slice(j + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, text);
  return file;
}
