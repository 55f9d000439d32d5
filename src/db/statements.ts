// Every Cypher statement lives in cypher/<domain>/<name>.cypher and is read once, at first use, by name
// ("study/by-slugs"). Keeping them in files makes every query reviewable and testable on its own.
//
// Guarded lines. A line ending in `// when $path` is sent only when that parameter is given (not null or absent);
// `// when $path = 'VALUE'` only when the parameter equals that string; `not` negates a condition (`// when not $path`:
// only when it is not given); `// when $a, not $b` only when every condition holds. A statement with optional
// conditions thus sends Neo4j only the conditions that apply, as a query builder would, while its whole text stays
// here: Neo4j evaluates `$x IS NULL OR …` for every row, which cost the studies page about a fifth of its time
// (12.0 → 9.3 ms, bench/REPORT.md). Guards choose among lines of this file; values still travel only as parameters. Each variant is
// built once and kept, so the texts Neo4j plans are few and stable.
//
// Fragments. Text written once and used by several statements lives in cypher/fragments/<name>.cypher and is
// written `{{name}}` where it goes: alone on a line (its lines take that line's indentation, and keep their guards) or
// inside one (a one-line fragment). Fragments are spliced in when the statements are read; they are not statements.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

let cache: Map<string, string> | undefined;

export interface Condition {
  path: string[];
  /** Holds when the parameter equals this; undefined: when the parameter is given at all. */
  equals: string | undefined;
  negated: boolean;
}

/** A line's conditions, all of which must hold for it to be sent. */
type Guard = Condition[];

interface GuardedStatement {
  lines: { text: string; guard: Guard | undefined }[];
  variants: Map<string, string>;
}

const CONDITION = String.raw`(?:not )?\$[\w.]+(?: = '[^']*')?`;
const GUARD = new RegExp(String.raw`\s*\/\/ when (${CONDITION}(?:, ${CONDITION})*)\s*$`);
const ONE_CONDITION = /^(not )?\$([\w.]+)(?: = '([^']*)')?$/;

function parseCondition(text: string): Condition {
  const [, not, path, equals] = ONE_CONDITION.exec(text)!;
  return { path: path!.split('.'), equals, negated: Boolean(not) };
}

let guarded: Map<string, GuardedStatement | null> | undefined;

/**
 * The text less its comment-only and blank lines. The comments are for readers of the file; sent, they were over
 * half of some statements' bytes, and the driver writes a statement to the socket in chunks of 1,400 bytes, a
 * system call each (study/by-identifiers: 2,344 bytes written, 1,339 without them).
 */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('//'))
    .join('\n');
}

function loadAll(dir: string, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) loadAll(full, `${prefix}${entry.name}/`, into);
    else if (entry.name.endsWith('.cypher')) {
      into.set(
        `${prefix}${entry.name.slice(0, -'.cypher'.length)}`,
        withoutCommentLines(fs.readFileSync(full, 'utf8')),
      );
    }
  }
  return into;
}

export const FRAGMENT_DIR = 'fragments';
const FRAGMENT = /\{\{([a-z][a-z0-9-]*)\}\}/g;
const FRAGMENT_LINE = /^(\s*)\{\{([a-z][a-z0-9-]*)\}\}\s*$/;

/** `text` with its `{{name}}` fragments spliced in (see the top of this file). */
function withFragments(name: string, text: string, fragments: ReadonlyMap<string, string>): string {
  const fragment = (key: string) => {
    const body = fragments.get(key);
    if (body === undefined)
      throw new Error(`cypher/${name}.cypher uses {{${key}}}, but cypher/${FRAGMENT_DIR}/${key}.cypher does not exist`);
    return body;
  };
  return text
    .split('\n')
    .map((line) => {
      const whole = FRAGMENT_LINE.exec(line);
      if (whole)
        return fragment(whole[2]!)
          .split('\n')
          .map((part) => whole[1] + part)
          .join('\n');
      return line.replace(FRAGMENT, (_, key: string) => {
        const body = fragment(key);
        if (body.includes('\n'))
          throw new Error(`cypher/${name}.cypher uses the fragment {{${key}}} of several lines inside a line`);
        return body;
      });
    })
    .join('\n');
}

export function statements(): Map<string, string> {
  if (cache) return cache;
  const all = loadAll(CYPHER_DIR);
  const fragments = new Map<string, string>();
  for (const [name, text] of all) {
    if (!name.startsWith(`${FRAGMENT_DIR}/`)) continue;
    fragments.set(name.slice(FRAGMENT_DIR.length + 1), text);
    all.delete(name);
  }
  cache = new Map([...all].map(([name, text]) => [name, withFragments(name, text, fragments)]));
  return cache;
}

function parseGuards(text: string): GuardedStatement | null {
  const lines = text.split('\n').map((line) => {
    const match = GUARD.exec(line);
    return match
      ? { text: line.slice(0, match.index), guard: match[1]!.split(', ').map(parseCondition) }
      : { text: line, guard: undefined };
  });
  return lines.some((line) => line.guard) ? { lines, variants: new Map() } : null;
}

function lookup(params: Record<string, unknown>, path: string[]): unknown {
  let value: unknown = params;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

const holds = (condition: Condition, params: Record<string, unknown>): boolean => {
  const value = lookup(params, condition.path);
  const met = condition.equals !== undefined ? value === condition.equals : value !== null && value !== undefined;
  return met !== condition.negated;
};

/** The conditions of every guarded line of a statement (empty when none is guarded): what its variants depend on. */
export function statementGuards(name: string): Guard[] {
  const text = statements().get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in ${CYPHER_DIR}`);
  return (parseGuards(text)?.lines ?? []).flatMap((line) => (line.guard ? [line.guard] : []));
}

/** The text of a statement, its guarded lines chosen by `params` (see the top of this file). */
export function statement(name: string, params: Record<string, unknown> = {}): string {
  const text = statements().get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in ${CYPHER_DIR}`);
  guarded ??= new Map();
  let template = guarded.get(name);
  if (template === undefined) guarded.set(name, (template = parseGuards(text)));
  if (template === null) return text;
  const kept = template.lines.map(
    (line) => line.guard === undefined || line.guard.every((condition) => holds(condition, params)),
  );
  const key = kept.map(Number).join('');
  let variant = template.variants.get(key);
  if (variant === undefined) {
    variant = template.lines
      .filter((_, i) => kept[i])
      .map((line) => line.text)
      .join('\n');
    template.variants.set(key, variant);
  }
  return variant;
}

/** Split a file of several statements (migrations) on semicolons that end a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((part) => part.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((part) => part.length > 0);
}
