import fs from 'node:fs';
import { printSchema, type GraphQLSchema } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { supergraphPath } from '../subgraphs/shared/graphql/sdl';

/**
 * The graph as clients see it: the API schema of schema/supergraph.graphql, without the join
 * directives and @inaccessible fields. The console's operations are typed and checked against it.
 */
export function apiSchema(sdl = fs.readFileSync(supergraphPath(), 'utf8')): GraphQLSchema {
  return Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
}

export function apiSchemaSdl(sdl?: string): string {
  return printSchema(apiSchema(sdl));
}
