// What an operation selects under the field being resolved: lets a resolver fetch in one statement what nested
// fields would otherwise ask for in a round trip of their own, or skip work nobody asked for.
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

export interface Selection {
  /** Field names selected directly or through inline fragments. */
  names: Set<string>;
  /** A named fragment spread is present: what it selects is not looked up, so callers assume everything. */
  spreads: boolean;
}

export function selectionOf(info: GraphQLResolveInfo): Selection {
  const selection: Selection = { names: new Set(), spreads: false };
  const visit = (selections: readonly SelectionNode[]) => {
    for (const node of selections) {
      if (node.kind === Kind.FIELD) selection.names.add(node.name.value);
      else if (node.kind === Kind.INLINE_FRAGMENT) visit(node.selectionSet.selections);
      else selection.spreads = true;
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet?.selections ?? []);
  return selection;
}

/** Whether any of `names` may be selected (a fragment spread counts as yes). */
export const maySelect = (selection: Selection, ...names: string[]): boolean =>
  selection.spreads || names.some((name) => selection.names.has(name));
