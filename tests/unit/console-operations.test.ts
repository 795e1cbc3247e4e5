import fs from 'node:fs';
import { apiSchema } from '../../gateway/api-schema';
import { consoleCodegenConfig, generatedPath } from '../../scripts/console-codegen-config';
import { consoleOperations, operationProblems } from '../../scripts/console-operations';
import { generateInChild } from '../support/codegen-child';

/**
 * The pages' GraphQL operations (the console's, the dashboard it embeds, the tracking page's): each validates against the API schema of the committed
 * supergraph, and the types generated from them (npm run codegen) are up to date.
 */
const schema = apiSchema();

test('every page operation of the console validates against the supergraph', () => {
  const ops = consoleOperations();
  expect(ops.length).toBeGreaterThanOrEqual(6);
  expect(operationProblems(schema, ops)).toEqual([]);
});

test('the embedded dashboard and the tracking page are checked too', () => {
  const files = new Set(consoleOperations().map((op) => op.file));
  for (const f of ['gateway/web/src/dashboard/queries.ts', 'gateway/web/src/track/operations.graphql']) expect([...files]).toContain(f);
  const names = consoleOperations().flatMap((op) => [...op.document.matchAll(/\b(?:query|mutation|fragment) (\w+)/g)].map((m) => m[1]));
  expect(names).toEqual(expect.arrayContaining(['DashboardStatistics', 'DashboardStatus', 'DashboardWarnings', 'DashboardFigures', 'TrackCase', 'TrackView', 'SubmitReview']));
});

test('an operation asking for a field the graph does not have is reported', () => {
  const problems = operationProblems(schema, [{ file: 'x.ts', document: 'query Q { countyCases { total nodes { nickname } } }' }]);
  expect(problems).toEqual([expect.stringContaining('Cannot query field "nickname" on type "CountyCase"')]);
});

test('the generated operation types are up to date (run npm run codegen)', () => {
  const files = generateInChild(consoleCodegenConfig());
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect({ file: f.filename, content: fs.readFileSync(generatedPath(f.filename), 'utf8') }).toEqual({ file: f.filename, content: f.content });
}, 120_000);
