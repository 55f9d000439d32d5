// The expected failures of a request that the caller can fix, each with its stable code, built here and nowhere
// else: BAD_USER_INPUT (an argument the API cannot take; `argument` names it) and NOT_FOUND (a name that matches
// nothing). Yoga sends them as they are; anything else thrown is unexpected and masked. Authentication's own
// failures (UNAUTHENTICATED, FORBIDDEN, with their HTTP headers) are src/auth/authorize.ts's; query limits' are
// src/plugins/limits.ts's.
import { createGraphQLError } from 'graphql-yoga';

export const BAD_USER_INPUT = 'BAD_USER_INPUT';
export const NOT_FOUND = 'NOT_FOUND';

/** A bad argument value. `extensions` adds detail (the index of a bad list item). */
export function badInput(message: string, argument?: string, extensions: Record<string, unknown> = {}): Error {
  return createGraphQLError(message, {
    extensions: { code: BAD_USER_INPUT, ...(argument ? { argument } : {}), ...extensions },
  });
}

/** Something named or identified that the graph does not hold. `extensions` adds detail (the names, suggestions). */
export function notFound(message: string, extensions: Record<string, unknown> = {}): Error {
  return createGraphQLError(message, { extensions: { code: NOT_FOUND, ...extensions } });
}
