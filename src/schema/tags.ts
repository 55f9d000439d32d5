// The atlas's own tags that are not entities: biomarker classes and method flags.
import { builder } from '../builder.ts';
import { normalizeKey } from '../ingest/entity-key.ts';
import type { TagNode } from './projection.ts';
import { BiomarkerClass, MethodFlag } from './refs.ts';
import { unknownNames } from './unknown-names.ts';

BiomarkerClass.implement({
  description: 'An atlas Biomarker tag: a class of biomarkers such as Gene Expression or Blood Biomarker.',
  fields: (t) => ({ name: t.exposeString('name') }),
});

MethodFlag.implement({
  description: 'An atlas Method Flag: Small Sample, Mixed Cohort, Exploratory…',
  fields: (t) => ({ name: t.exposeString('name') }),
});

builder.queryField('methodFlag', (t) =>
  t.field({
    type: MethodFlag,
    nullable: true,
    description: 'One method flag by name (case-insensitive); an unknown name is null with a NOT_FOUND error.',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const [row] = await context.cypher.read<{ tag: TagNode }>('tag/method-flag-by-name', {
        key: normalizeKey(args.name),
      });
      if (!row) throw await unknownNames(context, [args.name], 'name', ['MethodFlag'], 'method flag');
      return row.tag;
    },
  }),
);
