// Every request gets an id: the client's X-Request-Id if it sent one, else a new UUID. The context, the logs and
// the response header all carry it.
import crypto from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

export function requestIdFor(request: Request | undefined): string {
  if (!request) return crypto.randomUUID();
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && ACCEPTABLE_ID.test(given) ? given : crypto.randomUUID();
    ids.set(request, id);
  }
  return id;
}

export function useRequestId(): Plugin {
  return {
    onRequest: ({ request }) => {
      requestIdFor(request);
    },
    onResponse: ({ request, response }) => {
      response.headers.set('x-request-id', requestIdFor(request));
    },
  };
}
