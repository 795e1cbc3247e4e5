import { GraphQLError, Kind, valueFromASTUntyped, type DocumentNode, type FieldNode } from 'graphql';
import { fieldsOf, operationOf, responseName, type Fragments } from './selections';
import { KEY_ROOTS } from './key-roots';

const TIER_NAMES: Record<string, string> = { county: '县级服务暂不可用', township: '乡镇服务暂不可用' };

/** SERVICE_UNAVAILABLE at one path, naming the tier that could not answer. */
export function unavailableError(service: string, path: (string | number)[]): GraphQLError {
  return new GraphQLError(`The ${service} service cannot be reached right now; the rest of the answer is complete (${TIER_NAMES[service] ?? '部分服务暂不可用'})`, {
    path,
    extensions: { code: 'SERVICE_UNAVAILABLE', service },
  });
}

export interface SubgraphAnswer {
  data: Record<string, unknown>;
  errors: GraphQLError[];
}

/**
 * What an unreachable subgraph "answers" to one fetch of the query plan: null for every field it
 * would have resolved, with SERVICE_UNAVAILABLE at that field's path, so the gateway places each
 * error where the client sees the gap. Explicit nulls (not missing fields) let a later fetch that
 * requires them still run and say what it cannot compute. Key-only roots (KEY_ROOTS) keep their key.
 */
export function unreachableAnswer(service: string, document: DocumentNode, variables: Record<string, unknown> = {}): SubgraphAnswer {
  const { operation, fragments } = operationOf(document);
  const data: Record<string, unknown> = {};
  const errors: GraphQLError[] = [];
  if (!operation) return { data, errors: [unavailableError(service, [])] };
  for (const field of fieldsOf(operation.selectionSet, fragments)) {
    const name = responseName(field);
    if (field.name.value === '__typename' || name in data) continue;
    if (field.name.value === '_entities') {
      const representations = (argument(field, 'representations', variables) as { __typename?: string }[] | undefined) ?? [];
      data[name] = representations.map((r, i) => nullFields(field, fragments, r.__typename ?? '', [name, i], service, errors));
      continue;
    }
    const keyRoot = operation.operation === 'query' ? KEY_ROOTS[field.name.value] : undefined;
    const key = keyRoot?.key(arguments_(field, variables));
    if (keyRoot && key) {
      data[name] = { __typename: keyRoot.typename, ...nullFields(field, fragments, keyRoot.typename, [name], service, errors, key) };
      continue;
    }
    data[name] = null;
    errors.push(unavailableError(service, [name]));
  }
  return { data, errors };
}

/** One object with null for each field selected on `type` (key fields keep their value), and an error for each null. */
function nullFields(
  field: FieldNode,
  fragments: Fragments,
  type: string,
  path: (string | number)[],
  service: string,
  errors: GraphQLError[],
  key: Record<string, string> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fieldsOf(field.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] }, fragments, (t) => t === type)) {
    const name = responseName(f);
    if (f.name.value === '__typename' || name in out) continue;
    if (f.name.value in key) {
      out[name] = key[f.name.value];
      continue;
    }
    out[name] = null;
    errors.push(unavailableError(service, [...path, name]));
  }
  return out;
}

function arguments_(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
}

function argument(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  return arguments_(field, variables)[name];
}
