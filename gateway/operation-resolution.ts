import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * With a gateway, Apollo Server hands a document whose operation it could not pick to the
 * gateway, which fails with HTTP 500. Which operation to run is the client's choice, so an
 * unknown `operationName`, or several operations and none named, is refused here as a 400 with
 * the code a subgraph gives.
 */
export function operationResolution(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const named = request.operationName;
          const count = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message = named
            ? `Unknown operation named "${named.slice(0, 100)}" (未找到该名称的操作)`
            : count > 1
              ? 'Must provide operation name if query contains multiple operations (请求含多个操作时须指明 operationName)'
              : 'The document contains no operation (请求中没有可执行的操作)';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}
