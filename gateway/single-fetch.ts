import type { ApolloGateway, GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import { Kind, parse, print, type DocumentNode, type FragmentDefinitionNode, type InlineFragmentNode, type OperationDefinitionNode, type SelectionNode, type SelectionSetNode } from 'graphql';

// The library's own types, named through what it exports.
type Executor = ApolloGateway['executor'];
type RequestContext = Parameters<Executor>[0];
type QueryPlan = ReturnType<NonNullable<ReturnType<ApolloGateway['__testing']>['queryPlanner']>['buildQueryPlan']>;
type FetchNode = Extract<NonNullable<QueryPlan['node']>, { kind: 'Fetch' }>;
const INCOMING_OPERATION = 'incoming operation' as Extract<GraphQLDataSourceProcessOptions, { incomingRequestContext: unknown }>['kind'];

/** Plans remembered per operation text (the library keeps its own; this one only marks the direct ones). */
const MAX_PLANS = 500;

type Answer = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * A subgraph's answer already received for a request, handed to the library when it asks the same
 * subgraph the same thing for that request, so nothing is sent twice. Keyed by the request's
 * context object, which the library passes on to every fetch it makes for it.
 */
export class FetchedAnswers {
  private readonly held = new WeakMap<object, { query: string; outcome: Promise<Answer> }>();
  /** Queries answered with their one fetch's data as it came, since start. */
  answeredDirectly = 0;

  hold(ctx: object, query: string, outcome: Promise<Answer>): void {
    this.held.set(ctx, { query, outcome });
  }

  /** The held outcome of this query for this request, once; null when there is none. */
  take(ctx: object | undefined, query: string | undefined): Promise<Answer> | null {
    const h = ctx ? this.held.get(ctx) : undefined;
    if (!h || h.query !== query) return null;
    this.held.delete(ctx!);
    return h.outcome;
  }
}

/**
 * A query whose plan is a single fetch asking its subgraph exactly what the client asked is
 * answered with the subgraph's own data: the gateway library would otherwise rebuild the same
 * object against the operation (its `computeResponse`, the largest part of the gateway's CPU on
 * a case list). Anything else goes the library's way, unchanged: mutations, plans of several
 * fetches, a fetch the planner added anything to (a `__typename`, a key) — and an answer that
 * carries errors or failed, which the library is handed (`FetchedAnswers`, not sent again) so its
 * errors get their usual paths and codes.
 */
export function directSingleFetches(
  gateway: ApolloGateway,
  services: () => Record<string, GraphQLDataSource>,
  fetched: FetchedAnswers,
): (executor: Executor) => Executor {
  const direct = new Map<string, FetchNode | null>();
  const planOf = (ctx: RequestContext): FetchNode | null => {
    const key = `${ctx.operationName ?? ''}\u0000${ctx.source}`;
    let fetch = direct.get(key);
    if (fetch === undefined) {
      fetch = singleFetchOf(gateway, ctx);
      if (direct.size >= MAX_PLANS) direct.clear();
      direct.set(key, fetch);
    }
    return fetch;
  };
  return (executor) => async (ctx) => {
    const fetch = ctx.operation?.operation === 'query' ? planOf(ctx) : null;
    const service = fetch ? services()[fetch.serviceName] : undefined;
    if (!fetch || !service) return executor(ctx);
    const outcome = service.process({
      kind: INCOMING_OPERATION,
      request: { query: fetch.operation, variables: pick(ctx.request.variables, fetch.variableUsages), operationName: fetch.operationName },
      incomingRequestContext: ctx,
      context: ctx.context,
      document: fetch.operationDocumentNode,
      pathInIncomingRequest: [],
    });
    const answer = await outcome.catch(() => null);
    if (answer && !answer.errors?.length && answer.data) {
      fetched.answeredDirectly += 1;
      return { data: answer.data };
    }
    fetched.hold(ctx, fetch.operation, outcome);
    return executor(ctx);
  };
}

function singleFetchOf(gateway: ApolloGateway, ctx: RequestContext): FetchNode | null {
  const planner = gateway.__testing().queryPlanner;
  const schema = planner?.supergraph.apiSchema();
  if (!planner || !schema || !ctx.operation) return null;
  let plan: QueryPlan;
  try {
    plan = planner.buildQueryPlan(operationFromDocument(schema, ctx.document, { operationName: ctx.request.operationName }));
  } catch {
    return null;
  }
  const fetch = plan.node;
  if (!fetch || fetch.kind !== 'Fetch' || fetch.requires || fetch.inputRewrites?.length || fetch.outputRewrites?.length || fetch.contextRewrites?.length || fetch.hasDefers) return null;
  if (fetch.operationKind !== 'query') return null;
  const document = fetch.operationDocumentNode ?? parse(fetch.operation);
  const asked = shapeOf(ctx.document, ctx.operation);
  const sent = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return asked !== null && sent && shapeOf(document, sent) === asked ? { ...fetch, operationDocumentNode: document } : null;
}

/**
 * The operation's selections with every fragment written out in place, printed: what the answer's
 * shape follows. A fragment without directives is hoisted into its parent (the planner writes a
 * fragment on the parent's own type that way); one with @skip or @include stays a fragment.
 */
function shapeOf(document: DocumentNode, operation: OperationDefinitionNode): string | null {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const flat = (set: SelectionSetNode, depth: number): SelectionSetNode => {
    if (depth > 50) throw new Error('fragments nested too deep');
    const out: SelectionNode[] = [];
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        out.push(sel.selectionSet ? { ...sel, selectionSet: flat(sel.selectionSet, depth + 1) } : sel);
        continue;
      }
      const spread = sel.kind === Kind.FRAGMENT_SPREAD ? fragments.get(sel.name.value) : null;
      if (sel.kind === Kind.FRAGMENT_SPREAD && !spread) throw new Error(`unknown fragment ${sel.name.value}`);
      const inner = flat(spread ? spread.selectionSet : (sel as InlineFragmentNode).selectionSet, depth + 1);
      const typeCondition = spread ? spread.typeCondition : (sel as InlineFragmentNode).typeCondition;
      if (sel.directives?.length) out.push({ kind: Kind.INLINE_FRAGMENT, typeCondition, directives: sel.directives, selectionSet: inner });
      else out.push(...inner.selections);
    }
    return { kind: Kind.SELECTION_SET, selections: out };
  };
  try {
    return print(flat(operation.selectionSet, 0));
  } catch {
    return null;
  }
}

function pick(variables: Record<string, unknown> | undefined, names: string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names ?? []) if (variables && n in variables) out[n] = variables[n];
  return out;
}
