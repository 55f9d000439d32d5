// Every user string reaches Cypher only as a parameter: statements live in cypher/ and are run by name, and no
// source file builds Cypher text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { statements } from '../../src/db/statements.ts';

function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, ext) : entry.name.endsWith(ext) ? [full] : [];
  });
}

const sources = files(path.join(PROJECT_ROOT, 'src'), '.ts').map((file) => ({
  file: path.relative(PROJECT_ROOT, file),
  text: fs.readFileSync(file, 'utf8'),
}));

describe('Cypher hygiene', () => {
  it('only the Cypher runner (and the start-up probe) hand text to the driver', () => {
    const callers = sources
      .filter(({ text }) => /\b(?:session|tx|driver)\.(?:run|executeQuery)\(/.test(text))
      .map(({ file }) => file)
      .sort();
    expect(callers).toEqual(['src/db/cypher.ts', 'src/db/managed.ts']);
  });

  it('no source file builds Cypher in a template or by concatenation', () => {
    const cypherWords = /\b(?:MATCH|MERGE|CREATE|DELETE|RETURN|UNWIND|CALL)\b/;
    const offenders = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/`[^`]*`/g)]
        .map((m) => m[0])
        .filter((literal) => cypherWords.test(literal) && literal.includes('${'))
        .map((literal) => `${file}: ${literal.slice(0, 80)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no statement splices values into its text: every value is a $parameter', () => {
    for (const [name, text] of statements()) {
      expect(text, name).not.toMatch(/\+\s*\$\w+\s*\+\s*['"]/);
      expect(text, name).not.toMatch(/apoc\.cypher\.(run|doIt)/);
    }
  });
});
