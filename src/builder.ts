import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import type { Context } from './context.ts';

/** Every list is bounded, `nodes(ids)` too. */
export const MAX_NODES = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    nodesQueryOptions: {
      description: 'Up to 100 nodes by global id, in the order given (null where an id matches nothing).',
      resolve: (_root, args, _context, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODES) {
          throw createGraphQLError(`"ids" may hold at most ${MAX_NODES} ids, got ${args.ids.length}`, {
            extensions: { code: 'BAD_USER_INPUT', argument: 'ids' },
          });
        }
        return resolveNodes(args.ids);
      },
    },
  },
});

builder.queryType({});
