import { generate } from '@graphql-codegen/cli';
import { consoleCodegenConfig, GENERATED_DIR } from './console-codegen-config';

/** Writes the console's operation types (npm run codegen); a test fails when they are stale. */
generate(consoleCodegenConfig(), true).then(
  (files: { filename: string }[]) => console.log(`wrote ${files.length} files into ${GENERATED_DIR}`),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
