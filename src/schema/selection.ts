// What an operation selects under the field being resolved: lets a resolver fetch in one statement what nested
// fields would otherwise ask for in a round trip of their own, or skip work nobody asked for.
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

export interface Selection {
  /** Field names selected directly or through inline fragments. */
  names: Set<string>;
  /** A named fragment spread is present: what it selects is not looked up, so callers assume everything. */
  spreads: boolean;
}

export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): Selection {
  return selectionAt(info, []);
}

/**
 * What is selected at the end of any of `paths` below the field being resolved: for a connection,
 * `selectionAt(info, ['nodes'], ['edges', 'node'])` is what its nodes select. A named fragment spread met on the way
 * counts as selecting everything.
 */
export function selectionAt(info: Pick<GraphQLResolveInfo, 'fieldNodes'>, ...paths: string[][]): Selection {
  const selection: Selection = { names: new Set(), spreads: false };
  const visit = (selections: readonly SelectionNode[], path: readonly string[]) => {
    for (const node of selections) {
      if (node.kind === Kind.INLINE_FRAGMENT) visit(node.selectionSet.selections, path);
      else if (node.kind === Kind.FRAGMENT_SPREAD) selection.spreads = true;
      else if (path.length === 0) selection.names.add(node.name.value);
      else if (node.name.value === path[0]) visit(node.selectionSet?.selections ?? [], path.slice(1));
    }
  };
  for (const path of paths.length ? paths : [[]]) {
    for (const node of info.fieldNodes) visit(node.selectionSet?.selections ?? [], path);
  }
  return selection;
}

/** Whether any of `names` may be selected (a fragment spread counts as yes). */
export const maySelect = (selection: Selection, ...names: string[]): boolean =>
  selection.spreads || names.some((name) => selection.names.has(name));

/** Whether no more than `allowed` is selected (a fragment spread counts as more). */
export const selectsOnly = (selection: Selection, allowed: ReadonlySet<string>): boolean =>
  !selection.spreads && [...selection.names].every((name) => allowed.has(name));
