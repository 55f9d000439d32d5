import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.ts';

/** Every list is bounded, `nodes(ids)` too. */
export const MAX_NODES = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
  };
  // Every connection counts all its matches (src/schema/pagination.ts `toPage`): totalCount is declared once below.
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    // nodes(ids) is src/schema/nodes.ts: each id answers on its own.
    nodesQueryOptions: false,
  },
});

builder.queryType({});
builder.globalConnectionField('totalCount', (t) => t.int({ resolve: (connection) => connection.totalCount }));
