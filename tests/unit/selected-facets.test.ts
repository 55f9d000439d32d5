// facets counts only what the query selects (each facet is a pass over the matched studies): the selection read.
import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFacets } from '../../src/schema/facets.ts';

function infoFor(query: string): GraphQLResolveInfo {
  const { definitions } = parse(query);
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFacets', () => {
  it('asks only for the facets named, tags when any tag facet is named', () => {
    expect(selectedFacets(infoFor('{ facets { total designs { value } methodFlags { value } } }'))).toEqual({
      evidenceLevels: false,
      designs: true,
      pemCriteria: false,
      confidences: false,
      years: false,
      tags: true,
    });
    expect(selectedFacets(infoFor('{ facets { total } }'))).toEqual({
      evidenceLevels: false,
      designs: false,
      pemCriteria: false,
      confidences: false,
      years: false,
      tags: false,
    });
  });

  it('reads inline fragments and named fragments alike', () => {
    expect(selectedFacets(infoFor('{ facets { ... on StudyFacets { years { value } } } }'))).toMatchObject({
      years: true,
      designs: false,
      tags: false,
    });
    expect(
      selectedFacets(
        infoFor(
          '{ facets { ...F } } fragment F on StudyFacets { years { value } ...G } fragment G on StudyFacets { symptoms { value } }',
        ),
      ),
    ).toEqual({
      evidenceLevels: false,
      designs: false,
      pemCriteria: false,
      confidences: false,
      years: true,
      tags: true,
    });
  });
});
