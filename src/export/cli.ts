// `evidence-graph export --format csv|jsonl|kgx [--out FILE] [filters]` (SPEC §5): the filtered view, whole, to
// stdout or a file. A file is written under a temporary name and renamed when complete, so a failed export never
// leaves a short file behind. The summary goes to stderr; stdout carries only the data.
// Only ./options.ts is loaded at start-up (every command builds the whole CLI); the export itself is imported when
// the command runs.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Database } from '../app.ts';
import type { ExportParams } from './filter.ts';
import { DEFAULT_PAGE_SIZE, EXPORT_FILTERS, ExportFilterError, FORMATS, isFormat } from './options.ts';

const log = (line: string) => console.error(line);
const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerExportCommand(program: Command, openDatabase: () => Promise<Database>): Command {
  const command = program
    .command('export')
    .description(
      'Export the findings that pass the filters, whole: CSV, JSON Lines, or KGX (Biolink) JSON Lines. See docs/exports.md.',
    )
    .addOption(new Option('--format <format>', 'csv, jsonl or kgx').choices([...FORMATS]).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of stdout (kgx --split: the base name of the two files)')
    .option('--split', 'kgx only: write <out>_nodes.jsonl and <out>_edges.jsonl (needs --out)')
    .option(
      '--page-size <n>',
      'findings read per database round trip',
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError('expected 1–10000');
        return n;
      },
      DEFAULT_PAGE_SIZE,
    );
  for (const [name, spec] of Object.entries(EXPORT_FILTERS)) {
    const repeatable = spec.kind === 'strings' || (typeof spec.kind === 'object' && 'list' in spec.kind);
    command.option(`--${name} <value>`, `${spec.help}${repeatable ? ' (repeat or comma-separate)' : ''}`, collect);
  }
  command.addHelpText(
    'after',
    '\nExamples:\n' +
      '  evidence-graph export --format csv --out findings.csv\n' +
      '  evidence-graph export --format jsonl --relation ELEVATED_IN,REDUCED_IN --evidence-level E1 --evidence-level E2\n' +
      '  evidence-graph export --format kgx --split --out mecfs   # mecfs_nodes.jsonl + mecfs_edges.jsonl\n',
  );
  command.action(async (options: Record<string, unknown>) => {
    const format = options.format as string;
    if (!isFormat(format)) throw new InvalidArgumentError(`unknown format ${format}`);
    const raw: Record<string, string[]> = {};
    for (const name of Object.keys(EXPORT_FILTERS)) {
      const key = name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
      const values = options[key] as string[] | undefined;
      if (values) raw[name] = values;
    }
    const { exportParams } = await import('./filter.ts');
    const { countFindings } = await import('./source.ts');
    const { kgxSplitNames, writeExport } = await import('./write.ts');
    let params: ExportParams;
    try {
      params = exportParams(raw);
    } catch (error) {
      if (error instanceof ExportFilterError) {
        log(`evidence-graph export: ${error.message}`);
        process.exitCode = 2;
        return;
      }
      throw error;
    }
    const out = options.out as string | undefined;
    if (options.split && (format !== 'kgx' || !out)) {
      log('evidence-graph export: --split needs --format kgx and --out');
      process.exitCode = 2;
      return;
    }
    const pageSize = options.pageSize as number;
    const db = await openDatabase();
    try {
      const { findings: expected, studies } = await countFindings(db.cypher, params);
      let written: number;
      let where: string;
      if (options.split && out) {
        const names = kgxSplitNames(out);
        await writeExport(db.cypher, 'kgx', params, { out: names.nodes, part: 'nodes', pageSize });
        written = await writeExport(db.cypher, 'kgx', params, { out: names.edges, part: 'edges', pageSize });
        await writeExport(db.cypher, 'kgx', params, { out: names.metadata, part: 'metadata' });
        where = `${names.nodes}, ${names.edges} and ${names.metadata}`;
      } else {
        written = await writeExport(db.cypher, format, params, { out, pageSize });
        where = out && out !== '-' ? out : 'stdout';
      }
      log(`exported ${written} findings of ${studies} studies as ${format} to ${where}`);
      if (written !== expected) {
        log(
          `warning: ${expected} findings matched when the export started and ${written} were written: the graph changed meanwhile`,
        );
      }
    } finally {
      await db.close();
    }
  });
  return command;
}
