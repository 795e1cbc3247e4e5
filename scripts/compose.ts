import fs from 'node:fs';
import { composeSupergraph } from '../gateway/compose';
import { supergraphPath } from '../subgraphs/shared/graphql/sdl';

/** Writes schema/supergraph.graphql from the subgraph SDL files, offline. */
const sdl = composeSupergraph();
fs.writeFileSync(supergraphPath(), sdl);
console.log(`wrote ${supergraphPath()} (${sdl.length} characters)`);
