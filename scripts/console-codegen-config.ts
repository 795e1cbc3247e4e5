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
export const TRACK_GENERATED_DIR = `${TRACK_DIR}/gql/`;
export const PORTAL_DIR = 'gateway/web/src/portal';
export const PORTAL_GENERATED_DIR = `${PORTAL_DIR}/gql/`;
/** The folders codegen writes (never scanned for operations). */
export const GENERATED_DIRS = [GENERATED_DIR, TRACK_GENERATED_DIR, PORTAL_GENERATED_DIR] as const;
/** Every folder holding page operations: graphql()-tagged in .ts/.vue, or whole .graphql documents. */
export const PAGE_OPERATION_DIRS = [CONSOLE_DIR, DASHBOARD_DIR, TRACK_DIR, PORTAL_DIR] as const;

/**
 * GraphQL Code Generator's client preset over the pages' operations (the console's and the embedded
 * dashboard's graphql()-tagged ones into console/gql/, the tracking page's .graphql documents into
 * track/gql/), typed
 * from the API schema of schema/supergraph.graphql. Enums become string unions (no runtime code).
 */
export function consoleCodegenConfig(): CodegenConfig {
  const output = (documents: string[]) => ({
    documents,
    preset: 'client' as const,
    presetConfig: { fragmentMasking: false },
    config: {
      enumsAsTypes: true,
      useTypeImports: true,
      scalars: { DateTime: 'string', Date: 'string' },
    },
  });
  return {
    cwd: projectRoot(),
    schema: apiSchemaSdl(),
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [GENERATED_DIR]: output([`${CONSOLE_DIR}/**/*.ts`, `${CONSOLE_DIR}/**/*.vue`, `${DASHBOARD_DIR}/**/*.ts`, `!${GENERATED_DIR}**`]),
      // The tracking page is a light page of its own: its types and documents only, not the console's.
      [TRACK_GENERATED_DIR]: output([`${TRACK_DIR}/**/*.graphql`]),
      // The public portal likewise: its own graphql()-tagged operations only.
      [PORTAL_GENERATED_DIR]: output([`${PORTAL_DIR}/**/*.ts`, `${PORTAL_DIR}/**/*.vue`, `!${PORTAL_GENERATED_DIR}**`]),
    },
  };
}

export const generatedPath = (file: string): string => path.join(projectRoot(), file);
