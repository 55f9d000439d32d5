// facets counts only what the query selects (each facet is a pass over the matched studies): the selection read.
import { Kind, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFacets } from '../../src/schema/facets.ts';

function infoFor(query: string): GraphQLResolveInfo {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field] } as unknown as GraphQLResolveInfo;
}

describe('selectedFacets', () => {
  it('asks only for the facets named, tags when any tag facet is named', () => {
    expect(selectedFacets(infoFor('{ facets { total designs { value } methodFlags { value } } }'))).toEqual({
      evidenceLevels: false, designs: true, pemCriteria: false, confidences: false, years: false, tags: true,
    });
    expect(selectedFacets(infoFor('{ facets { total } }'))).toEqual({
      evidenceLevels: false, designs: false, pemCriteria: false, confidences: false, years: false, tags: false,
    });
  });

  it('reads inline fragments, and takes a fragment spread to ask for everything', () => {
    expect(selectedFacets(infoFor('{ facets { ... on StudyFacets { years { value } } } }'))).toMatchObject({ years: true, designs: false, tags: false });
    expect(selectedFacets(infoFor('{ facets { ...F } } fragment F on StudyFacets { years { value } }'))).toEqual({
      evidenceLevels: true, designs: true, pemCriteria: true, confidences: true, years: true, tags: true,
    });
  });
});
