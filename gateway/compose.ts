import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphSdl } from '../subgraphs/shared/graphql/sdl';

/**
 * The URLs written into the supergraph are the development defaults; the gateway replaces
 * them with COUNTY_URL / TOWNSHIP_URL at run time.
 */
export const DEFAULT_SUBGRAPH_URLS = {
  county: 'http://127.0.0.1:4001/graphql',
  township: 'http://127.0.0.1:4002/graphql',
} as const;

export function composeSupergraph(): string {
  const result = composeServices(
    (['county', 'township'] as const).map((name) => ({
      name,
      url: DEFAULT_SUBGRAPH_URLS[name],
      typeDefs: parse(subgraphSdl(name)),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
