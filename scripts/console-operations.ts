import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { projectRoot } from '../subgraphs/shared/graphql/sdl';
import { GENERATED_DIRS, PAGE_OPERATION_DIRS } from './console-codegen-config';

export interface PageOperation {
  file: string;
  document: string;
}

const TAG = /graphql\(\s*`([^`]*)`\s*\)/g;

/**
 * Every page operation: each graphql()-tagged document in the pages' sources (.ts and .vue) and each
 * .graphql document, outside the generated folders.
 */
export function consoleOperations(dirs: readonly string[] = PAGE_OPERATION_DIRS.map((d) => path.join(projectRoot(), d))): PageOperation[] {
  const generated = new Set(GENERATED_DIRS.map((d) => path.join(projectRoot(), d)));
  const found: PageOperation[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (!generated.has(`${file}${path.sep}`)) walk(file);
      } else if (/\.(ts|vue)$/.test(entry.name)) {
        for (const m of fs.readFileSync(file, 'utf8').matchAll(TAG)) found.push({ file: path.relative(projectRoot(), file), document: m[1]! });
      } else if (entry.name.endsWith('.graphql')) {
        found.push({ file: path.relative(projectRoot(), file), document: fs.readFileSync(file, 'utf8') });
      }
    }
  };
  for (const d of dirs) walk(d);
  return found;
}

/** What is wrong with the operations against the schema, one line each; empty when all validate. */
export function operationProblems(schema: GraphQLSchema, ops: readonly PageOperation[]): string[] {
  const problems: string[] = [];
  const docs = ops.flatMap((op) => {
    try {
      return [parse(op.document)];
    } catch (e) {
      problems.push(`${op.file}: ${(e as Error).message}`);
      return [];
    }
  });
  // Fragments may be shared between files: validate all definitions together.
  const all = { kind: 'Document' as const, definitions: docs.flatMap((d) => d.definitions) };
  for (const e of validate(schema, all as never)) problems.push(e.message);
  return problems;
}
