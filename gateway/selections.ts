import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export type Fragments = Record<string, FragmentDefinitionNode>;

/** The name a field's value has in the answer. */
export const responseName = (f: FieldNode): string => f.alias?.value ?? f.name.value;

/** The operation and the fragments of a document. */
export function operationOf(document: DocumentNode, operationName?: string | null): { operation: OperationDefinitionNode | undefined; fragments: Fragments } {
  const fragments: Fragments = {};
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return { operation, fragments };
}

/**
 * The fields a selection set selects, through inline fragments and fragment spreads. `onType`
 * says whether a fragment's type condition applies (all apply when it is left out).
 */
export function fieldsOf(set: SelectionSetNode, fragments: Fragments, onType: (type: string) => boolean = () => true, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (!s.typeCondition || onType(s.typeCondition.name.value)) out.push(...fieldsOf(s.selectionSet, fragments, onType, seen));
    } else {
      const f = fragments[s.name.value];
      if (f && !seen.has(s.name.value) && onType(f.typeCondition.name.value)) {
        seen.add(s.name.value);
        out.push(...fieldsOf(f.selectionSet, fragments, onType, seen));
      }
    }
  }
  return out;
}
