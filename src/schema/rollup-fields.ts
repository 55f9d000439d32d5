// The roll-up fields of answers defined elsewhere (PairEvidence, EvidenceMatrix, Graph): which descendants an
// includeDescendants option took in. Added from this side so those files only pass the roll-ups along.
import { builder } from '../builder.ts';
import type { RollupMember } from '../ontology/rollup.ts';
import { PairEvidence } from './pair-evidence.ts';
import { Graph } from './neighborhood.ts';
import { RollupMemberType, RollupType } from './ontology.ts';

builder.objectField(PairEvidence, 'includedVia', (t) =>
  t.field({
    type: [RollupMemberType],
    description:
      "With includeDescendants: the roll-up members the pair's subject and object are (which descendant contributed, and through which terms).",
    resolve: (p) => [p.rollup?.subject, p.rollup?.object].filter((m): m is RollupMember => m != null),
  }),
);

builder.objectField(Graph, 'rollup', (t) =>
  t.field({
    type: RollupType,
    nullable: true,
    description: "With includeDescendants: the start entity's roll-up; its members are the other depth-0 nodes.",
    resolve: (g) => g.rollup ?? null,
  }),
);
