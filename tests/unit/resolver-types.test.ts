import fs from 'node:fs';
import { generatedPath } from '../../scripts/console-codegen-config';
import { COMMON_RESOLVER_TYPES_FILE, resolverCodegenConfig, resolverTypesFile } from '../../scripts/resolver-codegen-config';
import { generateInChild } from '../support/codegen-child';

/**
 * Each subgraph's resolver maps are typed with types generated from its own SDL (npm run codegen);
 * the committed files must be what the generator writes from the SDL as it stands.
 */
let files: { filename: string; content: string }[];
beforeAll(() => {
  files = generateInChild(resolverCodegenConfig());
}, 120_000);

test('the generated resolver types are up to date (run npm run codegen)', () => {
  expect(files.map((f) => f.filename).sort()).toEqual([COMMON_RESOLVER_TYPES_FILE, resolverTypesFile('county'), resolverTypesFile('township')].sort());
  for (const f of files) expect({ file: f.filename, content: fs.readFileSync(generatedPath(f.filename), 'utf8') }).toEqual({ file: f.filename, content: f.content });
});

test('the resolver types follow the SDL each subgraph serves, federation keys included', () => {
  const county = files.find((f) => f.filename === resolverTypesFile('county'))!;
  expect(county.content).toContain("import type { CountyContext } from '../../context';");
  expect(county.content).toMatch(/export type CountyCaseResolvers<[^>]*FederationReferenceTypes\['CountyCase'\]/);
  expect(county.content).toContain('__resolveReference?: ReferenceResolver<');
  // A type owned by the township subgraph is resolved at the county from its key alone.
  expect(county.content).toMatch(/EntityRef as \w+/);
});
