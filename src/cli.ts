// The `evidence-graph` command line (SPEC §5). Each command is a thin shell over the modules that do the work.
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { printSchema } from 'graphql';
import { openDatabase } from './app.ts';
import { registerKeysCommand } from './auth/cli.ts';
import { loadConfig } from './config.ts';
import { ManagedNeo4jError, startNeo4j, statusNeo4j, stopNeo4j } from './db/managed.ts';
import { migrate } from './db/migrate.ts';
import { registerExportCommand } from './export/cli.ts';

const log = (line: string) => console.error(line);

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new InvalidArgumentError(`expected a port number (1–65535), got "${value}"`);
  }
  return port;
}

export function buildCli(): Command {
  const program = new Command('evidence-graph')
    .description('Knowledge graph of biomedical research evidence: atlas entries in Neo4j, served over GraphQL.')
    .showHelpAfterError();

  program
    .command('serve')
    .description('Serve the GraphQL API (starts the managed local Neo4j when NEO4J_URI is not set).')
    .action(async () => {
      const { serve } = await import('./serve.ts');
      await serve(loadConfig(), log);
    });

  program
    .command('migrate')
    .description('Apply the Cypher migrations in cypher/migrations that the database has not seen yet.')
    .action(async () => {
      const db = await openDatabase(loadConfig(), log);
      try {
        const result = await migrate(db.cypher);
        log(
          `migrations applied: ${result.applied.join(', ') || 'none'}; already applied: ${result.alreadyApplied.length}`,
        );
        if (result.pairEvidence.rebuilt)
          log(`evidence view rebuilt from the votes of ${result.pairEvidence.studies} studies`);
        if (result.ontology.rebuilt)
          log(`ontology rebuilt: ${result.ontology.terms} terms, ${result.ontology.links} entity links`);
      } finally {
        await db.close();
      }
    });

  program
    .command('print-schema')
    .description('Print the GraphQL schema (SDL).')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (options: { out?: string }) => {
      const { schema } = await import('./schema/index.ts');
      const sdl = `${printSchema(schema)}\n`;
      if (options.out) fs.writeFileSync(options.out, sdl);
      else process.stdout.write(sdl);
    });

  program
    .command('import')
    .description('Import atlas pages (.txt) and canonical records (.json, .jsonl): files or folders.')
    .argument('<paths...>', 'files or folders')
    .option('--dry-run', 'parse, validate and report what would change, writing nothing')
    .action(async (paths: string[], options: { dryRun?: boolean }) => {
      const { importPaths, formatSummary } = await import('./ingest/import.ts');
      const { progressReporter } = await import('./ingest/progress.ts');
      const database = await openDatabase(loadConfig(), log);
      const progress = progressReporter();
      try {
        await migrate(database.cypher);
        const summary = await importPaths(database.cypher, paths, {
          dryRun: options.dryRun ?? false,
          onUnit: progress.update,
        });
        progress.stop();
        console.log(formatSummary(summary));
        if (summary.rejected.length > 0) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });

  program
    .command('parse')
    .description('Print the canonical record(s) of an atlas page or record file as JSON, without a database.')
    .argument('<file>', '.txt atlas page, or .json/.jsonl records')
    .action(async (file: string) => {
      const { collectInputs, parseUnit } = await import('./ingest/import.ts');
      const { decideFindings } = await import('./ingest/combine.ts');
      const [unit] = collectInputs([file]);
      if (!unit) return;
      if ('message' in unit) {
        log(unit.message);
        process.exitCode = 1;
        return;
      }
      try {
        const { records, warnings } = parseUnit(unit);
        for (const warning of warnings)
          log(`warning: ${warning.file ?? file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`);
        const withFindings = records.map((record) => ({
          ...record,
          findings: decideFindings(record, record.findings ?? []),
        }));
        console.log(JSON.stringify(withFindings.length === 1 ? withFindings[0] : withFindings, null, 2));
      } catch (error) {
        log(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
      }
    });

  registerKeysCommand(program, () => openDatabase(loadConfig(), log));
  registerExportCommand(program, () => openDatabase(loadConfig(), log));

  const db = program.command('db').description('The managed local Neo4j (several can run side by side).');
  const config = loadConfig();
  const dirOption = ['--dir <dir>', 'instance folder', config.managedDir] as const;
  const portOption = ['--port <port>', 'Bolt port', parsePort, config.managedPort] as const;

  db.command('start')
    .description('Start Neo4j in the background and wait until Bolt answers.')
    .option(...dirOption)
    .option(...portOption)
    .action(async (options: { dir: string; port: number }) => {
      const info = await startNeo4j({ dir: options.dir, port: options.port }, log);
      console.log(
        `${info.started ? 'started' : 'already running'}: ${info.uri} (pid ${info.pid}, Neo4j ${info.version}, ${path.resolve(options.dir)})`,
      );
    });

  db.command('stop')
    .description('Stop it cleanly (SIGTERM).')
    .option(...dirOption)
    .action(async (options: { dir: string }) => {
      const stopped = await stopNeo4j(options.dir);
      console.log(stopped ? `stopped: ${path.resolve(options.dir)}` : `not running: ${path.resolve(options.dir)}`);
    });

  db.command('status')
    .description('Say whether it runs and answers.')
    .option(...dirOption)
    .action(async (options: { dir: string }) => {
      const status = await statusNeo4j(options.dir);
      if (status.running && status.info) {
        console.log(
          `${status.ready ? 'running' : 'starting or not answering'}: ${status.info.uri} (pid ${status.info.pid}, Neo4j ${status.info.version}, ${status.dir})`,
        );
      } else {
        console.log(`not running: ${status.dir}`);
      }
      process.exitCode = status.running && status.ready ? 0 : 3;
    });

  return program;
}

export async function main(argv = process.argv): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    if (error instanceof ManagedNeo4jError) {
      log(`evidence-graph: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
