// Query limits, configured from src/limits.ts: GraphQL Armor's rules for tokens, depth, aliases and directives, our
// cost rule (src/plugins/cost.ts, variables applied), a request body cap, a response-size cap and a deadline for
// queries. Every refusal says which limit, what was found, and how to get the answer within it.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { DefinitionNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Limits } from '../limits.ts';
import { costMemo } from './cost.ts';
import { DeadlineSignal } from './deadline-signal.ts';

const CONTENT_LENGTH = /^\d+$/;

/** Query limits are refused with this code, `limit` naming the one hit, `max` its value and `found` the query's. */
export const LIMIT_CODE = 'QUERY_LIMIT_EXCEEDED';
export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

const SPLIT = 'split it into several requests';

export function limitError(limit: string, found: number | string, max: number, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: LIMIT_CODE, limit, max, found } });
}

/** Armor's own message carries the count it found ("…, found 14."); the tests pin its wording. */
const foundIn = (error: GraphQLError): number | undefined => {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : undefined;
};

/** Armor's rejection, rethrown as ours: a code, the numbers, advice (Armor's reads "Syntax Error: …", no code). */
function rejectAs(limit: string, max: number, advice: (found: string) => string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        const found = foundIn(error);
        throw limitError(
          limit,
          found ?? `more than ${max}`,
          max,
          advice(found === undefined ? `more than ${max}` : String(found)),
        );
      },
    ],
  };
}

/**
 * Refuse a request body over the cap with 413, whatever its type (JSON or multipart). A declared length
 * (Content-Length) is checked before anything is read, so the common request costs one header test; only a body of
 * undeclared length (chunked) is counted as it streams. This replaces Yoga's own limit (`maxRequestBodySize: false` in
 * src/yoga.ts), which pipes every body through a TransformStream: that stream was half the server CPU of a small
 * request (0.25 of 0.50 ms, bench Q0).
 */
export function useBodyLimit(maxBytes: number): Plugin {
  const tooLarge = (detail: string) => ({
    message: `Request body of ${detail} is over the limit of ${maxBytes} bytes.`,
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
  });
  return {
    onRequest: ({ request, endResponse, fetchAPI }) => {
      const declared = request.headers.get('content-length');
      if (declared === null) return;
      // Only one non-negative integer is a valid length (a list of lengths is a request-smuggling pattern).
      const error = !CONTENT_LENGTH.test(declared)
        ? {
            status: 400,
            message: `Content-Length "${declared}" is not a single non-negative integer.`,
            code: 'BAD_REQUEST',
          }
        : Number(declared) > maxBytes
          ? { status: 413, message: tooLarge(`${declared} bytes`).message, code: 'PAYLOAD_TOO_LARGE' }
          : null;
      if (!error) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] }),
          {
            status: error.status,
            headers: { 'content-type': 'application/json' },
          },
        ),
      );
    },
    onRequestParse: ({ request, requestParser, setRequestParser, fetchAPI }) => {
      if (request.headers.has('content-length') || !request.body || !requestParser) return;
      setRequestParser((req) => {
        let read = 0;
        // A native ReadableStream needs the native TransformStream (graphql-yoga#4583), a ponyfilled one the ponyfill.
        const Transform = req.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
        const counted = req.body!.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read <= maxBytes) return controller.enqueue(chunk);
              const problem = tooLarge(`more than ${maxBytes} bytes`);
              controller.error(createGraphQLError(problem.message, { extensions: problem.extensions }));
            },
          }),
        );
        // duplex is required for a streamed body and missing from the RequestInit type.
        const init = {
          method: req.method,
          headers: req.headers,
          signal: req.signal,
          body: counted,
          duplex: 'half',
        } as RequestInit;
        const parsed = requestParser(new fetchAPI.Request(req.url, init));
        // The multipart parser reports any stream error as its own 400 ("invalid multipart data"): an overflow is
        // 413 whatever the body's type.
        return Promise.resolve(parsed).catch((error: unknown) => {
          if (read <= maxBytes) throw error;
          const problem = tooLarge(`more than ${maxBytes} bytes`);
          throw createGraphQLError(problem.message, { extensions: problem.extensions });
        });
      });
    },
  };
}

/** Refuse an operation whose cost, variables applied, is over the limit, before anything runs. */
export function useCostLimit(maxCost: number): Plugin {
  const memos = new WeakMap<GraphQLSchema, ReturnType<typeof costMemo>>();
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      let costOf = memos.get(args.schema);
      if (!costOf) memos.set(args.schema, (costOf = costMemo(args.schema)));
      let cost: number;
      try {
        cost = costOf(args.document, args.variableValues ?? undefined, args.operationName ?? undefined);
      } catch {
        return; // a variable that does not fit its type: execution says so
      }
      if (cost <= maxCost) return;
      const found = Number.isFinite(cost) ? cost : `more than ${maxCost}`;
      setResultAndStopExecution({
        errors: [
          limitError(
            'cost',
            found,
            maxCost,
            `The query's estimated cost is ${typeof found === 'number' ? found.toLocaleString('en') : found}, over the limit of ${maxCost.toLocaleString('en')}. ` +
              'The cost counts the values the answer can hold: each list multiplies what it holds by its `first` ' +
              '(variables included) or its usual size. Ask for smaller pages (`first`), select fewer nested lists, or ' +
              `${SPLIT} (page through the outer list with \`after\`).`,
          ),
        ],
      });
    },
  };
}

/**
 * True when `value`'s JSON is over `budget` bytes, counted without building it (keys, strings, a few per value). A loop
 * over an explicit stack with for…in: the recursive walk over Object.entries it replaces cost ~10x more (254 against
 * 26 µs for a 30 KB neighbourhood), more than JSON.stringify of the same answer, on every answer.
 */
export function jsonOver(value: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') left -= v.length + 2;
    else if (v === null || typeof v !== 'object') left -= 6;
    else if (Array.isArray(v)) {
      left -= 2;
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else {
      left -= 2;
      for (const key in v) {
        left -= key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
      }
    }
    if (left < 0) return true;
  }
  return false;
}

/**
 * Cap the size of an answer and the time a query may take. The cost limit keeps answers small before they run; these
 * stop what an estimate misses (long statements, a richer dataset than the estimates assume). The deadline applies
 * to queries only: a mutation (an import) is not cut off half-way, it has its own transaction timeout.
 */
export function useResponseBounds(maxResponseBytes: number, requestTimeoutMs: number): Plugin {
  return {
    onExecute: ({ args }) => {
      const operation = args.document.definitions.find(
        (d: DefinitionNode): d is OperationDefinitionNode =>
          d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName),
      );
      let timer: NodeJS.Timeout | undefined;
      let stopForwarding: (() => void) | undefined;
      if (operation?.operation === 'query') {
        // Aborted with our error as the reason: Yoga answers an abort of its own kind (AbortError) with no error at all.
        const deadline = new DeadlineSignal();
        timer = setTimeout(
          () =>
            deadline.abort(
              createGraphQLError(
                `The query ran past the deadline of ${requestTimeoutMs} ms and was stopped. Ask for smaller pages (\`first\`), ` +
                  `narrow it with filters, or ${SPLIT}.`,
                { extensions: { code: 'TIMEOUT', limit: 'requestTimeoutMs', max: requestTimeoutMs } },
              ),
            ),
          requestTimeoutMs,
        );
        timer.unref();
        // The client going away aborts it too. Forwarded by a listener removed when the execution ends, not joined by
        // AbortSignal.any: in Node 20 every signal AbortSignal.any makes and Yoga listens to stays reachable from its
        // sources (nodejs/node#54614, #55328), about 1.5 KB a query for good; under load RSS grew without bound
        // (bench/REPORT.md).
        const client = (args.contextValue as { request?: Request }).request?.signal;
        if (client?.aborted) deadline.abort(client.reason);
        else if (client) {
          const forward = () => deadline.abort(client.reason);
          client.addEventListener('abort', forward, { once: true });
          stopForwarding = () => client.removeEventListener('abort', forward);
        }
        // Yoga's executor stops at the next field once the signal fires (graphql-js's own ignores it).
        (args as { signal?: AbortSignal }).signal = deadline.asAbortSignal();
      }
      return {
        onExecuteDone: ({ result, setResult }) => {
          clearTimeout(timer);
          stopForwarding?.();
          if (isAsyncIterable(result) || !result.data || !jsonOver(result.data, maxResponseBytes)) return;
          setResult({
            data: null,
            errors: [
              createGraphQLError(
                `The answer is over the response limit of ${maxResponseBytes} bytes. Ask for smaller pages (\`first\`), ` +
                  `fewer fields or fewer nested lists, or ${SPLIT}.`,
                { extensions: { code: RESPONSE_TOO_LARGE, limit: 'responseBytes', max: maxResponseBytes } },
              ),
            ],
          });
        },
      };
    },
  };
}

export function limitPlugins(limits: Limits, production: boolean): Plugin[] {
  const plugins: Plugin[] = [
    useBodyLimit(limits.maxBodyBytes),
    maxTokensPlugin({
      n: limits.maxTokens,
      ...rejectAs(
        'tokens',
        limits.maxTokens,
        (found) => `The query has ${found} tokens, over the limit of ${limits.maxTokens}; ${SPLIT}.`,
      ),
    }) as Plugin,
    maxDepthPlugin({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...rejectAs(
        'depth',
        limits.maxDepth,
        (found) =>
          `The query is ${found} levels deep, over the limit of ${limits.maxDepth}. Select fewer nested levels, or ${SPLIT}: ` +
          'ask for the ids at the deepest level you need, then fetch what lies below them with node(id:) or nodes(ids:).',
      ),
    }) as Plugin,
    maxAliasesPlugin({
      n: limits.maxAliases,
      ...rejectAs(
        'aliases',
        limits.maxAliases,
        (found) => `The query has ${found} aliases, over the limit of ${limits.maxAliases}; ${SPLIT}.`,
      ),
    }) as Plugin,
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      ...rejectAs(
        'directives',
        limits.maxDirectives,
        (found) => `The query has ${found} directives, over the limit of ${limits.maxDirectives}; ${SPLIT}.`,
      ),
    }) as Plugin,
    useCostLimit(limits.maxCost),
    useResponseBounds(limits.maxResponseBytes, limits.requestTimeoutMs),
  ];
  // Suggestions ("Did you mean …?") help developers and map the schema for attackers: off in production.
  if (production) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}
