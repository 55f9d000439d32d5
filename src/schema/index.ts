// Imports every domain file for its side effects on the builder, then builds the schema. Defines nothing itself.
// Pothos sorts the schema lexicographically, so the printed SDL is stable.
import { builder } from '../builder.ts';
import './enums.ts';
import './study.ts';
import './finding.ts';
import './entity.ts';
import './nodes.ts';
import './tags.ts';
import './json-scalar.ts';
import './evidence.ts';
import './facets.ts';
import './search.ts';
import './findings.ts';
import './entity-lists.ts';
import './ontology.ts';
import './class-evidence.ts';
import './rollup-fields.ts';
import './neighborhood.ts';
import './import.ts';

export const schema = builder.toSchema();
