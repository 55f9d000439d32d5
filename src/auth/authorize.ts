// The check every write runs first: `await requireScope(context, 'import')`. Reads never call it: they are public.
// Failures are UNAUTHENTICATED (HTTP 401: no key, a malformed, unknown or revoked one) or FORBIDDEN (HTTP 403: a
// valid key without the scope), with RFC 6750 WWW-Authenticate headers. No message echoes the key; only its
// public id may appear in logs.
import { createGraphQLError } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { grants, verifyApiKey, type ApiKeyInfo, type Scope, type Verification } from './keys.ts';

const REALM = 'realm="evidence-graph"';

function unauthenticated(message: string, error?: 'invalid_token'): Error {
  return createGraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': `Bearer ${REALM}${error ? `, error="${error}"` : ''}` } },
    },
  });
}

function forbidden(scope: Scope): Error {
  return createGraphQLError(`This API key lacks the "${scope}" scope that this operation needs.`, {
    extensions: {
      code: 'FORBIDDEN',
      requiredScope: scope,
      http: {
        status: 403,
        headers: { 'WWW-Authenticate': `Bearer ${REALM}, error="insufficient_scope", scope="${scope}"` },
      },
    },
  });
}

/** The key of `Authorization: Bearer <key>` (scheme case-insensitive), '' for another scheme, null without one. */
export function bearerToken(header: string | null): string | null {
  if (header === null || header.trim() === '') return null;
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : '';
}

/** One verification per request, however many mutation fields it runs; nothing is kept across requests. */
const verified = new WeakMap<Context, Promise<Verification>>();

/** The request's key, when it is valid and grants `scope`; throws UNAUTHENTICATED or FORBIDDEN otherwise. */
export async function requireScope(context: Context, scope: Scope): Promise<ApiKeyInfo> {
  const token = bearerToken(context.authorization);
  if (token === null) {
    throw unauthenticated(
      'This operation needs an API key: send "Authorization: Bearer <key>" (see `evidence-graph keys create`).',
    );
  }
  let verification = verified.get(context);
  if (!verification) {
    verification = verifyApiKey(context.cypher, token);
    verified.set(context, verification);
  }
  const result = await verification;
  if (!result.ok) {
    if (result.reason === 'malformed') {
      throw unauthenticated(
        'The Authorization header must read "Bearer egk_<id>_<secret>", an evidence-graph API key.',
        'invalid_token',
      );
    }
    if (result.reason === 'revoked') throw unauthenticated('This API key has been revoked.', 'invalid_token');
    throw unauthenticated('This API key is not valid.', 'invalid_token');
  }
  if (!grants(result.key.scopes, scope)) throw forbidden(scope);
  return result.key;
}
