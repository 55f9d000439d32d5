// Expected failures keep their stable `extensions.code`; a database that is away becomes SERVICE_UNAVAILABLE
// and a query cut off by the transaction timeout TIMEOUT; everything else is masked as INTERNAL_SERVER_ERROR.
// Every error answer carries the request id; unexpected ones are logged (stack and all) under the same id.
import { GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { isDatabaseTimeout, isDatabaseUnavailable } from '../db/errors.ts';
import { logger } from '../log.ts';

function located(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return createGraphQLError(message, { nodes: error.nodes ?? null, path: error.path ?? null, extensions });
}

export function applyErrorPolicy(error: GraphQLError, requestId: string): GraphQLError {
  const original = error.originalError;
  if (!original || (original instanceof GraphQLError && typeof original.extensions?.code === 'string')) {
    return located(error, error.message, { ...error.extensions, requestId });
  }
  // GraphQL's own errors without a code are about the request: a variable of the wrong type, an id that is not a
  // global id of ours (Pothos). They are the client's to fix, so they say so.
  if (original instanceof GraphQLError) {
    return located(error, error.message, { code: 'BAD_USER_INPUT', requestId });
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn({ requestId, path: error.path, err: original }, 'database unavailable');
    return located(error, 'The database is not reachable right now; try again shortly.', {
      code: 'SERVICE_UNAVAILABLE',
      requestId,
      http: { status: 503 },
    });
  }
  if (isDatabaseTimeout(original)) {
    logger.warn({ requestId, path: error.path }, 'query timed out');
    return located(error, 'The query took too long and was stopped; narrow it (filters, smaller pages).', {
      code: 'TIMEOUT',
      requestId,
    });
  }
  logger.error({ requestId, path: error.path, err: original }, 'unexpected error');
  return located(error, 'Unexpected error.', { code: 'INTERNAL_SERVER_ERROR', requestId });
}

export function useErrorPolicy(): Plugin<Record<string, never>, Context> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ args, result, setResult }) => {
        if (isAsyncIterable(result) || !result.errors?.length) return;
        const requestId = (args.contextValue as Partial<Context>).requestId ?? 'unknown';
        setResult({ ...result, errors: result.errors.map((error) => applyErrorPolicy(error, requestId)) });
      },
    }),
  };
}
