// evidenceMatrix: subjects × objects cells for a heatmap, from one Cypher round trip (cypher/evidence/matrix.cypher)
// synthesized cell by cell (src/evidence/matrix.ts).
import { buildMatrix, pairKey } from '../evidence/index.ts';
import type { EvidenceFindingInput, EvidenceWeights } from '../evidence/index.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { normalizeKey } from '../ingest/entity-key.ts';
import { badInput } from '../errors.ts';
import { unknownNames } from './unknown-names.ts';
import { EvidenceWeightsUsed, filterParams, resolveWeightsArg } from './evidence-inputs.ts';
import type { EntityNode } from './projection.ts';
import { Entity } from './refs.ts';
import {
  classCells,
  expandMatrixNames,
  membersOnly,
  type ClassCellParent,
  type MatrixExpansion,
} from './matrix-rollup.ts';
import {
  CertaintyLevelEnum,
  ComparatorType,
  ConsensusEnum,
  EvidenceCountsType,
  SynthesisMethodEnum,
  WeightedSupportType,
} from './evidence-types.ts';
import { evidenceInput, type EvidenceRow } from './evidence-pairs.ts';

interface CellParent {
  subject: EntityNode;
  object: EntityNode;
  subjectIndex: number;
  objectIndex: number;
  cell: ReturnType<typeof buildMatrix>['cells'][number];
}

const EvidenceCell = builder.objectRef<CellParent>('EvidenceCell').implement({
  description: 'One subject × object cell of a heatmap; a pair without findings is INSUFFICIENT with studyCount 0.',
  fields: (t) => ({
    subject: t.string({ description: "The subject's name.", resolve: (c) => c.subject.name }),
    object: t.string({ description: "The object's name.", resolve: (c) => c.object.name }),
    subjectIndex: t.int({ description: 'Row: index into EvidenceMatrix.subjects.', resolve: (c) => c.subjectIndex }),
    objectIndex: t.int({ description: 'Column: index into EvidenceMatrix.objects.', resolve: (c) => c.objectIndex }),
    consensus: t.field({ type: ConsensusEnum, resolve: (c) => c.cell.consensus }),
    comparator: t.field({
      type: ComparatorType,
      description: 'The comparator class the cell answers for.',
      resolve: (c) => c.cell.comparator,
    }),
    method: t.field({ type: SynthesisMethodEnum, resolve: (c) => c.cell.method }),
    certainty: t.field({ type: CertaintyLevelEnum, resolve: (c) => c.cell.certainty }),
    agreement: t.float({ nullable: true, resolve: (c) => c.cell.agreement }),
    contradictory: t.boolean({ resolve: (c) => c.cell.contradictory }),
    studyCount: t.int({ resolve: (c) => c.cell.studyCount }),
    findingCount: t.int({ resolve: (c) => c.cell.findingCount }),
    counts: t.field({ type: EvidenceCountsType, resolve: (c) => c.cell.counts }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (c) => c.cell.weightedSupport }),
  }),
});

export interface MatrixParent {
  subjects: EntityNode[];
  objects: EntityNode[];
  cells: CellParent[];
  /** With includeDescendants: the names' roll-ups and the class cells (src/schema/matrix-rollup.ts). */
  expansion?: MatrixExpansion;
  classCells?: ClassCellParent[];
  weightsUsed: EvidenceWeights;
}

export const EvidenceMatrixType = builder.objectRef<MatrixParent>('EvidenceMatrix').implement({
  description: 'subjects × objects evidence cells for a heatmap, row-major (every subject, each object in order).',
  fields: (t) => ({
    subjects: t.field({ type: [Entity], resolve: (m) => m.subjects }),
    objects: t.field({ type: [Entity], resolve: (m) => m.objects }),
    cells: t.field({
      type: [EvidenceCell],
      args: {
        withFindingsOnly: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: 'Leave out empty cells.',
        }),
      },
      resolve: (m, args) => (args.withFindingsOnly ? m.cells.filter((c) => c.cell.findingCount > 0) : m.cells),
    }),
    weightsUsed: t.field({ type: EvidenceWeightsUsed, resolve: (m) => m.weightsUsed }),
  }),
});

export const MAX_MATRIX_SIDE = 50;
export const DEFAULT_MATRIX_SIDE = 10;

function uniqueById(entities: EntityNode[]): EntityNode[] {
  const seen = new Set<string>();
  return entities.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

export async function evidenceMatrix(
  context: Context,
  args: {
    subjects?: readonly string[] | null;
    objects?: readonly string[] | null;
    filter?: Parameters<typeof filterParams>[0];
    weights?: Record<string, unknown> | null;
    includeDescendants?: boolean | null;
  },
): Promise<MatrixParent> {
  for (const side of ['subjects', 'objects'] as const) {
    const names = args[side];
    if (names && names.length > MAX_MATRIX_SIDE) {
      throw badInput(`"${side}" takes at most ${MAX_MATRIX_SIDE} names, got ${names.length}`, side);
    }
  }
  const weights = resolveWeightsArg(args.weights);
  const expansion = args.includeDescendants ? await expandMatrixNames(context, args.subjects, args.objects) : undefined;
  const [row] = await context.cypher.read<{
    subjects: EntityNode[];
    objects: EntityNode[];
    unknownSubjects: string[];
    unknownObjects: string[];
    findings: EvidenceRow[];
  }>('evidence/matrix', {
    subjects: expansion
      ? expansion.subjectNames
      : args.subjects
        ? args.subjects.map((name) => normalizeKey(name))
        : null,
    objects: expansion ? expansion.objectNames : args.objects ? args.objects.map((name) => normalizeKey(name)) : null,
    defaultSubjects: DEFAULT_MATRIX_SIDE,
    defaultObjects: DEFAULT_MATRIX_SIDE,
    filter: filterParams(args.filter),
  });
  const unknown = [...(row?.unknownSubjects ?? []), ...(row?.unknownObjects ?? [])];
  if (!row) throw await unknownNames(context, [...(args.subjects ?? []), ...(args.objects ?? [])], 'subjects');
  if (unknown.length > 0) {
    // The statement answers the unknown match keys; the error names them as the caller wrote them.
    const given = (side: 'subjects' | 'objects') =>
      (args[side] ?? []).filter((name) => unknown.includes(normalizeKey(name)));
    const side = given('subjects').length > 0 ? 'subjects' : 'objects';
    throw await unknownNames(context, [...given('subjects'), ...given('objects')], side);
  }
  const subjects = membersOnly(uniqueById(row.subjects), expansion?.subjects ?? null).slice(0, MAX_MATRIX_SIDE);
  const objects = membersOnly(uniqueById(row.objects), expansion?.objects ?? null).slice(0, MAX_MATRIX_SIDE);
  const byPair = new Map<string, EvidenceFindingInput[]>();
  for (const finding of row.findings) {
    const key = pairKey(finding.finding.subjectId, finding.finding.objectId);
    const list = byPair.get(key);
    if (list) list.push(evidenceInput(finding));
    else byPair.set(key, [evidenceInput(finding)]);
  }
  const matrix = buildMatrix(
    subjects.map((e) => e.id),
    objects.map((e) => e.id),
    byPair,
    weights,
  );
  const cells = matrix.cells.map((cell, i) => ({
    subject: subjects[Math.floor(i / objects.length)] as EntityNode,
    object: objects[i % objects.length] as EntityNode,
    subjectIndex: Math.floor(i / objects.length),
    objectIndex: i % objects.length,
    cell,
  }));
  const answer: MatrixParent = { subjects, objects, cells, weightsUsed: matrix.weightsUsed };
  if (expansion) Object.assign(answer, { expansion, classCells: classCells(expansion, objects, byPair, weights) });
  return answer;
}
