// nodes(ids): each id answers on its own. Relay's own field decodes every id as an argument and throws for the whole
// list when one is not ours; `nodes` is non-null, so one bad id erased every root field of the request. Here a bad
// id becomes an error located at its own index (nodes.2) and null in the list; the others resolve as usual, batched.
import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { builder, MAX_NODES } from '../builder.ts';
import { badInput } from '../errors.ts';

/** The decoded id when `id` is a global id of one of our types that implements Node. */
function nodeId(id: string, schema: GraphQLSchema): { typename: string; id: string } | null {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(id);
  } catch {
    return null;
  }
  const type = schema.getType(decoded.typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node') ? decoded : null;
}

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      `Up to ${MAX_NODES} nodes by global id, in the order given: null where an id matches nothing, null with an ` +
      'error at its index where an id is not one of ours.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_root, args, context, info) => {
      if (args.ids.length > MAX_NODES) {
        throw badInput(`"ids" may hold at most ${MAX_NODES} ids, got ${args.ids.length}`, 'ids');
      }
      const ids = args.ids.map((id) => String(id));
      const decoded = ids.map((id) => nodeId(id, info.schema));
      const resolved = await resolveNodes(builder, context, info, decoded);
      return decoded.map((d, i) =>
        d
          ? resolved[i]
          : badInput(
              `"${ids[i]!.slice(0, 100)}" is not an id of this API (ids come from the \`id\` field of any node)`,
              'ids',
              { index: i },
            ),
      );
    },
  }),
);
