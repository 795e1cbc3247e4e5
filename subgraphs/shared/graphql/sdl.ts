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

/** `<prefix>.graphql`, then its feature files `<prefix>.<feature>.graphql`, in order. */
function sdlFamily(prefix: string): string[] {
  const dir = path.join(projectRoot(), 'schema');
  const all = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  return [`${prefix}.graphql`, ...all.filter((f) => f.startsWith(`${prefix}.`) && f !== `${prefix}.graphql`)].map((f) => path.join(dir, f));
}

/**
 * The SDL files of a subgraph, in order: `<name>.graphql`, its feature files `<name>.<feature>.graphql`
 * (which `extend type Query` / `Mutation`), then the shared value types `common.graphql` and
 * `common.<feature>.graphql` that both subgraphs declare.
 */
function subgraphSdlFiles(name: SubgraphName): string[] {
  return [...sdlFamily(name), ...sdlFamily('common')];
}

const concatenated = (files: string[]): string => files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');

/** The value types both subgraphs declare (schema/common*.graphql), on their own. */
export function commonSdl(): string {
  return concatenated(sdlFamily('common'));
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
  return concatenated(subgraphSdlFiles(name));
}

export const supergraphPath = (): string => path.join(projectRoot(), 'schema', 'supergraph.graphql');
