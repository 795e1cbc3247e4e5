import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { apiSchemaSdl } from '../gateway/api-schema';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';

/** Where the staff console's sources and its generated operation types live. */
export const CONSOLE_DIR = 'gateway/web/src/console';
export const GENERATED_DIR = `${CONSOLE_DIR}/gql/`;
/** The other page sources whose operations are typed into the same generated folder. */
export const DASHBOARD_DIR = 'gateway/web/src/dashboard';
export const TRACK_DIR = 'gateway/web/src/track';
/** Every folder holding page operations: graphql()-tagged in .ts/.vue, or whole .graphql documents. */
export const PAGE_OPERATION_DIRS = [CONSOLE_DIR, DASHBOARD_DIR, TRACK_DIR] as const;

/**
 * GraphQL Code Generator's client preset over the pages' operations (the console's and the embedded
 * dashboard's graphql()-tagged ones, the tracking page's .graphql documents), typed
 * from the API schema of schema/supergraph.graphql. Enums become string unions (no runtime code).
 */
export function consoleCodegenConfig(): CodegenConfig {
  return {
    cwd: projectRoot(),
    schema: apiSchemaSdl(),
    documents: [
      `${CONSOLE_DIR}/**/*.ts`,
      `${CONSOLE_DIR}/**/*.vue`,
      `${DASHBOARD_DIR}/**/*.ts`,
      // The tracking page imports its documents from gql/graphql.ts (tree-shaken), not the graphql() map.
      `${TRACK_DIR}/**/*.graphql`,
      `!${GENERATED_DIR}**`,
    ],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [GENERATED_DIR]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: { DateTime: 'string', Date: 'string' },
        },
      },
    },
  };
}

export const generatedPath = (file: string): string => path.join(projectRoot(), file);
