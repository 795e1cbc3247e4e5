import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { apiSchemaSdl } from '../gateway/api-schema';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';

/** Where the staff console's sources and its generated operation types live. */
export const CONSOLE_DIR = 'gateway/web/src/console';
export const GENERATED_DIR = `${CONSOLE_DIR}/gql/`;

/**
 * GraphQL Code Generator's client preset over the console's graphql()-tagged operations, typed
 * from the API schema of schema/supergraph.graphql. Enums become string unions (no runtime code).
 */
export function consoleCodegenConfig(): CodegenConfig {
  return {
    cwd: projectRoot(),
    schema: apiSchemaSdl(),
    documents: [`${CONSOLE_DIR}/**/*.ts`, `${CONSOLE_DIR}/**/*.vue`, `!${GENERATED_DIR}**`],
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
