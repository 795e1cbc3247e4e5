import { generate } from '@graphql-codegen/cli';
import { consoleCodegenConfig, GENERATED_DIRS } from './console-codegen-config';
import { resolverCodegenConfig } from './resolver-codegen-config';

/**
 * Writes the console's operation types and each subgraph's resolver types (npm run codegen); a
 * test fails when either is stale.
 */
async function main(): Promise<void> {
  const client = await generate(consoleCodegenConfig(), true);
  console.log(`wrote ${client.length} files into ${GENERATED_DIRS.join(' and ')}`);
  const resolvers: { filename: string }[] = await generate(resolverCodegenConfig(), true);
  for (const f of resolvers) console.log(`wrote ${f.filename}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
