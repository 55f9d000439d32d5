// Query limits (GraphQL Armor's validation rules) and a request body cap, configured from src/limits.ts.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../limits.ts';

/** Refuse bodies whose declared length is over the cap, before reading them. */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest: ({ request, endResponse, fetchAPI }) => {
      const declared = Number(request.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: `Request body of ${declared} bytes is over the limit of ${maxBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}

export function limitPlugins(limits: Limits, production: boolean): Plugin[] {
  const plugins: Plugin[] = [
    useBodyLimit(limits.maxBodyBytes),
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }) as Plugin,
    costLimitPlugin({ maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives }) as Plugin,
  ];
  // Suggestions ("Did you mean …?") help developers and map the schema for attackers: off in production.
  if (production) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}
