// The JSON scalar (declared in the builder's Scalars): any JSON value, passed through as is. Used for
// Cytoscape.js elements (Graph.cytoscape) and whole weight objects (EvidenceWeightsUsed.json).
import { builder } from '../builder.ts';

export const JSONScalar = builder.scalarType('JSON', {
  description: 'Any JSON value (object, array, string, number, boolean or null).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
