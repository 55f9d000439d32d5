// The one behaviour for a name that matches nothing (docs/user-guide.md, "Names"): the field that took it answers
// null with a NOT_FOUND error at its path, so the other fields of the request stand. The error names the argument
// and the names, and suggests for each up to SUGGESTIONS entities the search index finds closest (typo-tolerant).
import type { Context } from '../context.ts';
import { notFound } from '../errors.ts';
import { compactKey, normalizeKey } from '../ingest/entity-key.ts';
import type { EntityType } from '../ingest/record.ts';
import type { Rollup } from '../ontology/rollup.ts';
import { rankedQuery, searchTerms } from '../query/search-terms.ts';

const SUGGESTIONS = 3;
const ENTITY_LABELS: readonly string[] = ['Biomarker', 'Symptom', 'Condition', 'Measure'];

/** Up to SUGGESTIONS names close to `name`, of the labels given (one round trip; none when it holds no word). */
async function suggestionsFor(context: Context, name: string, labels: readonly string[]): Promise<string[]> {
  const terms = searchTerms(name.slice(0, 200), 'name');
  if (terms.length === 0) return [];
  const rows = await context.cypher.read<{ node: { name?: string } }>('search/ranked', {
    // Every word must match (typo-tolerantly): a suggestion that shares one short word is noise.
    query: rankedQuery(terms, true),
    compact: compactKey(name) || null,
    labels,
    first: SUGGESTIONS,
    whole: false,
  });
  return rows.flatMap((row) => (row.node.name ? [row.node.name] : []));
}

/**
 * The NOT_FOUND error for names that match nothing: `names` as the caller gave them, `argument` the argument
 * (or input field path) that took them, `labels` what they were looked up among (entity types by default).
 */
export async function unknownNames(
  context: Context,
  names: readonly string[],
  argument: string,
  labels: readonly string[] = ENTITY_LABELS,
  what = 'entity',
): Promise<Error> {
  const suggestions: Record<string, string[]> = {};
  for (const name of names) suggestions[name] = await suggestionsFor(context, name, labels);
  const listed = names.map((n) => `"${n}"`).join(', ');
  const hints = names
    .filter((n) => suggestions[n]!.length > 0)
    .map((n) => ` (for "${n}" did you mean ${suggestions[n]!.map((s) => `"${s}"`).join(', ')}?)`)
    .join('');
  return notFound(`${argument}: no ${what} named ${listed}${hints}`, {
    argument,
    unknownNames: [...names],
    suggestions,
  });
}

/** Of `names`, those no entity (of `types`, when given) answers to, as given; one round trip. */
export async function namesNotKnown(
  context: Context,
  names: readonly (string | null | undefined)[],
  types: readonly EntityType[] | null = null,
): Promise<string[]> {
  const given = names.filter((n): n is string => n != null);
  if (given.length === 0) return [];
  const [row] = await context.cypher.read<{ unknown: string[] }>('entity/unknown-names', {
    names: given.map((n) => normalizeKey(n)),
    types,
  });
  const unknown = new Set(row?.unknown ?? []);
  return given.filter((n) => unknown.has(normalizeKey(n)));
}

/** Throws the NOT_FOUND error when some of `names` match no entity (of `types`). */
export async function checkNamesKnown(
  context: Context,
  names: Record<string, string | null | undefined>,
  types: readonly EntityType[] | null = null,
): Promise<void> {
  for (const [argument, name] of Object.entries(names)) {
    if (name == null) continue;
    const unknown = await namesNotKnown(context, [name], types);
    if (unknown.length > 0) throw await unknownNames(context, unknown, argument, types ?? ENTITY_LABELS);
  }
}

/**
 * Throws the NOT_FOUND error when a roll-up stands for no entity: its query names none (with `namedOnly`, the
 * descendants do not count) and, without it, none is under what it names either.
 */
export async function checkRollupKnown(
  context: Context,
  rollup: Rollup | null,
  argument: string,
  namedOnly = false,
): Promise<void> {
  if (!rollup) return;
  const members = namedOnly ? rollup.members.filter((m) => m.named) : rollup.members;
  if (members.length === 0) {
    throw await unknownNames(
      context,
      [rollup.query],
      argument,
      undefined,
      namedOnly ? 'entity' : 'entity, nor any under it in the ontology,',
    );
  }
}
