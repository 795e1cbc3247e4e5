import fs from 'node:fs';
import path from 'node:path';

/** The project root, found from this file's location so it works from sources and from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

export type SubgraphName = 'county' | 'township';

/**
 * The SDL files of a subgraph, in order: `<name>.graphql`, its feature files `<name>.<feature>.graphql`
 * (which `extend type Query` / `Mutation`), then the shared value types `common.graphql` and
 * `common.<feature>.graphql` that both subgraphs declare.
 */
function subgraphSdlFiles(name: SubgraphName): string[] {
  const dir = path.join(projectRoot(), 'schema');
  const all = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  const family = (prefix: string) => [`${prefix}.graphql`, ...all.filter((f) => f.startsWith(`${prefix}.`) && f !== `${prefix}.graphql`)];
  return [...family(name), ...family('common')].map((f) => path.join(dir, f));
}

/** Every hand-written SDL file (everything in schema/ except the generated supergraph). */
export function sourceSdlFiles(): string[] {
  const dir = path.join(projectRoot(), 'schema');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql') && f !== 'supergraph.graphql')
    .sort()
    .map((f) => path.join(dir, f));
}

/** A subgraph's SDL: its files concatenated. */
export function subgraphSdl(name: SubgraphName): string {
  return subgraphSdlFiles(name)
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}

export const supergraphPath = (): string => path.join(projectRoot(), 'schema', 'supergraph.graphql');
