import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { limitedFieldCount } from '../../gateway/rate-limit';
import { ConfigError, loadConfig } from '../../subgraphs/shared/config/env';

function count(source: string): number {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return limitedFieldCount(op.selectionSet, fragments);
}

test('counts each limited root field, aliases included', () => {
  expect(count(`mutation { fileComplaint(input: {}) { id } }`)).toBe(1);
  expect(count(`mutation { a: fileComplaint(input: {}) { id } b: fileComplaint(input: {}) { id } c: submitReview(input: {}) { id } }`)).toBe(3);
  expect(count(`mutation { createDepartment(input: {}) { id } }`)).toBe(0);
});

test('finds them inside inline fragments and fragment spreads, each spread once', () => {
  expect(count(`mutation { ... on Mutation { fileComplaint(input: {}) { id } } }`)).toBe(1);
  expect(count(`mutation { ...F ...F } fragment F on Mutation { fileComplaint(input: {}) { id } }`)).toBe(1);
});

test('PUBLIC_RATE_LIMIT_PER_MINUTE defaults to 10 and must be a whole number of at least 1', () => {
  expect(loadConfig({}).PUBLIC_RATE_LIMIT_PER_MINUTE).toBe(10);
  expect(loadConfig({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' }).PUBLIC_RATE_LIMIT_PER_MINUTE).toBe(3);
  for (const bad of ['0', '2.5', 'many']) {
    let problems: string[] = [];
    try {
      loadConfig({ PUBLIC_RATE_LIMIT_PER_MINUTE: bad });
    } catch (e) {
      if (e instanceof ConfigError) problems = e.problems;
    }
    expect(problems.some((p) => p.startsWith('PUBLIC_RATE_LIMIT_PER_MINUTE'))).toBe(true);
  }
});
