// The variants of every guarded Cypher statement (src/db/statements.ts): parameter sets that choose each of its
// guarded lines' combinations, for tests that render them without a database (a snapshot) and plan them on Neo4j.
//
// A parameter only compared to values (`$role = 'SUBJECT'`) takes each of those values; one tested for presence takes
// "absent" and "given". Every combination is rendered when they are at most MAX_COMBINATIONS; beyond that (the
// study filter's eleven conditions), every combination of the compared parameters with the presence parameters all
// absent, all given, and each given alone. A statement file may restrict them with a comment line
// `// variants: one of $a, $b` (exactly one of the two is given).
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, statement, statementGuards, statements } from '../../src/db/statements.ts';

const MAX_COMBINATIONS = 512;
const ABSENT = Symbol('absent');
const GIVEN = 'given';

type Value = string | typeof ABSENT;

export interface Variant {
  /** The parameters that chose it, as `path=value` (absent parameters left out). */
  label: string;
  params: Record<string, unknown>;
  text: string;
}

function set(params: Record<string, unknown>, keys: string[], value: unknown) {
  let node = params;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

/** `// variants: one of $a, $b` lines of a statement's file: groups of which exactly one parameter is given. */
function oneOfGroups(name: string): string[][] {
  const file = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  return [...file.matchAll(/^\/\/ variants: one of (.+)$/gm)].map((m) =>
    m[1]!.split(/,\s*/).map((p) => p.replace(/^\$/, '')),
  );
}

/** Every statement but the migrations (schema commands, run once each: they have no plan to check). */
export function allStatements(): string[] {
  return [...statements().keys()].filter((name) => !name.startsWith('migrations/')).sort();
}

export function guardedStatements(): string[] {
  return [...statements().keys()]
    .filter((name) => !name.startsWith('migrations/') && statementGuards(name).length > 0)
    .sort();
}

export function variants(name: string): Variant[] {
  const options = new Map<string, Set<Value>>();
  for (const guard of statementGuards(name)) {
    for (const condition of guard) {
      const key = condition.path.join('.');
      if (!options.has(key)) options.set(key, new Set());
      options.get(key)!.add(condition.equals ?? GIVEN);
    }
  }
  // Presence-tested parameters may be absent; a compared one is always one of its values.
  for (const values of options.values()) if (values.has(GIVEN)) values.add(ABSENT);
  const keys = [...options.keys()].sort();
  const compared = keys.filter((key) => !options.get(key)!.has(GIVEN));
  const present = keys.filter((key) => options.get(key)!.has(GIVEN));
  let assignments: Map<string, Value>[];
  // Counted before it is built: the full product of a statement with twenty presence guards would not fit in memory.
  const combinations = keys.reduce((n, key) => n * options.get(key)!.size, 1);
  if (combinations <= MAX_COMBINATIONS)
    assignments = product(keys.map((key) => [...options.get(key)!])).map(
      (values) => new Map(keys.map((key, i) => [key, values[i]!])),
    );
  else {
    const presence: Map<string, Value>[] = [
      new Map(present.map((key) => [key, ABSENT])),
      new Map(present.map((key) => [key, GIVEN])),
      ...present.map((one) => new Map<string, Value>(present.map((key) => [key, key === one ? GIVEN : ABSENT]))),
    ];
    assignments = product(compared.map((key) => [...options.get(key)!])).flatMap((values) =>
      presence.map((p) => new Map<string, Value>([...compared.map((key, i) => [key, values[i]!] as const), ...p])),
    );
  }
  const groups = oneOfGroups(name);
  assignments = assignments.filter((a) =>
    groups.every((group) => group.filter((key) => a.get(key) !== ABSENT && a.has(key)).length === 1),
  );
  return assignments.map((assignment) => {
    const params: Record<string, unknown> = {};
    const label: string[] = [];
    for (const [key, value] of assignment) {
      if (value === ABSENT) continue;
      set(params, key.split('.'), value);
      label.push(value === GIVEN ? key : `${key}=${value}`);
    }
    return { label: label.join(' ') || '(none given)', params, text: statement(name, params) };
  });
}
