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

/** A subgraph's SDL: its own file with the shared value types of common.graphql appended. */
export function subgraphSdl(name: SubgraphName): string {
  const dir = path.join(projectRoot(), 'schema');
  return `${fs.readFileSync(path.join(dir, `${name}.graphql`), 'utf8')}\n${fs.readFileSync(path.join(dir, 'common.graphql'), 'utf8')}`;
}

export const supergraphPath = (): string => path.join(projectRoot(), 'schema', 'supergraph.graphql');
