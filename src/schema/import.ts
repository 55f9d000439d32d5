// Writes over GraphQL (SPEC §4): `importEntries` takes atlas page texts and/or canonical records, needs an API key
// with the `import` scope, and answers with the summary the `import` command prints. Each page and each record is
// one unit (`pages[i]`, `records[i]`): a bad one is rejected whole, with its location, and the others still import.
import { requireScope } from '../auth/authorize.ts';
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';
import { importUnits, type ImportSummary, type InputUnit } from '../ingest/import.ts';
import type { StudyOutcome } from '../ingest/load.ts';
import type { Relation } from '../ingest/record.ts';
import { logger } from '../log.ts';
import './evidence.ts';
import './json-scalar.ts';

export const MAX_IMPORT_PAGES = 100;
export const MAX_IMPORT_RECORDS = 1000;

// The first mutation field creates the Mutation type; a later domain file adds its fields with mutationField(s).
builder.mutationType({
  description: 'Writes. Each needs an API key with the right scope (`Authorization: Bearer <key>`).',
});

export const ImportStatusEnum = builder.enumType('ImportStatus', {
  values: {
    CREATED: { value: 'created' },
    UPDATED: { value: 'updated' },
    UNCHANGED: { value: 'unchanged' },
  } as const,
});

const ImportedStudy = builder.objectRef<StudyOutcome>('ImportedStudy').implement({
  description: 'What an import did to one study.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    status: t.field({ type: ImportStatusEnum, resolve: (study) => study.status }),
    findings: t.exposeInt('findings', { description: 'Findings the study has after the import.' }),
  }),
});

const RejectionType = builder.objectRef<{ file: string; message: string }>('Rejection').implement({
  description: 'An input that was not imported (nothing of it was written), and why.',
  fields: (t) => ({
    input: t.string({ description: 'Which input: "pages[2]", "records[0]".', resolve: (r) => r.file }),
    message: t.exposeString('message', { description: 'The problem, located (input, line or record, field).' }),
  }),
});

const ImportWarningType = builder.objectRef<ImportSummary['warnings'][number]>('ImportWarning').implement({
  description: 'Something odd in an input that was still imported (an unknown badge, a truncated capture).',
  fields: (t) => ({
    input: t.string({ nullable: true, resolve: (w) => w.file ?? null }),
    line: t.int({ nullable: true, resolve: (w) => w.line ?? null }),
    message: t.exposeString('message'),
  }),
});

// evidence-types.ts defines RelationCount {relation, count}; it is reached by name until that file exports its ref.
const RelationCountByName = 'RelationCount' as unknown as ReturnType<
  typeof builder.objectRef<{ relation: Relation; count: number }>
>;

const ImportResult = builder.objectRef<ImportSummary>('ImportResult').implement({
  description: 'The summary of an import, as the `import` command prints it.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', {
      description: 'True when nothing was written: the counts say what would change.',
    }),
    inputs: t.exposeInt('files', { description: 'Inputs given (pages and records).' }),
    created: t.exposeInt('created', { description: 'Studies created.' }),
    updated: t.exposeInt('updated', { description: 'Studies changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Studies imported again with no change.' }),
    findings: t.exposeInt('findings', { description: 'Findings of the studies imported.' }),
    findingsByRelation: t.field({
      type: [RelationCountByName],
      resolve: (summary) =>
        (Object.entries(summary.findingsByRelation) as [Relation, number][])
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([relation, count]) => ({ relation, count })),
    }),
    studies: t.field({ type: [ImportedStudy], resolve: (summary) => summary.studies }),
    rejected: t.field({ type: [RejectionType], resolve: (summary) => summary.rejected }),
    warnings: t.field({ type: [ImportWarningType], resolve: (summary) => summary.warnings }),
  }),
});

function tooMany(argument: string, count: number, max: number): Error {
  return badInput(`"${argument}" takes at most ${max} items per call, got ${count}; split the import.`, argument);
}

/** The units of one call: pages then records, each named by its argument and position. */
export function importInputUnits(pages: readonly string[], records: readonly unknown[]): InputUnit[] {
  return [
    ...pages.map((text, i): InputUnit => ({ name: `pages[${i}]`, kind: 'page', text })),
    // Wrapped in an array so a value that is not one record object (an array, a string) is rejected by validation
    // as a bad record, rather than read as several records.
    ...records.map((record, i): InputUnit => ({ name: `records[${i}]`, kind: 'json', text: JSON.stringify([record]) })),
  ];
}

builder.mutationField('importEntries', (t) =>
  t.field({
    type: ImportResult,
    description:
      `Import atlas page texts and/or canonical study records (at most ${MAX_IMPORT_PAGES} pages and ${MAX_IMPORT_RECORDS} ` +
      'records per call). Idempotent: importing the same input again reports it UNCHANGED. Needs the `import` scope.',
    args: {
      pages: t.arg.stringList({ description: 'Atlas page texts, exactly as captured.' }),
      records: t.arg({
        type: ['JSON'],
        description: 'Canonical study records (schema/study-record.schema.json), one study each.',
      }),
      dryRun: t.arg.boolean({ description: 'Parse, validate and report what would change, writing nothing.' }),
    },
    resolve: async (_root, args, context) => {
      const key = await requireScope(context, 'import');
      const pages = args.pages ?? [];
      const records = args.records ?? [];
      if (pages.length > MAX_IMPORT_PAGES) throw tooMany('pages', pages.length, MAX_IMPORT_PAGES);
      if (records.length > MAX_IMPORT_RECORDS) throw tooMany('records', records.length, MAX_IMPORT_RECORDS);
      const summary = await importUnits(context.cypher, importInputUnits(pages, records), {
        dryRun: args.dryRun ?? false,
      });
      // An audit line: which key (its public id, never the key) changed what.
      logger.info(
        {
          requestId: context.requestId,
          keyId: key.id,
          dryRun: summary.dryRun,
          inputs: summary.files,
          created: summary.created,
          updated: summary.updated,
          unchanged: summary.unchanged,
          rejected: summary.rejected.length,
        },
        'importEntries',
      );
      return summary;
    },
  }),
);
