// What an operation selects under the field being resolved: lets a resolver fetch in one statement what nested
// fields would otherwise ask for in a round trip of their own, or skip work nobody asked for. Inline fragments and
// named fragment spreads are looked into alike; @skip and @include are not evaluated (a field they may drop counts as
// selected: at worst a property is fetched that nobody reads).
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/** Field names selected at one place of an operation. */
export interface Selection {
  names: Set<string>;
}

/** The part of the resolve info a selection is read from. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

export function selectionOf(info: SelectionInfo): Selection {
  return selectionAt(info, []);
}

/**
 * What is selected at the end of any of `paths` below the field being resolved: for a connection,
 * `selectionAt(info, ['nodes'], ['edges', 'node'])` is what its nodes select. Aliases of one field are one field.
 */
export function selectionAt(info: SelectionInfo, ...paths: string[][]): Selection {
  const selection: Selection = { names: new Set() };
  const visit = (selections: readonly SelectionNode[], path: readonly string[], seen: ReadonlySet<string>) => {
    for (const node of selections) {
      if (node.kind === Kind.INLINE_FRAGMENT) visit(node.selectionSet.selections, path, seen);
      else if (node.kind === Kind.FRAGMENT_SPREAD) {
        // Validation rejects fragment cycles; `seen` keeps a hand-built info from looping all the same.
        const fragment = info.fragments[node.name.value];
        if (fragment && !seen.has(node.name.value))
          visit(fragment.selectionSet.selections, path, new Set([...seen, node.name.value]));
      } else if (path.length === 0) selection.names.add(node.name.value);
      else if (node.name.value === path[0]) visit(node.selectionSet?.selections ?? [], path.slice(1), seen);
    }
  };
  for (const path of paths.length ? paths : [[]]) {
    for (const node of info.fieldNodes) visit(node.selectionSet?.selections ?? [], path, new Set());
  }
  return selection;
}

/** Whether any of `names` is selected. */
export const maySelect = (selection: Selection, ...names: string[]): boolean =>
  names.some((name) => selection.names.has(name));
