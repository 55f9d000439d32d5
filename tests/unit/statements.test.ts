import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, splitStatements, statement, statements } from '../../src/db/statements.ts';
import { migrationNames } from '../../src/db/migrate.ts';
import { toNeo4jParams } from '../../src/db/cypher.ts';

describe('Cypher statements', () => {
  it('are loaded from cypher/ by domain/name', () => {
    expect(statement('study/by-slugs')).toMatch(/UNWIND \$slugs AS slug/);
    expect(statements().size).toBeGreaterThan(3);
  });

  it('are sent without their comment-only and blank lines, the rest as written', () => {
    // A statement without fragments (they are checked below).
    const file = fs.readFileSync(path.join(CYPHER_DIR, 'search/ranked.cypher'), 'utf8');
    const code = file.split('\n').filter((line) => line.trim() && !line.trimStart().startsWith('//'));
    expect(file.split('\n').length - code.length).toBeGreaterThan(5);
    expect(statements().get('search/ranked')).toBe(code.join('\n'));
    for (const [name, text] of statements()) expect(text, name).not.toMatch(/^\s*(?:\/\/.*)?$/m);
  });

  it('have their fragments spliced in: a line of its own keeps its indentation and guards, one inside a line its place', () => {
    const fragment = (name: string) =>
      fs
        .readFileSync(path.join(CYPHER_DIR, 'fragments', `${name}.cypher`), 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('//'));
    const page = statements().get('study/page')!;
    expect(page).toContain(
      fragment('study-filter')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
    expect(page).toMatch(/^ {2}AND s\.design IN \$filter\.designs \/\/ when \$filter\.designs$/m);
    expect(statements().get('entity/by-ids')).toContain(`RETURN e ${fragment('entity')[0]} AS entity`);
    for (const [name, text] of statements()) {
      expect(name).not.toMatch(/^fragments\//);
      expect(text, name).not.toContain('{{');
    }
  });

  it('name an unknown statement in the error', () => {
    expect(() => statement('study/nope')).toThrow(/no Cypher statement named "study\/nope"/);
  });

  it('migrations are every file of cypher/migrations, in the order of their numbers, split into single statements without comments', () => {
    const files = fs.readdirSync(path.join(CYPHER_DIR, 'migrations')).filter((name) => name.endsWith('.cypher'));
    expect(migrationNames()).toHaveLength(files.length);
    // migrationNames sorts by name: that is the numbers' order only while every number has three digits.
    const numbers = migrationNames().map((name) => /^migrations\/(\d{3})-[\w-]+$/.exec(name)?.[1]);
    expect(numbers.every((n) => n !== undefined)).toBe(true);
    expect(numbers.map(Number).every((n, i, all) => i === 0 || n > all[i - 1]!)).toBe(true);
    const parts = splitStatements(statement('migrations/001-constraints'));
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part).toMatch(/^CREATE CONSTRAINT \w+ IF NOT EXISTS/);
      expect(part).not.toContain(';');
    }
  });

  it('turn whole numbers into Neo4j integers and leave fractions alone', () => {
    const converted = toNeo4jParams({ limit: 21, p: 0.001, nested: [{ year: 2020 }] }) as Record<string, any>;
    expect(converted.limit.toNumber()).toBe(21);
    expect(converted.p).toBe(0.001);
    expect(converted.nested[0].year.toNumber()).toBe(2020);
  });

  describe('guarded lines', () => {
    const filter = {
      evidenceLevels: null,
      confidences: null,
      pemCriteria: null,
      designs: null,
      yearFrom: null,
      yearTo: null,
      tags: null,
      textQuery: null,
      peerReviewed: null,
      reviewStatus: null,
      retracted: null,
    };
    // The statement without its leading comment, which names parameters of every variant.
    const page = (overrides: Record<string, unknown> = {}, filterOverrides: Record<string, unknown> = {}) =>
      code(
        statement('study/page', {
          filter: { ...filter, ...filterOverrides },
          source: 'ALL',
          orderField: 'SLUG',
          orderDirection: 'ASC',
          afterSlug: null,
          afterValue: null,
          limit: 21,
          fields: null,
          ...overrides,
        }),
      );
    const code = (text: string) => text.replace(/^(?:\/\/.*\n)+/, '');

    it('send only the lines whose parameter is given, without their guards', () => {
      const text = page();
      expect(text).not.toMatch(/\/\/ when \$/);
      expect(text.match(/MATCH \(s:Study\)/g)).toHaveLength(1);
      expect(text).not.toContain('$filter.');
      expect(text).not.toContain('$afterSlug');
      expect(text).toContain('s.slug AS sortValue');
      expect(text).not.toContain('s.year AS sortValue');
      expect(text).toMatch(/ORDER BY sortValue IS NULL, sortValue, slug\n/);
      expect(text).not.toMatch(/DESC/);
    });

    it("keep a condition whose value is false or an empty list: only null and absent mean 'no condition'", () => {
      const text = page({}, { retracted: false, peerReviewed: false, evidenceLevels: [] });
      expect(text).toContain('coalesce(s.retracted, false) = $filter.retracted');
      expect(text).toContain('s.peerReviewed = $filter.peerReviewed');
      expect(text).toContain('s.evidenceLevel IN $filter.evidenceLevels');
      expect(text).not.toContain('s.design IN');
    });

    it('choose among lines by equality, and the cursor lines when a cursor is given', () => {
      const text = page(
        { source: 'YEARS', orderField: 'YEAR', orderDirection: 'DESC', afterSlug: 'a-1', afterValue: 2020 },
        { yearFrom: 2015 },
      );
      expect(text).toContain('s.year >= coalesce($filter.yearFrom');
      expect(text).not.toContain('queryNodes');
      expect(text).toContain('s.year AS sortValue');
      expect(text).toContain('ORDER BY sortValue IS NULL, sortValue DESC, slug DESC');
      expect(text).toContain('sortValue = $afterValue');
    });

    it('give one text per shape: values do not change it, a condition given does', () => {
      const shape = (designs: string[] | null) => ({
        filter: { ...filter, designs },
        source: 'ALL',
        orderField: 'SLUG',
        orderDirection: 'ASC',
      });
      expect(statement('study/page', shape(['RCT']))).toBe(statement('study/page', shape(['cohort'])));
      expect(statement('study/page', shape(['RCT']))).not.toBe(statement('study/page', shape(null)));
    });

    it("negate a condition with 'not' and join conditions with commas, all of which must hold", () => {
      const pairs = (other: string | null, role: string) =>
        code(statement('evidence/pair-summaries', { anchor: 'il-6', other, role, first: 10 }));
      const both = pairs('me/cfs', 'OBJECT');
      expect(both).toContain('UNWIND otherNodes AS other');
      expect(both).toContain('MATCH (p:PairEvidence {subjectId: other.id, objectId: anchor.id})');
      expect(both).not.toContain('MATCH (p:PairEvidence {objectId: anchor.id})');
      expect(both).not.toContain('{subjectId: anchor.id, objectId: other.id}');
      const anchorOnly = pairs(null, 'SUBJECT');
      expect(anchorOnly).not.toContain('UNWIND otherNodes');
      expect(anchorOnly).toContain('MATCH (p:PairEvidence {subjectId: anchor.id})');
      expect(anchorOnly).toContain('MATCH (other:Entity {id: p.objectId})');
      expect(anchorOnly).not.toContain('p.subjectId');
    });

    it('leave a statement without guards as written', () => {
      expect(statement('study/by-slugs', { anything: 1 })).toBe(statements().get('study/by-slugs'));
    });

    it('share the candidate source and study predicate between the studies page and facets, line for line', () => {
      const block = (name: string) => {
        const text = statements().get(name)!;
        return text.slice(
          text.indexOf("MATCH (s:Study) // when $source = 'ALL'"),
          text.indexOf('WITH collect(s) AS matched'),
        );
      };
      expect(block('study/page')).toContain('$filter.tags');
      expect(block('facets/studies')).toBe(block('study/page'));
    });
  });
});
